// English: what a change on the router leaves as it is, asked at its permission ("will my brother's
// gaming setup break?") or after it ("will his port forwarding still work?"), per action.
import { keyedBy } from './keyed.js';

const KEPT = {
  dns_reset:
    'No — only the DNS setting (the address book) changes. Everything else on the router stays as it is: port forwarding, for a games console for example, and the Wi-Fi name and password.',
  cpe_reboot:
    'No — a restart keeps all your settings, port forwarding and the Wi-Fi name and password included; only the connection is away for a minute or two.',
  pppoe_credentials_resync:
    'No — only the router’s sign-in to our network changes; port forwarding and your Wi-Fi settings stay as they are.',
  wifi_channel_change:
    'No — only the Wi-Fi channel changes; the network name, the password and port forwarding stay the same. Devices may drop for a few seconds.',
  wifi_radio_enable: 'No — it only switches the Wi-Fi on; nothing else changes.',
  cpe_firmware_upgrade:
    'No — a software update keeps your settings, port forwarding and the Wi-Fi name and password included.',
  cpe_factory_reset:
    'Yes, it can: a factory reset erases your own settings, such as port forwarding and the Wi-Fi name and password, and they have to be set up again.',
  wifi_password_change:
    'Only the Wi-Fi password changes: every device needs the new one, while port forwarding and the network name stay as they are.',
  wifi_ssid_change:
    'It will, once it has joined the new name: the password stays the same, but each device has to pick the new name one time — a printer from its own Wi-Fi menu or with the WPS button, a TV in its network settings, a phone or computer in its Wi-Fi list. Port forwarding and your other settings stay as they are.',
  admin_password_change:
    'No — only the password for the router’s settings page changes; your port forwards, your Wi-Fi and your devices are not affected.',
} as const;

export const keptEn = {
  ...keyedBy('reply.breaks_other.consent.', KEPT),
  ...keyedBy('reply.breaks_other.', KEPT),
  // "will my printer still work after?" beside the new name.
  'reply.breaks_other.config.wifi_name': KEPT.wifi_ssid_change,
  'reply.breaks_other':
    'No — I only change what I described. Your other settings, such as port forwarding and the Wi-Fi name and password, stay as they are.',
};
