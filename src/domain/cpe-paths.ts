// TR-181 (Device:2) parameter paths the desk reads and writes on a home gateway. The simulated
// CPEs implement exactly these (and more); diagnostics and actions use only these names.
// `X_FRONTLINE_` parameters are vendor extensions for facts TR-181 does not model.

export const P = {
  uptime: 'Device.DeviceInfo.UpTime',
  softwareVersion: 'Device.DeviceInfo.SoftwareVersion',
  modelName: 'Device.DeviceInfo.ModelName',
  serialNumber: 'Device.DeviceInfo.SerialNumber',
  hardwareStatus: 'Device.DeviceInfo.X_FRONTLINE_HardwareStatus', // 'OK' | 'Error: <what>'
  adminPasswordIsDefault: 'Device.DeviceInfo.X_FRONTLINE_AdminPasswordIsDefault', // boolean
  adminPassword: 'Device.Users.User.1.Password', // write-only (reads return '')
  connReqUrl: 'Device.ManagementServer.ConnectionRequestURL',
  periodicInformInterval: 'Device.ManagementServer.PeriodicInformInterval',

  pppStatus: 'Device.PPP.Interface.1.ConnectionStatus',
  pppLastError: 'Device.PPP.Interface.1.LastConnectionError',
  pppUsername: 'Device.PPP.Interface.1.Username',
  pppPassword: 'Device.PPP.Interface.1.Password',
  pppReconnects: 'Device.PPP.Interface.1.X_FRONTLINE_ReconnectsLast24h', // unsignedInt
  wanIp: 'Device.IP.Interface.1.IPv4Address.1.IPAddress',
  wanStatus: 'Device.IP.Interface.1.Status',
  wanBytesReceived: 'Device.IP.Interface.1.Stats.BytesReceived',

  dnsServer: (i: 1 | 2) => `Device.DNS.Client.Server.${i}.DNSServer`,

  opticalRx: 'Device.Optical.Interface.1.OpticalSignalLevel', // 0.001 dBm
  opticalStatus: 'Device.Optical.Interface.1.Status',
  dslLinkStatus: 'Device.DSL.Line.1.LinkStatus',
  dslSnrDown: 'Device.DSL.Line.1.DownstreamNoiseMargin', // 0.1 dB
  dslAttenuationDown: 'Device.DSL.Line.1.DownstreamAttenuation', // 0.1 dB
  dslCrc: 'Device.DSL.Line.1.Stats.Showtime.XTURCRCErrors',
  docsisDsPower: 'Device.DOCSIS.DownstreamChannel.1.Power', // 0.1 dBmV
  docsisDsSnr: 'Device.DOCSIS.DownstreamChannel.1.SignalQuality.SignalNoise', // 0.1 dB
  docsisUsPower: 'Device.DOCSIS.UpstreamChannel.1.Status.TxPower', // 0.1 dBmV
  docsisStatus: 'Device.DOCSIS.Interface.1.ConnectivityStatus.Value',

  // Wi-Fi: radio 1 = 2.4 GHz, radio 2 = 5 GHz; SSID i and AccessPoint i sit on radio i.
  radioEnable: (r: 1 | 2) => `Device.WiFi.Radio.${r}.Enable`,
  radioStatus: (r: 1 | 2) => `Device.WiFi.Radio.${r}.Status`,
  radioChannel: (r: 1 | 2) => `Device.WiFi.Radio.${r}.Channel`,
  radioAutoChannel: (r: 1 | 2) => `Device.WiFi.Radio.${r}.AutoChannelEnable`,
  radioBand: (r: 1 | 2) => `Device.WiFi.Radio.${r}.OperatingFrequencyBand`,
  radioUtilization: (r: 1 | 2) => `Device.WiFi.Radio.${r}.Stats.X_FRONTLINE_ChannelUtilization`, // percent
  radioNeighbours: (r: 1 | 2) => `Device.WiFi.Radio.${r}.Stats.X_FRONTLINE_NeighbourCount`,
  ssid: (r: 1 | 2) => `Device.WiFi.SSID.${r}.SSID`,
  ssidEnable: (r: 1 | 2) => `Device.WiFi.SSID.${r}.Enable`,
  apSecurityMode: (r: 1 | 2) => `Device.WiFi.AccessPoint.${r}.Security.ModeEnabled`,
  apKeyPassphrase: (r: 1 | 2) => `Device.WiFi.AccessPoint.${r}.Security.KeyPassphrase`,
  apWpsEnable: (r: 1 | 2) => `Device.WiFi.AccessPoint.${r}.WPS.Enable`,
  apClientCount: (r: 1 | 2) => `Device.WiFi.AccessPoint.${r}.AssociatedDeviceNumberOfEntries`,
  /** Object path of the associated-device table of an access point (read with a partial path). */
  apClients: (r: 1 | 2) => `Device.WiFi.AccessPoint.${r}.AssociatedDevice.`,

  hosts: 'Device.Hosts.Host.',
  portMappings: 'Device.NAT.PortMapping.',

  ipPing: 'Device.IP.Diagnostics.IPPing.',
  traceRoute: 'Device.IP.Diagnostics.TraceRoute.',
  nslookup: 'Device.DNS.Diagnostics.NSLookupDiagnostics.',
  download: 'Device.IP.Diagnostics.DownloadDiagnostics.',
} as const;

/** TR-098 equivalents for the paths the desk uses on legacy `InternetGatewayDevice.` CPEs. */
export const TR098_EQUIVALENTS: Record<string, string> = {
  'Device.DeviceInfo.': 'InternetGatewayDevice.DeviceInfo.',
  'Device.ManagementServer.': 'InternetGatewayDevice.ManagementServer.',
  'Device.PPP.Interface.1.': 'InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.',
  'Device.WiFi.SSID.1.SSID': 'InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID',
  'Device.WiFi.Radio.1.Channel': 'InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.Channel',
  'Device.WiFi.AccessPoint.1.Security.KeyPassphrase':
    'InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.PreSharedKey.1.PreSharedKey',
  'Device.IP.Diagnostics.IPPing.': 'InternetGatewayDevice.IPPingDiagnostics.',
};
