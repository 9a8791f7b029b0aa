import type { Customer, Service } from '../domain/index.js';

// What the API shows of stored entities: never PIN hashes or encrypted secrets.

export function customerView(c: Customer) {
  const { pinHash, ...rest } = c;
  return { ...rest, hasPin: pinHash !== null };
}

export function serviceView(s: Service) {
  const { pppoePasswordEnc, ...rest } = s;
  return { ...rest, hasPppoePassword: pppoePasswordEnc !== null };
}
