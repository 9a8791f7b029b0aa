import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, Service } from '../../src/domain/index.js';
import { loadConfig } from '../../src/server/config.js';
import { createDesk, type DeskOverrides } from '../../src/server/desk.js';
import { testDeskEnv } from '../helpers/desk-env.js';
import { freshSchema } from '../helpers/pg-schema.js';
import { startSink } from '../helpers/smtp-sink.js';

// The desk's background work on the job engine (in-process on SQLite, pg-boss on PostgreSQL): a
// conversation goes silent on one process that stops before the reminder is due, and the next process
// still sends it; queued mail is sent by the outbox job.

const PG = process.env.TEST_DATABASE_URL;
const dir = mkdtempSync(join(tmpdir(), 'frontline-silence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
const OUTAGE_SERVICE: Service = {
  id: '',
  customerId: 'c1',
  access: 'fiber',
  plan: { downMbps: 100, upMbps: 100 } as Service['plan'],
  areaCode: 'SE-JOB-1',
  accountStatus: 'active',
  pppoeUsername: null,
  pppoePasswordEnc: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};
const engines: {
  name: string;
  databaseUrl: () => Promise<{ databaseUrl: string; drop: () => Promise<void> }>;
}[] = [
  {
    name: 'SQLite',
    databaseUrl: async () => ({ databaseUrl: join(dir, `desk-${files++}.db`), drop: async () => undefined }),
  },
  ...(PG ? [{ name: 'PostgreSQL', databaseUrl: () => freshSchema(PG, 'silence') }] : []),
];

describe.each(engines)('desk jobs ($name)', ({ databaseUrl }) => {
  it(
    'a silence reminder scheduled before a restart is sent by the process that runs after it',
    { timeout: 60_000 },
    async () => {
      const target = await databaseUrl();
      const config = loadConfig({
        ...testDeskEnv(target.databaseUrl),
        DEMO: 'false',
        API_OPEN: 'true',
        RATE_LIMITS: 'false',
      });
      const quick: DeskOverrides = { logger: false, schedule: { silenceCheckMs: 300, pollSeconds: 0.5 } };
      try {
        // Before the restart nobody is reminded (the reminder is not due yet)…
        const first = await createDesk(config, { ...quick, agentConfig: { reminderAfterMs: 60 * 60_000 } });
        const { url: before } = await first.start();
        const chat = (await fetch(`${before}/api/v1/chat/conversations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ language: 'en' }),
        }).then((r) => r.json())) as { conversationId: string; token: string };
        const said = await fetch(`${before}/api/v1/chat/conversations/${chat.conversationId}/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${chat.token}` },
          body: JSON.stringify({ text: 'my internet is down completely' }),
        });
        expect(said.status).toBe(200);
        await first.stop();

        // …after it, the silence has lasted long enough.
        const second = await createDesk(config, { ...quick, agentConfig: { reminderAfterMs: 500 } });
        const { url } = await second.start();
        try {
          let texts: string[] = [];
          for (let i = 0; i < 100 && !texts.some((t) => /still there/i.test(t)); i++) {
            await new Promise((r) => setTimeout(r, 200));
            const listed = (await fetch(`${url}/api/v1/chat/conversations/${chat.conversationId}/messages`, {
              headers: { authorization: `Bearer ${chat.token}` },
            }).then((r) => r.json())) as { messages: { role: string; text: string }[] };
            texts = listed.messages.filter((m) => m.role !== 'customer').map((m) => m.text);
          }
          expect(texts.filter((t) => /still there/i.test(t))).toHaveLength(1);
        } finally {
          await second.stop();
        }
      } finally {
        await target.drop();
      }
    },
  );

  it('the outage job counts failing lines recorded before a restart', { timeout: 60_000 }, async () => {
    const target = await databaseUrl();
    const config = loadConfig({ ...testDeskEnv(target.databaseUrl), DEMO: 'false', API_OPEN: 'true' });
    const line = (id: string) => ({ ...OUTAGE_SERVICE, id });
    const down: Finding[] = [
      {
        code: 'line.fiber_los',
        severity: 'fault',
        evidence: { values: {}, source: 'test' },
        explanation: { sv: '', en: '' },
      },
    ];
    try {
      const quick: DeskOverrides = { logger: false, schedule: { outageCheckMs: 300, pollSeconds: 0.5 } };
      const first = await createDesk(config, quick);
      await first.start();
      for (const id of ['s1', 's2']) await first.services.caps.outages.observe(`t-${id}`, line(id), down);
      await first.stop();
      // The third line fails after the restart: the two before it still count.
      const second = await createDesk(config, quick);
      await second.start();
      try {
        await second.services.caps.outages.observe('t-s3', line('s3'), down);
        const subjects = async () =>
          (await second.services.repos.tickets.list({ limit: 50 })).items.map((t) => t.subject);
        for (let i = 0; i < 100 && !(await subjects()).some((s) => s?.startsWith('Possible outage')); i++)
          await new Promise((r) => setTimeout(r, 200));
        expect(await subjects()).toContain('Possible outage in SE-JOB-1: 3 lines down within 30 min');
      } finally {
        await second.stop();
      }
    } finally {
      await target.drop();
    }
  });

  it('the outbox job sends queued mail through the relay', { timeout: 60_000 }, async () => {
    const target = await databaseUrl();
    const sink = await startSink();
    const config = loadConfig({
      ...testDeskEnv(target.databaseUrl),
      DEMO: 'false',
      API_OPEN: 'true',
      SMTP_RELAY_URL: `smtp://127.0.0.1:${sink.port}`,
    });
    const desk = await createDesk(config, { logger: false, schedule: { outboxMs: 300, pollSeconds: 0.5 } });
    try {
      await desk.start();
      const messageId = '<desk-jobs-1@isp.example>';
      await desk.services.caps.emailStore.enqueue({
        ticketId: null,
        to: 'customer@example.se',
        subject: 'Your case',
        text: 'reply',
        html: '<p>reply</p>',
        messageId,
        inReplyTo: null,
        references: [],
        headers: {},
      });
      for (let i = 0; i < 100 && !sink.received.includes(messageId); i++)
        await new Promise((r) => setTimeout(r, 200));
      expect(sink.received).toEqual([messageId]);
    } finally {
      await desk.stop();
      await sink.close();
      await target.drop();
    }
  });
});
