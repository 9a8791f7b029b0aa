// The ISP's firmware knowledge per CPE model: what is recommended and which versions have known bugs.
import type { AccessKind } from './vocabulary.js';

export interface FirmwareModel {
  model: string;
  manufacturer: string;
  oui: string;
  productClass: string;
  access: AccessKind;
  recommended: string;
  /** Versions with known bugs, with what the bug does. */
  knownBad: Record<string, string>;
}

export const FIRMWARE_CATALOGUE: readonly FirmwareModel[] = [
  {
    model: 'FL-HGW-3000',
    manufacturer: 'Frontline Networks',
    oui: '00D0F1',
    productClass: 'HGW3000',
    access: 'fiber',
    recommended: '2.3.1',
    knownBad: { '2.2.0': 'PPP session drops every few hours (PPP LCP echo bug)' },
  },
  {
    model: 'FL-VDSL-2200',
    manufacturer: 'Frontline Networks',
    oui: '00D0F1',
    productClass: 'VDSL2200',
    access: 'dsl',
    recommended: '5.4.2',
    knownBad: { '5.3.0': 'DSL retrains under impulse noise', '5.3.1': 'DSL retrains under impulse noise' },
  },
  {
    model: 'FL-DOCSIS-3100',
    manufacturer: 'Frontline Networks',
    oui: '00D0F1',
    productClass: 'CM3100',
    access: 'cable',
    recommended: '7.1.4',
    knownBad: { '7.0.9': 'upstream ranging resets under load' },
  },
];

export const DEFAULT_MODEL_FOR_ACCESS: Record<AccessKind, string> = {
  fiber: 'FL-HGW-3000',
  dsl: 'FL-VDSL-2200',
  cable: 'FL-DOCSIS-3100',
};

export function firmwareModel(model: string | null | undefined): FirmwareModel | undefined {
  return FIRMWARE_CATALOGUE.find((m) => m.model === model);
}

/** The ISP's own DNS resolvers: what a correctly configured CPE uses. */
export const ISP_DNS_SERVERS = ['198.51.100.53', '198.51.100.54'] as const;
