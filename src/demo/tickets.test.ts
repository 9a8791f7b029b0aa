// The demo's first start plays a few conversations so the console has tickets. Playing the cpe_hung
// customer restarted that router, so whoever tried the demo's hung router afterwards (role-play round 19,
// c1) found it healthy while the scenario harness's world still shows the hang. A played fault is put
// back afterwards: the demo's routers show their faults as the harness's do.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { applyDemoIsp, generateDemoIsp, SimIsp } from '../../sim/index.js';
import type { Agent } from '../server/capabilities.js';
import type { Repositories } from '../storage/repositories.js';
import { seedDemoConversations } from './tickets.js';

describe('demo conversations played at the first start', () => {
  it('leave every played fault in place for the next person who tries it', async () => {
    const sim = new SimIsp({ acsUrl: 'http://127.0.0.1:9/' });
    const demo = generateDemoIsp({});
    applyDemoIsp(sim, demo, true);
    const played = demo.subscribers.filter((s) => s.faults.length && s.trySay);
    const hung = played.find((s) => s.faults.some((f) => f.kind === 'cpe_hung'))!;
    expect(sim.activeFaults(hung.customerNumber)).toContain('cpe_hung');
    // The agent's remote restart (or the customer's step) clears what it played.
    let current = '';
    const agent = {
      startConversation: async (o: { portalCustomerNumber?: string }) => {
        current = o.portalCustomerNumber ?? '';
        return { ticketId: current };
      },
      handleMessage: async () => {
        const h = sim.inspect(current);
        h.hung = false;
        return [{ text: 'fixed', askKey: null, final: true }];
      },
    } as unknown as Agent;
    const repos = { tickets: { list: async () => ({ items: [] }) } } as unknown as Repositories;
    await seedDemoConversations({ agent, repos, sim, demo, log: pino({ level: 'silent' }) });
    expect(sim.activeFaults(hung.customerNumber)).toContain('cpe_hung');
  });
});
