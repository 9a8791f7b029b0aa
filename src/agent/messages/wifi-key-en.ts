// English: the Wi-Fi key asked for after a Wi-Fi fix, and joining a device to the Wi-Fi (src/agent/wifi-key-need.ts).
export const wifiKeyEn = {
  'wifi_key.on_label':
    'The Wi-Fi password is on the label under (or on the back of) your router, usually called “Wi-Fi key” or “WPA key”.',
  'wifi_key.shown_above':
    'Use the new Wi-Fi password I showed you above {here} (after “Your new Wi-Fi password is”): choose your network on the phone and type it in when it asks.',
  'wifi_key.shown_above.email':
    'The new Wi-Fi password is written out in the e-mail I sent you, after “Your new Wi-Fi password is”. Copies kept on your case (and some mail previews of it) show it as dots on purpose, so that it is never stored readable; open the e-mail itself. If it shows only dots there too, tell me and I will pass it to a colleague at once.',
  'admin_key.shown_above.email':
    'The new admin password is written out in the e-mail I sent you, after “Your router’s new admin password is”. Copies kept on your case (and some mail previews of it) show it as dots on purpose, so that it is never stored readable; open the e-mail itself. If it shows only dots there too, tell me and I will set a new one and pass it to a colleague at once.',
  'admin_key.unreadable':
    'The new admin password is written out only in my message itself, after “Your router’s new admin password is”; copies kept on your case show it as dots on purpose, so that it is never stored readable. If it shows only dots in that message too, tell me and I will set a new one and pass it to a colleague at once.',
  'reply.account_password.unreadable':
    'The temporary password for {portal} is written out only in my message itself, after “Your temporary password for {portal} is”; copies kept on your case show it as dots on purpose, so that it is never stored readable. If it shows only dots in that message too, tell me and I will pass it to a colleague at once.',
  'reply.account_password.unreadable_email':
    'The temporary password for {portal} is written out in the e-mail I sent you, after “Your temporary password for {portal} is”. Copies kept on your case (and some mail previews of it) show it as dots on purpose, so that it is never stored readable; open the e-mail itself. If it shows only dots there too, tell me and I will pass it to a colleague at once.',
  'wifi_key.unreadable':
    'The new Wi-Fi password is written out only in my message itself, after “Your new Wi-Fi password is”; copies kept on your case show it as dots on purpose, so that it is never stored readable. If it shows only dots in that message too, tell me and I will pass it to a colleague at once — your case stays open until your devices are back on.',
};
