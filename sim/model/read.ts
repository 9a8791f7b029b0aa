// Reading a parameter's stored value from inside the model. The template's getters and the health
// rules need it, but the data model (tree.ts) is built from the template: the tree installs its
// reader here when it loads, so neither side imports the other.
import type { Home } from '../world/home.js';
import type { Val } from './types.js';

type Reader = (h: Home, path: string) => Val;
let reader: Reader | null = null;

export function installReader(read: Reader): void {
  reader = read;
}

/** The stored value, including write-only secrets (for the simulation itself, never for the ACS). */
export function readRaw(h: Home, path: string): Val {
  if (!reader) throw new Error('the data model (sim/model/tree.ts) is not loaded');
  return reader(h, path);
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
export const isIpv4 = (s: string) => IPV4.test(s);
