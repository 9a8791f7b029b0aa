import type { EventEmitter } from 'node:events';
import { Counter, type Registry } from 'prom-client';

// Prometheus counters for what the ACS refuses in bulk, so that a flood shows on a dashboard and
// not only in the log: routers that should have been held but were not recorded (list full,
// too many from one address), and requests refused for repeated invalid credentials.

export function registerAcsMetrics(events: EventEmitter, registry: Registry): void {
  const notHeld = new Counter({
    name: 'frontline_acs_held_refused_total',
    help: 'Routers to hold for approval that were not recorded, by reason (full, address-limit)',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const limited = new Counter({
    name: 'frontline_acs_auth_limited_total',
    help: 'CWMP requests refused unread (429) after repeated invalid credentials from their address',
    registers: [registry],
  });
  events.on('heldRefused', (e: { reason: string }) => notHeld.inc({ reason: e.reason }));
  events.on('authLimited', () => limited.inc());
}
