import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectWs } from '../helpers/ws-client.js';
import { SEED, hostileJson, hostileString, startFuzzDesk, wellFormed } from './fuzz-desk.js';

// WebSocket frames and connection parameters: garbage gets an error frame or a close, never a
// crash; the same socket still works for a real message afterwards.

function isCustomerMessage(raw: string): boolean {
  try {
    const f = JSON.parse(raw) as { type?: unknown; text?: unknown } | null;
    return f?.type === 'message' && typeof f.text === 'string' && f.text.trim().length > 0;
  } catch {
    return false;
  }
}

describe('WebSocket fuzz (seeded, bounded)', () => {
  let d: Awaited<ReturnType<typeof startFuzzDesk>>;
  beforeAll(async () => {
    d = await startFuzzDesk();
  });
  afterAll(async () => {
    await d?.stop();
  });

  const wsUrl = (q: string) => `${d.url.replace(/^http/, 'ws')}/api/v1/chat/ws?${q}`;

  it('random frames get an error frame and leave the conversation usable', async () => {
    const started = (await fetch(`${d.url}/api/v1/chat/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ language: 'en' }),
    }).then((r) => r.json())) as { conversationId: string; token: string };
    const ws = await connectWs(wsUrl(`conversationId=${started.conversationId}&token=${started.token}`));
    const frames = fc.sample(
      fc.oneof(
        hostileString,
        hostileJson.map((v) => JSON.stringify(v)),
        fc
          .record({
            type: fc.constantFrom('message', 'typing', 'ping', 'x'),
            text: fc.oneof(hostileString, fc.integer()),
          })
          .map((v) => JSON.stringify(v)),
      ),
      { seed: SEED, numRuns: 60 },
    );
    let errors = 0;
    for (const raw of frames) {
      // Only frames that are not a valid customer message: those would start real turns.
      if (isCustomerMessage(raw)) continue;
      ws.sendRaw(raw);
      const reply = await ws.next((f) => f.type === 'error');
      expect(typeof reply.error).toBe('string');
      errors += 1;
    }
    expect(errors).toBeGreaterThan(20);
    ws.send({ type: 'message', text: 'My internet is down', clientMessageId: 'after-fuzz' });
    expect((await ws.next((f) => f.type === 'ack')).clientMessageId).toBe('after-fuzz');
    expect((await ws.next((f) => f.type === 'message')).message).toBeTruthy();
    ws.close();
  });

  it('random connection parameters are refused with a close code, never a server error', async () => {
    const params = fc.sample(fc.tuple(hostileString, hostileString), { seed: SEED, numRuns: 25 });
    for (const [id, token] of params) {
      const q = new URLSearchParams({ conversationId: wellFormed(id), token: wellFormed(token) }).toString();
      const ws = await connectWs(wsUrl(q)).catch(() => null);
      if (!ws) continue;
      const code = await ws.closed();
      expect([4400, 4401, 4404]).toContain(code);
    }
    expect((await fetch(`${d.url}/healthz`)).status).toBe(200);
  });
});
