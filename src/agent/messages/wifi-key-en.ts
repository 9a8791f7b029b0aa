// English: the Wi-Fi key asked for after a Wi-Fi fix, and joining a device to the Wi-Fi (src/agent/wifi-key-need.ts).
export const wifiKeyEn = {
  'wifi_key.on_label':
    'The Wi-Fi password is on the label under (or on the back of) your router, usually called “Wi-Fi key” or “WPA key”.',
  'wifi_key.shown_above':
    'Use the new Wi-Fi password I showed you above in this chat (after “Your new Wi-Fi password is”): choose your network on the phone and type it in when it asks.',
};
