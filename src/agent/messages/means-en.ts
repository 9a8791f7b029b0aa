// English: "what does that mean?" about the change just asked for, in plain words; a password of another
// service (e-mail) that no change of ours touches; choosing one's own Wi-Fi password, asked again.
export const meansEn = {
  'reply.what_means.consent.pppoe_credentials_resync':
    'In plain words: your router signs in to our network with a user name and password, like you sign in to a website. The ones saved in it no longer match ours, so it is let in nowhere. I send it the right ones from here; you do not need to do anything.',
  'reply.what_means.consent.cpe_reboot':
    'In plain words: I switch your router off and on again from here, as if you pulled the plug. It clears a router that has got stuck; your settings stay as they are.',
  'reply.what_means.consent.cpe_factory_reset':
    'In plain words: the router is put back as it was when it was new, with all its own settings erased. I set up the internet part again from here, but your Wi-Fi name and password go back to the ones on the router’s label.',
  'reply.what_means.consent.cpe_firmware_upgrade':
    'In plain words: the router’s own software gets a newer version, like an update on a phone. It fixes known faults; it takes a few minutes and the router restarts once.',
  'reply.what_means.consent.wifi_channel_change':
    'In plain words: Wi-Fi sends on a channel, like a radio station. Many neighbours share yours, so I move your Wi-Fi to a quieter one. Name and password stay the same.',
  'reply.what_means.consent.wifi_radio_enable':
    'In plain words: the Wi-Fi in your router is switched off, so no device can see the network. I switch it on from here; the name and password are the same as before.',
  'reply.what_means.consent.dns_reset':
    'In plain words: DNS is the internet’s address book, which turns names like example.com into numbers. Your router uses the wrong one, so some sites do not open. I set it back to ours.',
  'reply.what_means.consent.wifi_password_change':
    'In plain words: I give your Wi-Fi a new password, so only those who get the new one can join. Each device then joins once with the new password.',
  'reply.what_means.consent.wifi_ssid_change':
    'In plain words: the network name is what your devices show in their Wi-Fi list. I change only the name; each device joins the new name once.',
  'reply.what_means.consent.admin_password_change':
    'In plain words: the admin password protects the router’s own settings page, not the Wi-Fi. I set a new, secure one so that nobody else can change your settings; your Wi-Fi is not affected.',
  'reply.what_means.consent.port_forward_add':
    'In plain words: a port forward lets traffic from the internet on that port reach the one device you named at home. Nothing else in your network opens.',
  'reply.what_means.consent.account_password_reset':
    'In plain words: you get a new temporary password for {portal}; the old one stops working, and you choose your own when you sign in with it.',
  'reply.what_means.consent.config_change':
    'In plain words: I change that one setting in your router from here; you do not need to do anything, and I tell you when it is done.',
  'reply.what_means.consent.wifi_change':
    'In plain words: I change that one Wi-Fi setting in your router from here, and I tell you what your devices need to do, if anything.',
  'reply.lose_settings.consent.pppoe_credentials_resync':
    'No — your Wi-Fi, its password and your other settings stay as they are; only the router’s own sign-in to our network is corrected.',
  'reply.email_password': 'No — your e-mail password is a separate thing: nothing I do here changes it.',
  'reply.email_password.account_unlock':
    'No — the lock was only on your account on {portal}. Your e-mail has its own sign-in, and nothing I did here changes it or its password. E-mail itself is not something I can check from here: if something is wrong with it, tell me and I pass it to a colleague who handles e-mail.',
  'reply.email_password.account_unlock.again':
    'To say it again: the unlock was only for your account on {portal}; your e-mail and its password are untouched. I cannot look into your e-mail from here — if something is wrong with it, tell me and I pass it to a colleague.',
  'reply.email_password.again':
    'Yes, the same as before: your e-mail password is not something I change here.',
  'reply.email_password.consent.account_unlock':
    'No — unlocking changes no password, neither for {portal} nor for your e-mail.',
  'reply.email_password.consent.account_password_reset':
    'Only the password for {portal} changes; your e-mail password is a separate thing and stays as it is.',
  'reply.email_password.account_password_reset':
    'Only the password for {portal} changed; your e-mail password is a separate thing and stays as it is.',
  'reply.choose_password.consent.wifi_change.again':
    'I understand you want your own. I cannot take it {viaChannel}, but you can change it yourself as soon as the new one is set: open 192.168.1.1 in a browser on a connected device, sign in with the admin password on the router’s label, choose the Wi-Fi (wireless) settings and type your own password there.',
} satisfies Record<string, string>;
