import {
  defaultModelFor,
  type AccessKind,
  type FirmwareModel,
  type NetworkProfile,
} from '../src/domain/index.js';
import { demoOperatorConfig } from '../src/operator/load.js';

// The simulated ISP's network (resolvers, router models) comes from the demo's operator file, the
// same file the desk runs the demo with, so the two always agree.

const demo = demoOperatorConfig();

export const SIM_NETWORK: NetworkProfile = {
  dnsServers: demo.network.dnsServers,
  ispHost: demo.network.ispHost,
  firmware: demo.firmware,
};
export const SIM_DNS_SERVERS: readonly string[] = demo.network.dnsServers;
export const SIM_FIRMWARE: readonly FirmwareModel[] = demo.firmware;

export function simModelFor(access: AccessKind): string {
  const m = defaultModelFor(SIM_FIRMWARE, access);
  if (!m) throw new Error(`the demo operator file has no router model for ${access}`);
  return m.model;
}
