import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { createDesk } from '../../src/server/desk.js';
import { testDeskEnv } from '../helpers/desk-env.js';

// kill -9 between the acknowledgement of a message and its reply: the message is stored, the turn
// never ran. The next process must answer it, and a client's retry must not come back empty.

interface ChatMessage {
  id: string;
  role: string;
  text: string;
}

describe('a message acknowledged before a crash is answered after the restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const config = loadConfig({
    ...testDeskEnv(join(dir, 'desk.db')),
    DEMO: 'false',
    API_OPEN: 'true',
    RATE_LIMITS: 'false',
  });

  async function messages(url: string, id: string, token: string): Promise<ChatMessage[]> {
    const r = await fetch(`${url}/api/v1/chat/conversations/${id}/messages`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(r.status).toBe(200);
    return ((await r.json()) as { messages: ChatMessage[] }).messages;
  }

  it('answers it at start-up (after a dead holder’s lease) and answers a retry of another one', async () => {
    const first = await createDesk(config, { logger: false });
    const { url: url1 } = await first.start();
    const started = (await fetch(`${url1}/api/v1/chat/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ language: 'en' }),
    }).then((r) => r.json())) as { conversationId: string; token: string };
    const id = started.conversationId;
    // The process stores the message (the client gets its ack) and dies before the turn.
    const agent = first.services.caps.agent;
    const acked = await agent.acceptMessage(id, 'My internet stopped working this morning', {
      clientMessageId: 'c-1',
    });
    // …while holding the conversation's lease (on the ticket row), which nobody releases.
    const expires = new Date(Date.now() + 1500).toISOString();
    await first.services.repos.db
      .updateTable('tickets')
      .set({ turn_owner: 'dead-process:1', turn_until: expires })
      .where('id', '=', id)
      .execute();
    await first.stop();

    const second = await createDesk(config, { logger: false });
    const { url } = await second.start();
    try {
      let reply: ChatMessage | undefined;
      for (let i = 0; i < 100 && !reply; i++) {
        const all = await messages(url, id, started.token);
        const at = all.findIndex((m) => m.id === acked.messageId);
        reply = all.slice(at + 1).find((m) => m.role !== 'customer');
        if (!reply) await new Promise((r) => setTimeout(r, 200));
      }
      expect(reply?.text).toMatch(/customer number/i);

      // A second acknowledged-but-unanswered message, retried by the client with the same id.
      const again = await second.services.caps.agent.acceptMessage(id, '200101', { clientMessageId: 'c-2' });
      const retry = await fetch(`${url}/api/v1/chat/conversations/${id}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${started.token}` },
        body: JSON.stringify({ text: '200101', clientMessageId: 'c-2' }),
      });
      expect(retry.status).toBe(200);
      const body = (await retry.json()) as { messageId: string; replies: ChatMessage[] };
      expect(body.messageId).toBe(again.messageId);
      expect(body.replies.length).toBeGreaterThan(0);
      // Answered once: a second retry gets the same replies, not a second turn.
      const twice = (await fetch(`${url}/api/v1/chat/conversations/${id}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${started.token}` },
        body: JSON.stringify({ text: '200101', clientMessageId: 'c-2' }),
      }).then((r) => r.json())) as { replies: ChatMessage[] };
      expect(twice.replies.map((m) => m.id)).toEqual(body.replies.map((m) => m.id));
    } finally {
      await second.stop();
    }
  });
});
