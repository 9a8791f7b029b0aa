import { DeviceError, type DeviceSummary, type ParamValue } from '../acs/device-service.js';
import { P, type Customer, type Incident, type Service, type Ticket } from '../domain/index.js';
import type { LineStatus } from '../isp/ports.js';
import type { FastifyBaseLogger } from 'fastify';
import { loggedFallback } from '../http/reply.js';
import type { ConsoleDeps } from './console-deps.js';

export interface RouterStatus {
  online: boolean;
  error: string | null;
  params: Record<string, ParamValue>;
  readAt: string | null;
}

export interface Customer360 {
  customer: Pick<Customer, 'id' | 'customerNumber' | 'name' | 'language' | 'segment' | 'contacts'>;
  services: Pick<Service, 'id' | 'access' | 'plan' | 'areaCode' | 'accountStatus' | 'pppoeUsername'>[];
  service: Pick<Service, 'id' | 'access' | 'plan' | 'areaCode' | 'accountStatus' | 'pppoeUsername'> | null;
  device: DeviceSummary | null;
  router: RouterStatus | null;
  line: LineStatus | { error: string } | null;
  recentTickets: Pick<Ticket, 'id' | 'reference' | 'status' | 'intent' | 'subject' | 'createdAt' | 'queue'>[];
  incidents: Incident[];
}

function routerPaths(access: Service['access'] | undefined): string[] {
  const common = [
    P.modelName,
    P.softwareVersion,
    P.uptime,
    P.hardwareStatus,
    P.pppStatus,
    P.pppLastError,
    P.wanIp,
    P.dnsServer(1),
    P.dnsServer(2),
    P.radioEnable(1),
    P.radioEnable(2),
    P.radioChannel(1),
    P.radioChannel(2),
    P.ssid(1),
    P.ssid(2),
    P.apClientCount(1),
    P.apClientCount(2),
  ];
  const line =
    access === 'fiber'
      ? [P.opticalRx]
      : access === 'dsl'
        ? [P.dslSnrDown, P.dslAttenuationDown]
        : access === 'cable'
          ? [P.docsisDsPower, P.docsisDsSnr]
          : [];
  return [...common, ...line];
}

const pick = (s: Service) => ({
  id: s.id,
  access: s.access,
  plan: s.plan,
  areaCode: s.areaCode,
  accountStatus: s.accountStatus,
  pppoeUsername: s.pppoeUsername,
});

async function safely<T>(p: Promise<T>): Promise<T | { error: string }> {
  try {
    return await p;
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Everything a staff member wants to see about the ticket's customer, read live where it matters. */
export async function buildCustomer360(
  deps: ConsoleDeps,
  ticket: Ticket,
  log: Pick<FastifyBaseLogger, 'warn'>,
): Promise<Customer360 | null> {
  if (!ticket.customerId) return null;
  const customer = await deps.directory.byId(ticket.customerId);
  if (!customer) return null;
  const services = await deps.directory.services(customer.id);
  const service = services.find((s) => s.id === ticket.serviceId) ?? services[0] ?? null;

  const [device, line, recent, incidents] = await Promise.all([
    service
      ? deps.devices
          .findByService(service.id)
          .catch(loggedFallback(log, { ticketId: ticket.id }, 'finding the router', null))
      : Promise.resolve(null),
    service ? safely(deps.isp.access.lineStatus(service.id, service.access)) : Promise.resolve(null),
    deps.tickets.list({ customerId: customer.id, limit: 10 }).then((r) => r.items),
    service
      ? deps.incidents
          .openInArea(service.areaCode)
          .catch(loggedFallback(log, { ticketId: ticket.id }, 'reading open incidents', [] as Incident[]))
      : Promise.resolve([]),
  ]);

  let router: RouterStatus | null = null;
  if (device) {
    try {
      const values = await deps.devices.getParameters(device.id, routerPaths(service?.access), {
        maxAgeMs: deps.deviceMaxAgeMs ?? 60_000,
        timeoutMs: 8_000,
      });
      router = {
        online: true,
        error: null,
        params: Object.fromEntries(values.map((v) => [v.path, v.value])),
        readAt:
          values
            .map((v) => v.at)
            .sort()
            .at(-1) ?? null,
      };
    } catch (e) {
      router = {
        online: false,
        error: e instanceof DeviceError ? e.kind : 'error',
        params: {},
        readAt: null,
      };
    }
  }

  return {
    customer: {
      id: customer.id,
      customerNumber: customer.customerNumber,
      name: customer.name,
      language: customer.language,
      segment: customer.segment,
      contacts: customer.contacts,
    },
    services: services.map(pick),
    service: service ? pick(service) : null,
    device,
    router,
    line,
    recentTickets: recent.map((t) => ({
      id: t.id,
      reference: t.reference,
      status: t.status,
      intent: t.intent,
      subject: t.subject,
      createdAt: t.createdAt,
      queue: t.queue,
    })),
    incidents,
  };
}
