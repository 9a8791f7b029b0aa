// The TR-181 (Device:2) data model of a home gateway: one shared definition per model, with
// fiber (Optical), DSL and DOCSIS variants. Values are factory defaults or computed from state.
import { SIM_DNS_SERVERS } from '../operator.js';
import * as hl from '../world/health.js';
import { FACTORY_ADMIN_PASSWORD, type DiagKind, type Home, type ModelInfo } from '../world/home.js';
import type { Getter, ParamDef, TableDef, Template, Val, Xsd } from './types.js';
import { isIpv4, readRaw } from './read.js';

type V = Val | Getter;
type Extra = Partial<ParamDef>;
const def =
  (type: Xsd) =>
  (value: V, writable = false, extra: Extra = {}): ParamDef => ({ type, writable, value, ...extra });
const str = def('xsd:string');
const uint = def('xsd:unsignedInt');
const int = def('xsd:int');
const bool = def('xsd:boolean');
const dt = def('xsd:dateTime');
const ulong = def('xsd:unsignedLong');

const oneOf =
  (...allowed: string[]) =>
  (v: Val) =>
    allowed.includes(String(v)) ? null : `must be one of ${allowed.join(', ')}`;
const range = (min: number, max: number) => (v: Val) =>
  Number(v) >= min && Number(v) <= max ? null : `must be ${min}..${max}`;
const ipv4 = (allowEmpty: boolean) => (v: Val) =>
  (allowEmpty && v === '') || isIpv4(String(v)) ? null : 'not an IPv4 address';
const nonEmptyMax = (max: number) => (v: Val) =>
  String(v).length >= 1 && String(v).length <= max ? null : `length must be 1..${max}`;

const UNKNOWN_TIME = '0001-01-01T00:00:00Z';
const upSeconds = (h: Home) =>
  hl.cpeUp(h) ? Math.max(0, Math.floor((h.world.clock.now() - h.bootedAt) / 1000)) : 0;

function diagState(kind: DiagKind) {
  return str((h: Home) => h.diag?.[kind]?.state ?? 'None', true, {
    check: oneOf('Requested', 'None', 'Canceled'),
    store: (h, v) => {
      h.diag ??= {};
      h.diag[kind] = { state: v === 'Requested' ? 'Requested' : 'None', result: {}, rows: [] };
    },
  });
}
const diagOut = (kind: DiagKind, key: string, fallback: Val, type: Xsd = 'xsd:unsignedInt'): ParamDef => ({
  type,
  writable: false,
  value: (h) => h.diag?.[kind]?.result[key] ?? fallback,
});
/** Changing an input of a finished test resets it (TR-181 DiagnosticsState semantics). */
const diagInput = (kind: DiagKind, p: ParamDef): ParamDef => ({
  ...p,
  after: (h) => {
    const d = h.diag?.[kind];
    if (d && d.state !== 'Requested') h.diag![kind] = { state: 'None', result: {}, rows: [] };
  },
});

