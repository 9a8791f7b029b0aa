// The shapes of the ISP's network knowledge: router models with their firmware, and the resolvers a
// correctly configured router uses. The values are operator data (the operator configuration file).
import type { AccessKind } from './vocabulary.js';

/** Where a firmware image is fetched from and how to recognise it. */
export interface FirmwareImage {
  /** Given: the router downloads from here; otherwise from the desk's own file server. */
  url?: string;
  /** Hex SHA-256 of the image: the desk refuses to hand out a file of its own that does not match. */
  sha256?: string;
  /** Bytes, passed to the router as FileSize when the image is external (0 = unknown). */
  size?: number;
}

export interface FirmwareModel {
  model: string;
  manufacturer: string;
  oui: string;
  productClass: string;
  access: AccessKind;
  recommended: string;
  /** Versions with known bugs, with what the bug does. */
  knownBad: Record<string, string>;
  /** Images per version. */
  images?: Record<string, FirmwareImage>;
}

/** The ISP's network as the probes and actions judge and change a router. */
export interface NetworkProfile {
  /** The ISP's own resolvers, in the order the DNS fix writes them. */
  dnsServers: readonly string[];
  /** A host inside the ISP's network to ping (defaults to the first resolver). */
  ispHost?: string;
  firmware: readonly FirmwareModel[];
}

export function firmwareModel(
  catalogue: readonly FirmwareModel[],
  model: string | null | undefined,
): FirmwareModel | undefined {
  return catalogue.find((m) => m.model === model);
}

/** The catalogue entry for a CWMP DeviceId (OUI and product class). */
export function firmwareByDeviceId(
  catalogue: readonly FirmwareModel[],
  oui: string,
  productClass: string,
): FirmwareModel | undefined {
  return catalogue.find((m) => m.oui === oui && m.productClass === productClass);
}

/** The first catalogue model for an access kind (what a new line gets). */
export function defaultModelFor(
  catalogue: readonly FirmwareModel[],
  access: AccessKind,
): FirmwareModel | undefined {
  return catalogue.find((m) => m.access === access);
}
