// Public types of the simulated ISP.
import type { AccessKind, FaultKind } from '../src/domain/index.js';
import type { CwmpVersion } from './cwmp/soap.js';
import type { SimRadiusOptions } from './radius/nas.js';

export interface SubscriberSpec {
  serviceId: string;
  customerNumber: string;
  name: string;
  pin: string;
  email: string;
  segment: 'residential' | 'business';
  access: AccessKind;
  plan: { downMbps: number; upMbps: number };
  area: string;
  accountStatus: 'active' | 'suspended_nonpayment';
  pppoeUsername: string;
  pppoePassword: string;
  cpe?: {
    model?: string;
    firmware?: string;
    serial?: string;
    cwmpVersion?: CwmpVersion;
    /** The router's own ACS credentials (its factory setting); default: the fleet-wide ones. */
    acsAuth?: { username: string; password: string };
  };
}

export interface SimIspOptions {
  acsUrl: string;
  /** Fleet-wide ACS credentials, for routers without their own (unset: username = device id, no password). */
  acsAuth?: { username?: string; password?: string };
  /** Simulated seconds per real second (default 60: a 60 s reboot takes one real second). */
  timeScale?: number;
  /** Default ManagementServer.PeriodicInformInterval, simulated seconds (default 86400). */
  periodicInformSeconds?: number;
  /** Host name/address put into ConnectionRequestURL and listened on (default 127.0.0.1). */
  crHost?: string;
  /** Port of the connection-request listener (default 0 = ephemeral). */
  crPort?: number;
  /** One set of connection-request credentials for the whole fleet (default: per device). */
  crAuth?: { username: string; password: string };
  seed?: number;
  /** Simulated duration of a reboot, seconds (default 60). */
  rebootSeconds?: number;
  /** Default CWMP version of the CPEs (default 1.2, namespace urn:dslforum-org:cwmp-1-2). */
  cwmpVersion?: CwmpVersion;
  /** Concurrent CWMP sessions of the whole fleet (default 200). */
  maxConcurrentSessions?: number;
  /** Log hook for session failures and similar (default: silent). */
  log?: (msg: string) => void;
  /** PPP logins and sessions through a RADIUS server (default: each home's own AAA record). */
  radius?: SimRadiusOptions;
  /** How a CPE reaches the ACS for one CWMP session (default: each post over `fetch`). */
  cwmpSession?: CwmpSessionOpener;
}

/** The ACS's answer to one CWMP POST, as a simulated CPE reads it. */
export interface CwmpReply {
  status: number;
  setCookies: string[];
  wwwAuthenticate: string | null;
  text: string;
}

/** One CWMP POST of a simulated CPE; `signal` aborts it (deadline, simulation stopped). */
export type CwmpPost = (
  url: string,
  headers: Record<string, string>,
  body: string,
  signal: AbortSignal,
) => Promise<CwmpReply>;

/** One CWMP session's way to the ACS: its posts, and `end()` when the session is over (its connection closed). */
export interface CwmpSessionTransport {
  post: CwmpPost;
  end(): void;
}

/** Opens the transport of one CWMP session. */
export type CwmpSessionOpener = () => CwmpSessionTransport;

export interface FaultSpec {
  kind: FaultKind;
  params?: Record<string, unknown>;
}

export interface Lights {
  power: string;
  internet: string;
  wifi: string;
  los?: string;
}