export function buildTemplate(key: string, m: ModelInfo): Template {
  const params = new Map<string, ParamDef>();
  const tables: TableDef[] = [];
  const p = (path: string, d: ParamDef) => params.set(path, d);
  const group = (prefix: string, entries: Record<string, ParamDef>) => {
    for (const [k, d] of Object.entries(entries)) p(prefix + k, d);
  };

  p('Device.RootDataModelVersion', str('2.19'));
  p('Device.InterfaceStackNumberOfEntries', uint(0));

  // ---- DeviceInfo ----
  group('Device.DeviceInfo.', {
    DeviceCategory: str('InternetGatewayDevice'),
    Manufacturer: str(m.manufacturer),
    ManufacturerOUI: str(m.oui),
    ModelName: str(m.model),
    ModelNumber: str(m.productClass),
    Description: str(
      `${m.model} ${m.access === 'fiber' ? 'GPON' : m.access === 'dsl' ? 'VDSL2' : 'DOCSIS 3.1'} home gateway`,
    ),
    ProductClass: str(m.productClass),
    SerialNumber: str((h) => h.serial),
    HardwareVersion: str(m.known ? 'HW-A2' : 'HW-1'),
    SoftwareVersion: str((h) => h.firmware),
    ProvisioningCode: str('', true, { check: (v) => (String(v).length <= 64 ? null : 'too long') }),
    UpTime: uint(upSeconds),
    FirstUseDate: dt(UNKNOWN_TIME),
    X_FRONTLINE_HardwareStatus: str((h) => (h.hardwareError ? `Error: ${h.hardwareError}` : 'OK')),
    X_FRONTLINE_AdminPasswordIsDefault: bool(
      (h) => readRaw(h, 'Device.Users.User.1.Password') === FACTORY_ADMIN_PASSWORD,
    ),
    'MemoryStatus.Total': uint(524288),
    'MemoryStatus.Free': uint((h) => (h.hung ? 2100 : 262144 + (h.index % 4096))),
    'ProcessStatus.CPUUsage': uint((h) => (h.hung ? 100 : 7)),
  });

  // ---- ManagementServer ----
  group('Device.ManagementServer.', {
    EnableCWMP: bool(true),
    URL: str((h) => h.world.acsUrl, true, {
      check: (v) => (/^https?:\/\//.test(String(v)) ? null : 'not an http(s) URL'),
    }),
    Username: str((h) => h.spec.cpe?.acsAuth?.username ?? h.world.acsAuth?.username ?? h.deviceId, true),
    Password: str((h) => h.spec.cpe?.acsAuth?.password ?? h.world.acsAuth?.password ?? '', true, {
      writeOnly: true,
    }),
    PeriodicInformEnable: bool(true, true),
    PeriodicInformInterval: uint((h) => h.world.periodicInformSeconds, true, { check: range(1, 4294967295) }),
    PeriodicInformTime: dt(UNKNOWN_TIME, true),
    ParameterKey: str(''),
    ConnectionRequestURL: str((h) => `${h.world.crBaseUrl()}/cr/${encodeURIComponent(h.serial)}`),
    // Readable (not blank as TR-069 asks) so that an ACS without its own provisioning can authenticate.
    ConnectionRequestUsername: str((h) => h.crUsername(), true),
    ConnectionRequestPassword: str((h) => h.crPassword(), true),
    UpgradesManaged: bool(false, true),
    CWMPRetryMinimumWaitInterval: uint(5, true),
    CWMPRetryIntervalMultiplier: uint(2000, true),
  });

  // ---- Users ----
  p('Device.Users.UserNumberOfEntries', uint(1));
  group('Device.Users.User.1.', {
    Enable: bool(true, true),
    RemoteAccessCapable: bool(false, true),
    Username: str('admin', true, { check: nonEmptyMax(64) }),
    Password: str(FACTORY_ADMIN_PASSWORD, true, {
      writeOnly: true,
      check: (v) => (String(v).length >= 8 ? null : 'at least 8 characters'),
    }),
    Language: str('', true),
  });

  // ---- Ethernet ----
  p('Device.Ethernet.InterfaceNumberOfEntries', uint(2));
  p('Device.Ethernet.LinkNumberOfEntries', uint(1));
  group('Device.Ethernet.Interface.1.', {
    Enable: bool(true, true),
    Status: str((h) => (hl.cpeUp(h) && h.wanCable ? 'Up' : 'Down')),
    Name: str('eth0'),
    Upstream: bool(true),
    MACAddress: str((h) => h.mac('wan')),
    MaxBitRate: int(-1, true),
    CurrentBitRate: uint((h) => (hl.cpeUp(h) && h.wanCable ? 1000 : 0)),
    DuplexMode: str('Auto', true, { check: oneOf('Half', 'Full', 'Auto') }),
  });
  group('Device.Ethernet.Interface.2.', {
    Enable: bool(true, true),
    Status: str((h) => (hl.cpeUp(h) && h.wiredAdvised ? 'Up' : 'Down')),
    Name: str('eth1'),
    Upstream: bool(false),
    MACAddress: str((h) => h.mac('lan1')),
    MaxBitRate: int(-1, true),
    CurrentBitRate: uint((h) => (hl.cpeUp(h) && h.wiredAdvised ? 1000 : 0)),
    DuplexMode: str('Auto', true, { check: oneOf('Half', 'Full', 'Auto') }),
  });
  group('Device.Ethernet.Link.1.', {
    Enable: bool(true, true),
    Status: str((h) => (hl.linkUp(h) && h.wanCable ? 'Up' : 'Down')),
    Name: str('wan-link'),
    LowerLayers: str(
      m.access === 'fiber'
        ? 'Device.Optical.Interface.1.'
        : m.access === 'dsl'
          ? 'Device.DSL.Channel.1.'
          : 'Device.DOCSIS.Interface.1.',
    ),
    MACAddress: str((h) => h.mac('wan')),
  });

  // ---- Access technology ----
  if (m.access === 'fiber') {
    p('Device.Optical.InterfaceNumberOfEntries', uint(1));
    group('Device.Optical.Interface.1.', {
      Enable: bool(true, true),
      Status: str((h) => (hl.linkUp(h) ? 'Up' : 'Down')),
      Name: str('gpon0'),
      LastChange: uint(0),
      OpticalSignalLevel: int((h) => (h.line.los ? -40000 : Math.round(h.line.rxDbm * 1000))),
      LowerOpticalThreshold: int(-28000),
      UpperOpticalThreshold: int(-8000),
      TransmitOpticalLevel: int(2300),
      LowerTransmitPowerThreshold: int(500),
      UpperTransmitPowerThreshold: int(5000),
      'Stats.BytesSent': ulong((h) => trafficBytes(h, 0.1)),
      'Stats.BytesReceived': ulong((h) => trafficBytes(h, 1)),
      'Stats.ErrorsReceived': uint((h) => (h.line.rxDbm < -27 ? 48211 : 3)),
    });
  } else if (m.access === 'dsl') {
    p('Device.DSL.LineNumberOfEntries', uint(1));
    p('Device.DSL.ChannelNumberOfEntries', uint(1));
    const sync = (h: Home) => hl.linkUp(h);
    const syncKbps = (h: Home) =>
      sync(h) ? Math.round(Math.min(h.spec.plan.downMbps * 1100, h.line.snrDb <= 6 ? 45_000 : 120_000)) : 0;
    group('Device.DSL.Line.1.', {
      Enable: bool(true, true),
      Status: str((h) => (sync(h) ? 'Up' : 'Down')),
      Name: str('dsl0'),
      Upstream: bool(true),
      LinkStatus: str((h) => (!hl.cpeUp(h) ? 'Disabled' : sync(h) ? 'Up' : 'NoSignal')),
      StandardUsed: str('G.993.2'),
      CurrentProfile: str('17a'),
      UpstreamMaxBitRate: uint((h) => (sync(h) ? h.spec.plan.upMbps * 1100 : 0)),
      DownstreamMaxBitRate: uint((h) => (sync(h) ? Math.round(syncKbps(h) * 1.08) : 0)),
      UpstreamNoiseMargin: int((h) => (sync(h) ? Math.round(h.line.snrDb * 10) + 20 : 0)),
      DownstreamNoiseMargin: int((h) => (sync(h) ? Math.round(h.line.snrDb * 10) : 0)),
      UpstreamAttenuation: int((h) => Math.round(h.line.attenuationDb * 10) - 40),
      DownstreamAttenuation: int((h) => Math.round(h.line.attenuationDb * 10)),
      UpstreamPower: int(72),
      DownstreamPower: int(145),
      'Stats.TotalStart': uint(upSeconds),
      'Stats.ShowtimeStart': uint((h) => (h.line.snrDb <= 6 ? 2400 : upSeconds(h))),
      'Stats.Total.ErroredSecs': uint((h) => (h.line.snrDb <= 6 ? 8812 : 14)),
      'Stats.Total.SeverelyErroredSecs': uint((h) => (h.line.snrDb <= 6 ? 911 : 0)),
      'Stats.Showtime.ErroredSecs': uint((h) => (h.line.snrDb <= 6 ? 1207 : 2)),
      'Stats.Showtime.SeverelyErroredSecs': uint((h) => (h.line.snrDb <= 6 ? 133 : 0)),
      'Stats.Showtime.XTURCRCErrors': uint((h) => dslCrc(h)),
      'Stats.Showtime.XTUCCRCErrors': uint((h) => Math.round(dslCrc(h) / 7)),
    });
    group('Device.DSL.Channel.1.', {
      Enable: bool(true, true),
      Status: str((h) => (sync(h) ? 'Up' : 'Down')),
      Name: str('dsl0.1'),
      LowerLayers: str('Device.DSL.Line.1.'),
      LinkEncapsulationUsed: str('G.993.2_Annex_K_PTM'),
      UpstreamCurrRate: uint((h) => (sync(h) ? h.spec.plan.upMbps * 1050 : 0)),
      DownstreamCurrRate: uint(syncKbps),
      'Stats.Showtime.XTURCRCErrors': uint((h) => dslCrc(h)),
      'Stats.Showtime.XTUCCRCErrors': uint((h) => Math.round(dslCrc(h) / 7)),
      'Stats.Showtime.XTURFECErrors': uint((h) => dslCrc(h) * 12),
    });
  } else {
    p('Device.DOCSIS.InterfaceNumberOfEntries', uint(1));
    p('Device.DOCSIS.DownstreamChannelNumberOfEntries', uint(1));
    p('Device.DOCSIS.UpstreamChannelNumberOfEntries', uint(1));
    const bad = (h: Home) => Math.abs(h.line.dsPowerDbmv) > 15;
    group('Device.DOCSIS.Interface.1.', {
      Enable: bool(true, true),
      Status: str((h) => (hl.linkUp(h) ? 'Up' : 'Down')),
      Name: str('cm0'),
      'ConnectivityStatus.Value': str((h) => (hl.linkUp(h) ? 'Operational' : 'NotReady')),
      'ConnectivityStatus.StatusCode': str((h) => (hl.linkUp(h) ? 'OPERATIONAL' : 'SCANNING')),
      'ConnectivityStatus.Resets': uint((h) => (bad(h) ? 7 : 0)),
      'ConnectivityStatus.LostSyncs': uint((h) => (bad(h) ? 23 : 0)),
    });
    group('Device.DOCSIS.DownstreamChannel.1.', {
      ID: uint(1),
      Frequency: int(602_000_000),
      Width: int(8_000_000),
      Modulation: str('QAM256'),
      Power: int((h) => Math.round(h.line.dsPowerDbmv * 10)),
      'SignalQuality.SignalNoise': int((h) =>
        Math.round((bad(h) ? Math.min(h.line.docsisSnrDb, 29.5) : h.line.docsisSnrDb) * 10),
      ),
      'SignalQuality.ExtUnerroreds': ulong((h) => trafficBytes(h, 0.01)),
      'SignalQuality.ExtCorrecteds': ulong((h) => (bad(h) ? 88_120 : 120)),
      'SignalQuality.ExtUncorrectables': ulong((h) => (bad(h) ? 41_907 : 4)),
    });
    group('Device.DOCSIS.UpstreamChannel.1.', {
      ID: uint(3),
      Frequency: int(36_200_000),
      Width: int(6_400_000),
      'Status.TxPower': int((h) => Math.round(h.line.usPowerDbmv * 10)),
      'Status.T3Timeouts': uint((h) => (bad(h) ? 14 : 0)),
      'Status.T4Timeouts': uint((h) => (bad(h) ? 2 : 0)),
      'Status.RangingStatus': str('Success'),
    });
  }

  // ---- PPP ----
  p('Device.PPP.InterfaceNumberOfEntries', uint(1));
  const ppp = (h: Home) => {
    syncAaaSession(h);
    return hl.pppOutcome(h);
  };
  group('Device.PPP.Interface.1.', {
    Enable: bool(true, true),
    Status: str((h) =>
      ppp(h).status === 'Connected' ? 'Up' : hl.linkUp(h) && h.wanCable ? 'Down' : 'LowerLayerDown',
    ),
    Name: str('pppoe-wan'),
    LowerLayers: str('Device.Ethernet.Link.1.'),
    ConnectionStatus: str((h) => ppp(h).status),
    LastConnectionError: str((h) => ppp(h).error),
    AutoDisconnectTime: uint(0, true),
    IdleDisconnectTime: uint(0, true),
    Username: str('', true, { check: (v) => (String(v).length <= 64 ? null : 'too long') }),
    Password: str('', true, { writeOnly: true, check: (v) => (String(v).length <= 64 ? null : 'too long') }),
    EncryptionProtocol: str('None'),
    CompressionProtocol: str('None'),
    AuthenticationProtocol: str('CHAP'),
    MaxMRUSize: uint(1492, true, { check: range(64, 65535) }),
    CurrentMRUSize: uint(1492),
    ConnectionTrigger: str('AlwaysOn', true, { check: oneOf('OnDemand', 'AlwaysOn', 'Manual') }),
    LCPEcho: uint(30, true),
    LCPEchoRetry: uint(3, true),
    IPCPEnable: bool(true, true),
    X_FRONTLINE_ReconnectsLast24h: uint((h) => hl.dropsPerDay(h)),
    'PPPoE.SessionID': uint((h) => (ppp(h).status === 'Connected' ? 1 + (h.index % 65000) : 0)),
    'PPPoE.ACName': str((h) => `bras-${h.spec.area.toLowerCase()}`),
    'PPPoE.ServiceName': str('', true),
    'IPCP.LocalIPAddress': str((h) => (ppp(h).status === 'Connected' ? h.wanIp() : '')),
    'IPCP.RemoteIPAddress': str((h) => (ppp(h).status === 'Connected' ? '100.64.0.1' : '')),
    'IPCP.DNSServers': str((h) => (ppp(h).status === 'Connected' ? SIM_DNS_SERVERS.join(',') : '')),
  });

  // ---- IP ----
  group('Device.IP.', {
    IPv4Capable: bool(true),
    IPv4Enable: bool(true, true),
    IPv4Status: str('Enabled'),
    IPv6Capable: bool(false),
    InterfaceNumberOfEntries: uint(3),
  });
  group('Device.IP.Interface.1.', {
    Enable: bool(true, true),
    Status: str((h) => (hl.pppUp(h) ? 'Up' : 'LowerLayerDown')),
    Name: str('wan'),
    Type: str('Normal'),
    LowerLayers: str('Device.PPP.Interface.1.'),
    IPv4Enable: bool(true, true),
    IPv4AddressNumberOfEntries: uint(1),
    'IPv4Address.1.Enable': bool(true),
    'IPv4Address.1.Status': str((h) => (hl.pppUp(h) ? 'Enabled' : 'Disabled')),
    'IPv4Address.1.IPAddress': str((h) => (ppp(h).status === 'Connected' ? h.wanIp() : '')),
    'IPv4Address.1.SubnetMask': str('255.255.255.255'),
    'IPv4Address.1.AddressingType': str('IPCP'),
    'Stats.BytesSent': ulong((h) => trafficBytes(h, 0.08)),
    'Stats.BytesReceived': ulong((h) => trafficBytes(h, 1)),
    'Stats.PacketsSent': ulong((h) => Math.floor(trafficBytes(h, 0.08) / 400)),
    'Stats.PacketsReceived': ulong((h) => Math.floor(trafficBytes(h, 1) / 1200)),
    'Stats.ErrorsSent': uint(0),
    'Stats.ErrorsReceived': uint((h) => (hl.lineStable(h) ? 0 : 1290)),
  });
  group('Device.IP.Interface.2.', {
    Enable: bool(true, true),
    Status: str((h) => (hl.cpeUp(h) ? 'Up' : 'Down')),
    Name: str('br-lan'),
    Type: str('Normal'),
    LowerLayers: str('Device.Ethernet.Interface.2.,Device.WiFi.SSID.1.,Device.WiFi.SSID.2.'),
    IPv4AddressNumberOfEntries: uint(1),
    'IPv4Address.1.Enable': bool(true),
    'IPv4Address.1.Status': str('Enabled'),
    'IPv4Address.1.IPAddress': str('192.168.1.1'),
    'IPv4Address.1.SubnetMask': str('255.255.255.0'),
    'IPv4Address.1.AddressingType': str('Static'),
  });
  group('Device.IP.Interface.3.', {
    Enable: bool(true),
    Status: str((h) => (hl.mgmtReachable(h) ? 'Up' : 'LowerLayerDown')),
    Name: str('mgmt'),
    Type: str('Normal'),
    LowerLayers: str('Device.Ethernet.Link.1.'),
    IPv4AddressNumberOfEntries: uint(1),
    'IPv4Address.1.Enable': bool(true),
    'IPv4Address.1.Status': str('Enabled'),
    'IPv4Address.1.IPAddress': str((h) => (hl.mgmtReachable(h) ? h.mgmtIp() : '')),
    'IPv4Address.1.SubnetMask': str('255.0.0.0'),
    'IPv4Address.1.AddressingType': str('DHCP'),
  });

  // ---- IP diagnostics ----
  group('Device.IP.Diagnostics.', {
    IPv4PingSupported: bool(true),
    IPv4TraceRouteSupported: bool(true),
    IPv4DownloadDiagnosticsSupported: bool(true),
    IPv4UploadDiagnosticsSupported: bool(false),
  });
  group('Device.IP.Diagnostics.IPPing.', {
    DiagnosticsState: diagState('ipPing'),
    Interface: diagInput('ipPing', str('', true)),
    ProtocolVersion: diagInput('ipPing', str('Any', true, { check: oneOf('Any', 'IPv4', 'IPv6') })),
    Host: diagInput('ipPing', str('', true, { check: (v) => (String(v).length <= 256 ? null : 'too long') })),
    NumberOfRepetitions: diagInput('ipPing', uint(3, true, { check: range(1, 100) })),
    Timeout: diagInput('ipPing', uint(1000, true, { check: range(1, 60000) })),
    DataBlockSize: diagInput('ipPing', uint(64, true, { check: range(1, 65535) })),
    DSCP: diagInput('ipPing', uint(0, true, { check: range(0, 63) })),
    IPAddressUsed: diagOut('ipPing', 'IPAddressUsed', '', 'xsd:string'),
    SuccessCount: diagOut('ipPing', 'SuccessCount', 0),
    FailureCount: diagOut('ipPing', 'FailureCount', 0),
    AverageResponseTime: diagOut('ipPing', 'AverageResponseTime', 0),
    MinimumResponseTime: diagOut('ipPing', 'MinimumResponseTime', 0),
    MaximumResponseTime: diagOut('ipPing', 'MaximumResponseTime', 0),
    AverageResponseTimeDetailed: diagOut('ipPing', 'AverageResponseTimeDetailed', 0),
    MinimumResponseTimeDetailed: diagOut('ipPing', 'MinimumResponseTimeDetailed', 0),
    MaximumResponseTimeDetailed: diagOut('ipPing', 'MaximumResponseTimeDetailed', 0),
  });
  group('Device.IP.Diagnostics.TraceRoute.', {
    DiagnosticsState: diagState('traceRoute'),
    Interface: diagInput('traceRoute', str('', true)),
    ProtocolVersion: diagInput('traceRoute', str('Any', true, { check: oneOf('Any', 'IPv4', 'IPv6') })),
    Host: diagInput('traceRoute', str('', true)),
    NumberOfTries: diagInput('traceRoute', uint(3, true, { check: range(1, 3) })),
    Timeout: diagInput('traceRoute', uint(5000, true, { check: range(1, 60000) })),
    DataBlockSize: diagInput('traceRoute', uint(38, true, { check: range(1, 65535) })),
    DSCP: diagInput('traceRoute', uint(0, true, { check: range(0, 63) })),
    MaxHopCount: diagInput('traceRoute', uint(30, true, { check: range(1, 64) })),
    IPAddressUsed: diagOut('traceRoute', 'IPAddressUsed', '', 'xsd:string'),
    ResponseTime: diagOut('traceRoute', 'ResponseTime', 0),
    RouteHopsNumberOfEntries: uint((h) => h.diag?.traceRoute?.rows.length ?? 0),
  });
  tables.push({
    path: 'Device.IP.Diagnostics.TraceRoute.RouteHops.',
    writable: false,
    fields: { Host: str(''), HostAddress: str(''), ErrorCode: uint(0), RTTimes: str('') },
    rows: (h) => h.diag?.traceRoute?.rows ?? [],
  });
  group('Device.IP.Diagnostics.DownloadDiagnostics.', {
    DiagnosticsState: diagState('download'),
    Interface: diagInput('download', str('', true)),
    DownloadURL: diagInput(
      'download',
      str('http://speedtest.frontline-isp.example/1000MB.bin', true, {
        check: (v) => (/^https?:\/\/\S+$/.test(String(v)) ? null : 'not an http URL'),
      }),
    ),
    DownloadTransports: str('HTTP'),
    DSCP: diagInput('download', uint(0, true, { check: range(0, 63) })),
    EthernetPriority: diagInput('download', uint(0, true, { check: range(0, 7) })),
    TimeBasedTestDuration: diagInput('download', uint(0, true, { check: range(0, 999) })),
    NumberOfConnections: diagInput('download', uint(1, true, { check: range(1, 8) })),
    ROMTime: diagOut('download', 'ROMTime', UNKNOWN_TIME, 'xsd:dateTime'),
    BOMTime: diagOut('download', 'BOMTime', UNKNOWN_TIME, 'xsd:dateTime'),
    EOMTime: diagOut('download', 'EOMTime', UNKNOWN_TIME, 'xsd:dateTime'),
    TestBytesReceived: diagOut('download', 'TestBytesReceived', 0, 'xsd:unsignedLong'),
    TotalBytesReceived: diagOut('download', 'TotalBytesReceived', 0, 'xsd:unsignedLong'),
    TotalBytesSent: diagOut('download', 'TotalBytesSent', 0, 'xsd:unsignedLong'),
    TCPOpenRequestTime: diagOut('download', 'TCPOpenRequestTime', UNKNOWN_TIME, 'xsd:dateTime'),
    TCPOpenResponseTime: diagOut('download', 'TCPOpenResponseTime', UNKNOWN_TIME, 'xsd:dateTime'),
    X_FRONTLINE_ThroughputKbps: diagOut('download', 'X_FRONTLINE_ThroughputKbps', 0),
  });

  // ---- DNS ----
  group('Device.DNS.', {
    SupportedRecordTypes: str('A,AAAA,CNAME,MX,NS,PTR,SRV,TXT'),
    'Client.Enable': bool(true, true),
    'Client.Status': str('Enabled'),
    'Client.ServerNumberOfEntries': uint(2),
  });
  for (const i of [1, 2] as const) {
    group(`Device.DNS.Client.Server.${i}.`, {
      Enable: bool(true, true),
      Status: str((h) =>
        readRaw(h, `Device.DNS.Client.Server.${i}.Enable`) === false
          ? 'Disabled'
          : hl.dnsServerReachable(String(readRaw(h, `Device.DNS.Client.Server.${i}.DNSServer`)))
            ? 'Enabled'
            : 'Error',
      ),
      DNSServer: str(SIM_DNS_SERVERS[i - 1] ?? '', true, { check: ipv4(true) }),
      Interface: str('Device.IP.Interface.1.', true),
      Type: str('Static'),
    });
  }
  group('Device.DNS.Relay.', { Enable: bool(true, true), Status: str('Enabled') });
  group('Device.DNS.Diagnostics.NSLookupDiagnostics.', {
    DiagnosticsState: diagState('nslookup'),
    Interface: diagInput('nslookup', str('', true)),
    HostName: diagInput(
      'nslookup',
      str('', true, { check: (v) => (String(v).length <= 256 ? null : 'too long') }),
    ),
    DNSServer: diagInput('nslookup', str('', true, { check: ipv4(true) })),
    Timeout: diagInput('nslookup', uint(1000, true, { check: range(1, 60000) })),
    NumberOfRepetitions: diagInput('nslookup', uint(1, true, { check: range(1, 10) })),
    SuccessCount: diagOut('nslookup', 'SuccessCount', 0),
    ResultNumberOfEntries: uint((h) => h.diag?.nslookup?.rows.length ?? 0),
  });
  tables.push({
    path: 'Device.DNS.Diagnostics.NSLookupDiagnostics.Result.',
    writable: false,
    fields: {
      Status: str(''),
      AnswerType: str('None'),
      HostNameReturned: str(''),
      IPAddresses: str(''),
      DNSServerIP: str(''),
      ResponseTime: uint(0),
    },
    rows: (h) => h.diag?.nslookup?.rows ?? [],
  });

  // ---- Wi-Fi ----
  group('Device.WiFi.', {
    RadioNumberOfEntries: uint(2),
    SSIDNumberOfEntries: uint(2),
    AccessPointNumberOfEntries: uint(2),
  });
  for (const r of [1, 2] as const) {
    const is24 = r === 1;
    const channels = is24 ? hl.CHANNELS_24 : hl.CHANNELS_5;
    group(`Device.WiFi.Radio.${r}.`, {
      Enable: bool(true, true),
      Status: str((h) =>
        hl.cpeUp(h) && readRaw(h, `Device.WiFi.Radio.${r}.Enable`) !== false
          ? h.hardwareError && r === 2
            ? 'Error'
            : 'Up'
          : 'Down',
      ),
      Name: str(`wl${r - 1}`),
      Upstream: bool(false),
      MaxBitRate: uint(is24 ? 574 : 2402),
      SupportedFrequencyBands: str(is24 ? '2.4GHz' : '5GHz'),
      OperatingFrequencyBand: str(is24 ? '2.4GHz' : '5GHz', true, { check: oneOf(is24 ? '2.4GHz' : '5GHz') }),
      SupportedStandards: str(is24 ? 'b,g,n,ax' : 'a,n,ac,ax'),
      OperatingStandards: str(is24 ? 'g,n,ax' : 'a,n,ac,ax', true),
      PossibleChannels: str(is24 ? '1-13' : channels.join(',')),
      ChannelsInUse: str((h) => String(hl.effectiveChannel(h, r))),
      Channel: uint((h) => hl.effectiveChannel(h, r), true, {
        check: (v) =>
          channels.includes(Number(v))
            ? null
            : `not a channel of this radio (${is24 ? '1-13' : channels.join(',')})`,
        // Choosing a channel by hand switches automatic selection off, as routers do.
        after: (h) => h.overlay.set(`Device.WiFi.Radio.${r}.AutoChannelEnable`, false),
      }),
      AutoChannelSupported: bool(true),
      AutoChannelEnable: bool(true, true, {
        after: (h, v) => {
          if (v === true) h.overlay.delete(`Device.WiFi.Radio.${r}.Channel`);
        },
      }),
      AutoChannelRefreshPeriod: uint(0, true),
      OperatingChannelBandwidth: str(is24 ? '20MHz' : '80MHz', true, {
        check: oneOf('20MHz', '40MHz', '80MHz', '160MHz', 'Auto'),
      }),
      CurrentOperatingChannelBandwidth: str((h) =>
        String(readRaw(h, `Device.WiFi.Radio.${r}.OperatingChannelBandwidth`)).replace(
          'Auto',
          is24 ? '20MHz' : '80MHz',
        ),
      ),
      TransmitPowerSupported: str('25,50,75,100'),
      TransmitPower: int(100, true, {
        check: (v) => ([-1, 25, 50, 75, 100].includes(Number(v)) ? null : 'must be one of -1,25,50,75,100'),
      }),
      RegulatoryDomain: str('SE ', true),
      'Stats.Noise': int(is24 ? -89 : -92),
      'Stats.BytesSent': ulong((h) => trafficBytes(h, is24 ? 0.2 : 0.7)),
      'Stats.BytesReceived': ulong((h) => trafficBytes(h, is24 ? 0.02 : 0.07)),
      'Stats.X_FRONTLINE_ChannelUtilization': uint((h) =>
        hl.channelUtilization(h, r, hl.effectiveChannel(h, r)),
      ),
      'Stats.X_FRONTLINE_NeighbourCount': uint((h) => hl.neighbourCount(h, r, hl.effectiveChannel(h, r))),
      'Stats.X_FRONTLINE_ChannelSurvey': str((h) =>
        (is24 ? [1, 6, 11] : [36, 40, 44, 48])
          .map((c) => `${c}:${hl.channelUtilization(h, r, c)}%/${hl.neighbourCount(h, r, c)}`)
          .join(','),
      ),
    });
    group(`Device.WiFi.SSID.${r}.`, {
      Enable: bool(true, true),
      Status: str((h) => (hl.radioOn(h, r) ? 'Up' : 'Down')),
      Name: str(`ath${r - 1}`),
      LowerLayers: str(`Device.WiFi.Radio.${r}.`),
      BSSID: str((h) => h.mac(`bssid${r}`)),
      MACAddress: str((h) => h.mac(`bssid${r}`)),
      SSID: str((h) => h.factorySsid(r), true, { check: nonEmptyMax(32) }),
    });
    group(`Device.WiFi.AccessPoint.${r}.`, {
      Enable: bool(true, true),
      Status: str((h) => (hl.radioOn(h, r) ? 'Enabled' : 'Disabled')),
      SSIDReference: str(`Device.WiFi.SSID.${r}.`),
      SSIDAdvertisementEnabled: bool(true, true),
      MaxAssociatedDevices: uint(64, true),
      AssociatedDeviceNumberOfEntries: uint((h) => associatedRows(h, r).length),
      'Security.ModesSupported': str('None,WPA2-Personal,WPA3-Personal,WPA2-WPA3-Personal'),
      'Security.ModeEnabled': str('WPA2-WPA3-Personal', true, {
        check: oneOf('None', 'WPA2-Personal', 'WPA3-Personal', 'WPA2-WPA3-Personal'),
      }),
      'Security.KeyPassphrase': str((h) => h.factoryKey(), true, {
        writeOnly: true,
        check: (v) =>
          /^[\x20-\x7e]{8,63}$/.test(String(v)) || /^[0-9a-fA-F]{64}$/.test(String(v))
            ? null
            : '8–63 printable characters',
        after: (h) => {
          // The customer who asked for a new key hears it from the desk and joins with it.
          if (h.needsKey) {
            h.needsKey = false;
            learnWifi(h);
          }
        },
      }),
      'WPS.Enable': bool(false, true),
      'WPS.ConfigMethodsEnabled': str('PushButton', true),
    });
    tables.push({
      path: `Device.WiFi.AccessPoint.${r}.AssociatedDevice.`,
      writable: false,
      fields: {
        MACAddress: str(''),
        AuthenticationState: bool(true),
        LastDataDownlinkRate: uint(0),
        LastDataUplinkRate: uint(0),
        SignalStrength: int(0),
        Noise: int(is24 ? -89 : -92),
        Retransmissions: uint(0),
        Active: bool(true),
        OperatingStandard: str(is24 ? 'n' : 'ax'),
      },
      rows: (h) => associatedRows(h, r),
    });
  }

  // ---- Hosts ----
  p(
    'Device.Hosts.HostNumberOfEntries',
    uint((h) => hostRows(h).length),
  );
  tables.push({
    path: 'Device.Hosts.Host.',
    writable: false,
    fields: {
      PhysAddress: str(''),
      IPAddress: str(''),
      AddressSource: str('DHCP'),
      LeaseTimeRemaining: int(43200),
      AssociatedDevice: str(''),
      Layer1Interface: str(''),
      Layer3Interface: str('Device.IP.Interface.2.'),
      HostName: str(''),
      Active: bool(true),
    },
    rows: (h) => hostRows(h),
  });

  // ---- NAT ----
  group('Device.NAT.', {
    InterfaceSettingNumberOfEntries: uint(1),
    PortMappingNumberOfEntries: uint((h) => h.instances?.get('Device.NAT.PortMapping.')?.list.length ?? 0),
    'InterfaceSetting.1.Enable': bool(true, true),
    'InterfaceSetting.1.Status': str('Enabled'),
    'InterfaceSetting.1.Interface': str('Device.IP.Interface.1.', true),
  });
  const pm = (h: Home, base: string, f: string) => readRaw(h, base + f);
  tables.push({
    path: 'Device.NAT.PortMapping.',
    writable: true,
    fields: {
      Enable: bool(false, true),
      Status: str((h, base) => {
        if (pm(h, base, 'Enable') !== true) return 'Disabled';
        const client = String(pm(h, base, 'InternalClient'));
        return client && Number(pm(h, base, 'ExternalPort')) > 0 ? 'Enabled' : 'Error_Misconfigured';
      }),
      Alias: str('', true),
      Interface: str('Device.IP.Interface.1.', true),
      AllInterfaces: bool(false, true),
      LeaseDuration: uint(0, true),
      RemoteHost: str('', true, { check: ipv4(true) }),
      ExternalPort: uint(0, true, { check: range(0, 65535) }),
      ExternalPortEndRange: uint(0, true, { check: range(0, 65535) }),
      InternalPort: uint(0, true, { check: range(0, 65535) }),
      Protocol: str('TCP', true, { check: oneOf('TCP', 'UDP', 'BOTH') }),
      InternalClient: str('', true, {
        check: (v) =>
          v === '' ||
          (isIpv4(String(v)) &&
            String(v).startsWith('192.168.1.') &&
            v !== '192.168.1.1' &&
            v !== '192.168.1.0' &&
            v !== '192.168.1.255')
            ? null
            : 'must be a host in 192.168.1.0/24',
      }),
      Description: str('', true, { check: (v) => (String(v).length <= 256 ? null : 'too long') }),
    },
  });

  return { key, params, tables };
}

// ---- helpers computed from state ----

function trafficBytes(h: Home, share: number): number {
  // Counters grow while traffic flows and freeze when the WAN stalls (the sign of a hung router).
  const secs = h.hung ? 3 * 86400 : Math.max(0, Math.floor((h.world.clock.now() - h.bootedAt) / 1000));
  return Math.floor(secs * 180_000 * share);
}

function dslCrc(h: Home): number {
  if (h.line.snrDb > 6) return 310 + (h.index % 50);
  const hours = (h.world.clock.now() - h.bootedAt) / 3_600_000;
  return Math.floor(40_000 + hours * 2400);
}

export function learnWifi(h: Home): void {
  h.client.known = [
    {
      ssid: String(readRaw(h, 'Device.WiFi.SSID.1.SSID')),
      key: String(readRaw(h, 'Device.WiFi.AccessPoint.1.Security.KeyPassphrase')),
    },
    {
      ssid: String(readRaw(h, 'Device.WiFi.SSID.2.SSID')),
      key: String(readRaw(h, 'Device.WiFi.AccessPoint.2.Security.KeyPassphrase')),
    },
  ];
}

interface Station {
  tag: string;
  name: string;
  band: 1 | 2;
  rssi: number;
}

/** Devices on the Wi-Fi: the customer's own device (where it is associated) and a TV on 5 GHz. */
function stations(h: Home): Station[] {
  const out: Station[] = [];
  const a = hl.clientAssociation(h);
  if (a)
    out.push({
      tag: 'customer',
      name: h.spec.segment === 'business' ? 'office-laptop' : 'my-phone',
      band: a.band,
      rssi: a.rssi,
    });
  if (hl.radioOn(h, 2)) out.push({ tag: 'tv', name: 'living-room-tv', band: 2, rssi: -58 });
  else if (hl.radioOn(h, 1)) out.push({ tag: 'tv', name: 'living-room-tv', band: 1, rssi: -52 });
  return out;
}

export function associatedRows(h: Home, r: 1 | 2): Record<string, Val>[] {
  return stations(h)
    .filter((s) => s.band === r)
    .map((s) => {
      const rate = hl.wifiRateKbps(s.band, s.rssi);
      return {
        MACAddress: h.clientMac(s.tag),
        SignalStrength: s.rssi,
        LastDataDownlinkRate: rate,
        LastDataUplinkRate: Math.round(rate * 0.6),
        Retransmissions: s.rssi < -75 ? 812 : s.band === 1 && hl.radioCongested(h, 1) ? 540 : 12,
      };
    });
}

function hostRows(h: Home): Record<string, Val>[] {
  if (!hl.cpeUp(h)) return [];
  const rows: Record<string, Val>[] = [];
  let ip = 20;
  for (const r of [1, 2] as const) {
    associatedRows(h, r).forEach((row, i) => {
      const tag = row.MACAddress === h.clientMac('customer') ? 'customer' : 'tv';
      rows.push({
        PhysAddress: row.MACAddress,
        IPAddress: `192.168.1.${ip++}`,
        AssociatedDevice: `Device.WiFi.AccessPoint.${r}.AssociatedDevice.${i + 1}.`,
        Layer1Interface: `Device.WiFi.SSID.${r}.`,
        HostName:
          tag === 'customer'
            ? h.spec.segment === 'business'
              ? 'office-laptop'
              : 'my-phone'
            : 'living-room-tv',
      });
    });
  }
  if (h.wiredAdvised)
    rows.push({
      PhysAddress: h.clientMac('laptop'),
      IPAddress: `192.168.1.${ip++}`,
      AssociatedDevice: '',
      Layer1Interface: 'Device.Ethernet.Interface.2.',
      HostName: 'laptop-wired',
    });
  return rows;
}

/** Keeps the AAA's session record in step with what the CPE's PPP client achieves. */
export function syncAaaSession(h: Home): void {
  h.world.ppp?.sync(h);
  const o = hl.pppOutcome(h);
  const a = h.aaa;
  const now = h.world.clock.iso();
  if (o.status === 'Connected') {
    if (!a.sessionUp) {
      a.sessionUp = true;
      a.startedAt = now;
    }
    a.lastReject = null;
    a.lastRejectAt = null;
    return;
  }
  if (a.sessionUp) {
    a.sessionUp = false;
    a.startedAt = null;
  }
  if (o.reject && a.lastReject !== o.reject) {
    a.lastReject = o.reject;
    a.lastRejectAt = now;
  }
}
