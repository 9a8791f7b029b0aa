import { CONSENT_KEYS, type ConsentKey } from '../../domain/index.js';
import { TEST_NETWORK, type FakeWorld } from '../../diagnostics/testing/fakes.js';
import type { ActionContext } from '../types.js';

/** An ActionContext over a fake world: verified, with every consent, unless overridden. */
export function actionContext(w: FakeWorld, overrides: Partial<ActionContext> = {}): ActionContext {
  return {
    ticketId: 'ticket-1',
    actor: { kind: 'bot', id: null },
    customer: w.customer,
    service: w.service,
    deviceId: w.deviceId,
    verified: true,
    consents: new Set<ConsentKey>(CONSENT_KEYS),
    devices: w.devices,
    isp: w.isp,
    directory: w.directory,
    audit: w.audit,
    timeoutMs: 2_000,
    network: TEST_NETWORK,
    ...overrides,
  };
}
