// The customer's context in a conversation: the customer and service it is about (read once per
// turn), a customer attached once identified, and the runbook engine's view of both.
import type { Customer, Service } from '../domain/index.js';
import type { EngineContext, EngineOutput } from '../runbooks/engine.js';
import type { DeskPorts } from '../tickets/desk-ports.js';
import type { ConversationState } from './conversation-state.js';
import { confirmMessage } from './request-closing.js';
import { withoutEchoes } from './echoes.js';
import type { Turn } from './turn.js';

/** The customer and service of a conversation (either may be unknown). */
export interface CustomerContext {
  customer: Customer | null;
  service: Service | null;
}

export function createCustomerContext(directory: DeskPorts['directory']) {
  // A turn asks for the customer and service several times (diagnosis, escalation, summary): read once
  // per conversation state, which is loaded anew each turn, and again only when the ids change.
  const contexts = new WeakMap<ConversationState, { key: string; value: Promise<CustomerContext> }>();
  function customerContext(conv: ConversationState): Promise<CustomerContext> {
    const key = `${conv.customerId ?? ''}|${conv.serviceId ?? ''}`;
    const hit = contexts.get(conv);
    if (hit?.key === key) return hit.value;
    const value = readContext(conv);
    contexts.set(conv, { key, value });
    return value;
  }
  // The two reads are independent: both in flight at once, so a turn waits one round trip for them.
  async function readContext(conv: ConversationState): Promise<CustomerContext> {
    const [customer, service] = await Promise.all([
      conv.customerId ? directory.byId(conv.customerId) : null,
      conv.serviceId ? directory.service(conv.serviceId) : null,
    ]);
    return { customer, service };
  }

  async function attachCustomer(conv: ConversationState, customer: Customer) {
    conv.customerId = customer.id;
    const services = await directory.services(customer.id);
    const service: Service | undefined = services[0];
    conv.serviceId = service?.id ?? null;
    conv.deviceId = null;
    if (service) {
      // One query: the router the ACS saw last for the service, else the inventory's.
      const [router] = await directory.devicesOfService(service.id).catch(() => []);
      conv.deviceId = router?.id ?? null;
    }
  }

  return { customerContext, attachCustomer };
}

export function engineCtx(
  ticketId: string,
  conv: ConversationState,
  customer: Customer | null,
  service: Service | null,
): EngineContext {
  return {
    ticketId,
    customer,
    service,
    deviceId: conv.deviceId,
    verified: conv.verification === 'verified',
    language: conv.language,
  };
}

export function renderEngine(turn: Turn, out: EngineOutput) {
  for (const s of withoutEchoes(out.says)) turn.sayEngine(s);
  turn.deviceWaitMs += out.deviceWaitMs;
  turn.secrets.push(...out.secrets);
  if (out.ask) turn.ask(out.ask.key, out.ask.message ?? confirmMessage(out), out.ask.params);
}
