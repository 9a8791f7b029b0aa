// English: the 5 GHz band given a name of its own (procedures.ts five_ghz_name_request, wifi.ts fiveGhzOwnName):
// asked first, then done on the 5 GHz band only, and which name to pick on which device.
export const fiveGhzEn = {
  'consent.wifi_change.five_ghz':
    'Shall I give your 5 GHz network a name of its own: your usual network name with “-5G” at the end? The 2.4 GHz network keeps its name, and the password stays the same. Devices that are on 5 GHz now will need to join the new name once.',
  'acting.wifi_ssid_change.five_ghz': 'I’m giving your 5 GHz network its own name.',
  'done.wifi_ssid_change.five_ghz':
    'Done: your 5 GHz network is now called “{name}”, and “{usual}” is your 2.4 GHz network. Pick “{name}” on devices close to the router (phone, laptop, TV, games console) for the most speed, and keep “{usual}” on devices far from the router and on older or smart-home gadgets. The password is the same on both.',
  'advice.five_ghz_name_kept':
    'Then nothing changes: your network keeps one name, and the router picks the band for each device as before. If you want the 5 GHz band to have its own name later, just write here.',
  'reply.five_ghz_name.five_ghz_name_request': 'Yes — I can do that for you from here.',
  'reply.band_split.five_ghz_name_request': 'Yes — I can do that for you from here.',
  'reply.breaks_other.consent.wifi_change.five_ghz':
    'Nothing else changes: the 2.4 GHz network keeps its name and the password stays the same, so devices on it (older devices and smart-home gadgets usually are) stay connected. Only devices on 5 GHz join the new “-5G” name once.',
  'reply.choose_password.consent.wifi_change.five_ghz':
    'The password stays the same on both networks: only the 5 GHz network’s name changes.',
};
