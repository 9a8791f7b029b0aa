// A desk for port-forward conversations: an identified customer (number and PIN answered) whose router
// lists the given devices in its host table (Device.Hosts.Host.{i}), and the reply to the PIN returned.
import pino from 'pino';
import type { DeviceService, ParameterValue } from '../../acs/device-service.js';
import type { Language } from '../../domain/index.js';
import type { LanHost } from '../../runbooks/port-forward-host.js';
import { createAgent } from '../agent.js';
import { faultWorld } from './memory-desk.js';
import {
  MemoryAttempts,
  MemoryAudit,
  MemoryDirectory,
  MemoryIncidents,
  MemoryTicketStore,
} from './memory-stores.js';

export const PORT_CUSTOMER = { customerNumber: '100482', name: 'Karin Lind', pin: '4711', deviceId: 'cpe-1' };

/** The host table as the router reports it. */
export function hostTable(hosts: LanHost[]): ParameterValue[] {
  const at = new Date().toISOString();
  return hosts.flatMap((h, i) => [
    { path: `Device.Hosts.Host.${i + 1}.HostName`, value: h.name, type: 'xsd:string', at },
    { path: `Device.Hosts.Host.${i + 1}.IPAddress`, value: h.ip, type: 'xsd:string', at },
    { path: `Device.Hosts.Host.${i + 1}.Active`, value: true, type: 'xsd:boolean', at },
  ]);
}

/** `hosts` is read each time the desk reads the table (a device may come on during the conversation). */
/** A TR-181 router that lists `hosts` in its host table; every parameter read is kept in `reads`. */
export function routerWithHosts(
  deviceId: string,
  hosts: () => LanHost[],
  reads: string[][] = [],
): DeviceService {
  return {
    findByService: async () => ({
      id: deviceId,
      serviceId: null,
      model: 'FL-HGW-3000',
      firmware: '2.1.0',
      lastInformAt: null,
      root: 'Device.',
    }),
    get: async () => null,
    getParameters: async (_id: string, paths: string[]) => {
      reads.push(paths);
      return paths.includes('Device.Hosts.Host.') ? hostTable(hosts()) : [];
    },
  } as unknown as DeviceService;
}

export async function portForwardDesk(
  language: Language,
  opening: string,
  hosts: () => LanHost[] = () => [],
  customer: { customerNumber: string; name: string; pin: string; deviceId: string } = PORT_CUSTOMER,
) {
  const world = faultWorld([]);
  const tickets = new MemoryTicketStore();
  const directory = new MemoryDirectory();
  directory.add(customer);
  const reads: string[][] = [];
  const devices = routerWithHosts(customer.deviceId, hosts, reads);
  const agent = createAgent({
    tickets,
    directory,
    incidents: new MemoryIncidents(),
    audit: new MemoryAudit(),
    devices,
    isp: {} as never,
    attempts: new MemoryAttempts(),
    log: pino({ level: 'silent' }),
    diagnostics: world.diagnostics,
    actions: world.actions,
    config: { engine: { verifyAttempts: 1, verifyDelayMs: 0 } },
  });
  const c = await agent.startConversation({ channel: 'chat', language });
  const send = (text: string) => agent.handleMessage(c.ticketId, text);
  await send(opening);
  await send(customer.customerNumber);
  const portAsk = await send(customer.pin);
  return { world, tickets, send, portAsk, reads, id: c.ticketId };
}
