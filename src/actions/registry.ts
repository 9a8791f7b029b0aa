import type { ActionName } from '../domain/index.js';
import type { Executor } from './executor.js';
import { accountPasswordReset, accountUnlock } from './executors/account.js';
import { adminPasswordChange, dnsReset, portForwardAdd, pppoeCredentialsResync } from './executors/config.js';
import { cpeFactoryReset, cpeFirmwareUpgrade, cpeReboot } from './executors/device.js';
import { wifiChannelChange, wifiPasswordChange, wifiRadioEnable, wifiSsidChange } from './executors/wifi.js';

export const EXECUTORS: Record<ActionName, Executor> = {
  cpe_reboot: cpeReboot,
  cpe_factory_reset: cpeFactoryReset,
  cpe_firmware_upgrade: cpeFirmwareUpgrade,
  wifi_password_change: wifiPasswordChange,
  wifi_ssid_change: wifiSsidChange,
  wifi_channel_change: wifiChannelChange,
  wifi_radio_enable: wifiRadioEnable,
  dns_reset: dnsReset,
  pppoe_credentials_resync: pppoeCredentialsResync,
  admin_password_change: adminPasswordChange,
  port_forward_add: portForwardAdd,
  account_unlock: accountUnlock,
  account_password_reset: accountPasswordReset,
};
