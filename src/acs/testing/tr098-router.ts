import type { TestParam } from './test-cpe.js';

// A TR-098 home gateway's parameters for the test CPE, named as genieacs-sim's Huawei data model
// names them (one WLANConfiguration, PreSharedKey.1.PreSharedKey, LANDevice.1.Hosts) with either
// an IP (DHCP) or a PPP WAN connection.

const IGD = 'InternetGatewayDevice.';
const WCD = `${IGD}WANDevice.1.WANConnectionDevice.1.`;
const W = `${IGD}LANDevice.1.WLANConfiguration.1.`;

const str = (value: string, writable = true): TestParam => ({ value, type: 'xsd:string', writable });
const bool = (value: boolean): TestParam => ({ value: String(value), type: 'xsd:boolean', writable: true });
const uint = (value: number, writable = false): TestParam => ({
  value: String(value),
  type: 'xsd:unsignedInt',
  writable,
});

export interface Tr098RouterOptions {
  wan?: 'ip' | 'ppp';
  dnsServers?: string;
  wifiEnabled?: boolean;
  beaconType?: string;
  /** Other WLANConfiguration instances than genieacs-sim's one (radios and guest SSIDs on either band). */
  wlans?: Wlan[];
}

export interface Wlan {
  instance: number;
  ssid: string;
  channel?: number;
  standard?: string;
  band?: string;
}

function wlanParams(w: Wlan): Record<string, TestParam> {
  const p = `${IGD}LANDevice.1.WLANConfiguration.${w.instance}.`;
  return {
    [`${p}Enable`]: bool(true),
    [`${p}Status`]: str('Up', false),
    [`${p}SSID`]: str(w.ssid),
    ...(w.channel !== undefined ? { [`${p}Channel`]: uint(w.channel, true) } : {}),
    ...(w.standard !== undefined ? { [`${p}Standard`]: str(w.standard) } : {}),
    ...(w.band !== undefined ? { [`${p}OperatingFrequencyBand`]: str(w.band, false) } : {}),
    [`${p}BeaconType`]: str('11i'),
  };
}

export function tr098Router(o: Tr098RouterOptions = {}): Record<string, TestParam> {
  const conn = `${WCD}${o.wan === 'ppp' ? 'WANPPPConnection' : 'WANIPConnection'}.1.`;
  if (o.wlans) {
    const base = tr098Router({ ...o, wlans: undefined });
    const own = Object.entries(base).filter(([k]) => !k.startsWith(`${IGD}LANDevice.1.WLANConfiguration.`));
    return Object.assign(Object.fromEntries(own), ...o.wlans.map(wlanParams)) as Record<string, TestParam>;
  }
  return {
    [`${IGD}DeviceInfo.HardwareVersion`]: str('VER.A', false),
    [`${conn}Enable`]: bool(true),
    [`${conn}ConnectionStatus`]: str('Connected', false),
    [`${conn}ExternalIPAddress`]: str('203.0.113.20', false),
    [`${conn}DNSServers`]: str(o.dnsServers ?? '8.8.8.8,8.8.4.4'),
    ...(o.wan === 'ppp'
      ? {
          [`${conn}Username`]: str('100482@isp.example'),
          [`${conn}Password`]: str(''),
          [`${conn}LastConnectionError`]: str('ERROR_NONE', false),
        }
      : {}),
    [`${IGD}WANDevice.1.WANCommonInterfaceConfig.TotalBytesReceived`]: uint(123456),
    [`${W}Enable`]: bool(o.wifiEnabled ?? true),
    [`${W}Status`]: str(o.wifiEnabled === false ? 'Disabled' : 'Up', false),
    [`${W}SSID`]: str('Huawei-1234'),
    [`${W}Channel`]: uint(6, true),
    [`${W}AutoChannelEnable`]: bool(false),
    [`${W}BeaconType`]: str(o.beaconType ?? '11i'),
    [`${W}BasicEncryptionModes`]: str('None'),
    [`${W}PreSharedKey.1.PreSharedKey`]: str(''),
    [`${W}TotalAssociations`]: uint(1),
    [`${W}AssociatedDevice.1.AssociatedDeviceMACAddress`]: str('AA:BB:CC:00:00:01', false),
    [`${IGD}LANDevice.1.Hosts.Host.1.MACAddress`]: str('AA:BB:CC:00:00:01', false),
    [`${IGD}LANDevice.1.Hosts.Host.1.IPAddress`]: str('192.168.1.23', false),
    [`${IGD}LANDevice.1.Hosts.Host.1.HostName`]: str('laptop', false),
    [`${IGD}LANDevice.1.Hosts.Host.1.Active`]: bool(true),
  };
}
