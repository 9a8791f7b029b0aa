import Fastify, { type FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createAgent } from '../agent/agent.js';
import { consolePlugin } from './console-plugin.js';
import { staffAuthPlugin } from './plugin.js';
import { seedDemoStaff } from './seed.js';
import { createTestStaffAuth } from './testing/db.js';
import { createConsoleFixture } from './testing/fixture.js';
import { signIn } from './testing/session.js';

// Takeover and hand-back through the console with the real agent, which writes the timeline notes.

let app: FastifyInstance | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function consoleWithRealAgent() {
  const fx = await createConsoleFixture();
  const agent = createAgent({
    tickets: fx.tickets,
    directory: fx.directory,
    incidents: fx.incidents,
    audit: fx.audit,
    devices: fx.devices,
    isp: fx.deps.isp,
    attempts: { get: () => null, record: () => undefined },
    log: pino({ level: 'silent' }),
    sleep: async () => undefined,
  });
  const { auth } = await createTestStaffAuth();
  await seedDemoStaff(auth);
  app = Fastify();
  await app.register(staffAuthPlugin, { auth });
  await app.register(consolePlugin, { ...fx.deps, agent, auth });
  const a = app;
  const { post } = await signIn(a, 'agent');
  return { fx, agent, post };
}

describe('console takeover with the real agent', () => {
  it('writes one note for a takeover and one for the hand-back', async () => {
    const { fx, agent, post } = await consoleWithRealAgent();
    const { ticketId: id } = await agent.startConversation({ channel: 'chat', language: 'sv' });
    const notesBefore = (await fx.tickets.timeline(id)).filter((e) => e.type === 'note').length;

    expect((await post(`/api/v1/console/tickets/${id}/takeover`)).json()).toEqual({ takenOverBy: 'agent' });
    expect((await fx.tickets.get(id))!.assignee).toBe('agent');
    expect((await post(`/api/v1/console/tickets/${id}/takeover`, { release: true })).json()).toEqual({
      takenOverBy: null,
    });

    const notes = (await fx.tickets.timeline(id)).filter((e) => e.type === 'note').slice(notesBefore);
    expect(notes.map((n) => n.type === 'note' && n.text)).toEqual([
      'agent took over the conversation',
      'conversation handed back to the automated agent',
    ]);
  });
});
