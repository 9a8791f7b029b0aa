// English: "is that safe?" asked at a permission, answered for the action asked about (what it opens,
// what it leaves as it is, whether it can be undone); the permission is then asked again.
import { keyedBy } from './keyed.js';

const SAFE = {
  port_forward_add:
    'Opening the port makes that one device reachable from the internet on that one port — nothing else on your network, and the rest of the router stays closed. The device itself then protects you: anyone who finds the port reaches its login page, so give it a strong password of its own (not the factory one) and keep its software up to date. That matters most for a camera or a file server. I can close the port again whenever you want.',
  cpe_reboot:
    'Yes, it is safe. A restart is the same as switching the router off and on. Your settings stay as they are, and nothing is opened or changed. The internet is only off for a minute or two.',
  cpe_factory_reset:
    'It is safe for the router, but it erases your own settings. The Wi-Fi name and password go back to the ones on the router’s label, and things like port forwarding have to be set up again. Nothing is opened to the outside. The router is just as well protected afterwards.',
  cpe_firmware_upgrade:
    'Yes, it is safe. It is our own tested software for your router model, and it also closes known security holes. Your settings stay as they are. The router restarts once and is back in a few minutes.',
  wifi_password_change:
    'Yes, it is safe, and it makes your Wi-Fi safer. Only someone with the new password can join. Your other settings stay as they are. Your own devices need the new password once.',
  wifi_ssid_change:
    'Yes, it is safe. Only the name that your devices see changes. The password and your other settings stay as they are, and the old name can be put back whenever you want.',
  wifi_channel_change:
    'Yes, it is safe. Only the radio channel changes. Nothing is opened and nothing else changes, and devices may drop for a few seconds.',
  wifi_radio_enable:
    'Yes, it is safe. The Wi-Fi comes back with the same name and password as before, so only devices that know the password can join.',
  dns_reset:
    'Yes, it is safe. It puts back our own DNS servers, which look up web addresses for you. Nothing is opened and your other settings stay as they are.',
  pppoe_credentials_resync:
    'Yes, it is safe. Only the router’s own sign-in to our network is corrected. Nothing is opened and your other settings stay as they are.',
  admin_password_change:
    'Yes, it is safe, and it makes the router safer. Only the password to the router’s settings page changes. Your Wi-Fi and your devices are not affected.',
  account_password_reset:
    'Yes, it is safe. The old password stops working at once, and you choose your own new one when you sign in with the temporary one.',
} as const;

export const safetyEn = {
  ...keyedBy('reply.is_it_safe.consent.', SAFE),
  // "is it safe to open ports by the way?" while the device's address is asked for: the port's risk.
  'reply.is_it_safe.port_forward_add':
    'Mostly, yes: the open port lets traffic from outside through to that one device, on that one port only — nothing else on your network is reachable from outside. The risk is the device itself, so keep it and the program behind the port updated. If you want the port closed again, just tell me here.',
  'reply.is_it_safe.config.port_forward':
    'Mostly, yes: an open port lets traffic from outside through to that one device, on that one port only — nothing else on your network is reachable, and I can close it again whenever you want. The risk is the device itself, so keep it updated (a game console updates by itself).',
};
