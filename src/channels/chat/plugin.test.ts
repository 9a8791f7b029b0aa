import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectWs } from '../../../test/helpers/ws-client.js';
import { signPortalToken } from '../../agent/portal-session.js';
import { faultWorld, memoryDesk, type MemoryDesk } from '../../agent/testing/memory-desk.js';
import { installProblemHandlers } from '../../http/problem.js';
import { chatPlugin } from './plugin.js';

const SECRET = 'portal-test-secret';

let app: FastifyInstance;
let desk: MemoryDesk;
let base: string;

beforeEach(async () => {
  desk = memoryDesk({ world: faultWorld(['dns_misconfigured']) });
  desk.directory.add({ customerNumber: '100533', name: 'Ann Holm', pin: '9081', language: 'en' });
  app = Fastify();
  installProblemHandlers(app);
  await app.register(chatPlugin, { prefix: '/api/v1/chat', agent: desk.agent, portalSecret: SECRET });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  base = `127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});

afterEach(async () => {
  await app.close();
});

async function start(body: Record<string, unknown> = { language: 'en' }) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/chat/conversations', payload: body });
  expect(res.statusCode).toBe(201);
  return res.json() as {
    conversationId: string;
    ticketReference: string;
    token: string;
    messages: { id: string; role: string }[];
  };
}

function send(id: string, token: string, payload: unknown) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/chat/conversations/${id}/messages`,
    headers: { authorization: `Bearer ${token}` },
    payload: payload as Record<string, unknown>,
  });
}

describe('chat REST', () => {
  it('starts a conversation and runs a case to the end', async () => {
    const c = await start();
    expect(c.ticketReference).toMatch(/^T-\d{6}$/);
    expect(c.messages[0].role).toBe('agent');
    let r = await send(c.conversationId, c.token, { text: "some websites won't load but others work fine" });
    expect(r.statusCode).toBe(200);
    expect(r.json().replies.at(-1).askKey).toBe('identity.customer_number');
    await send(c.conversationId, c.token, { text: "it's 100533" });
    r = await send(c.conversationId, c.token, { text: '9081' });
    expect(r.json().replies.at(-1).askKey).toBe('consent.config_change');
    r = await send(c.conversationId, c.token, { text: 'yes please' });
    expect(r.json().replies.at(-1).askKey).toBe('resolution.confirm');
    r = await send(c.conversationId, c.token, { text: 'yes it works now' });
    const body = r.json();
    // The case is closed, but the closing asks for the score: the conversation has not ended yet.
    expect(body.replies.at(-1)).toMatchObject({ askKey: 'csat.score', final: true, role: 'agent' });
    expect(body.replies.at(-1).options).toEqual(['1', '2', '3', '4', '5']);
    expect(body.ended).toBe(false);
    expect(body.replies.at(-1).meta.turnMs).toBeGreaterThanOrEqual(0);
    const history = () =>
      app.inject({
        method: 'GET',
        url: `/api/v1/chat/conversations/${c.conversationId}/messages`,
        headers: { authorization: `Bearer ${c.token}` },
      });
    expect((await history()).json().ended).toBe(false);
    // A question before the score is answered; the score question stays open.
    r = await send(c.conversationId, c.token, { text: 'will it happen again?' });
    expect(r.json().replies.length).toBeGreaterThan(0);
    expect(r.json().ended).toBe(false);
    expect((await history()).json().ended).toBe(false);
    // The score is taken and thanked for: now the desk has nothing more to ask.
    r = await send(c.conversationId, c.token, { text: '4' });
    expect(r.json().ended).toBe(true);
    expect(r.json().replies.at(-1)).toMatchObject({ askKey: null, final: true });
    expect((await history()).json().ended).toBe(true);
    const csat = (await desk.tickets.timeline(c.conversationId)).filter((e) => e.type === 'csat');
    expect(csat).toMatchObject([{ score: 4 }]);
  });

  it('a score with a question beside it (Swedish): answered, recorded, and then the conversation has ended', async () => {
    const token = signPortalToken('100533', SECRET, 600);
    const c = await start({ language: 'sv', portalToken: token });
    await send(c.conversationId, c.token, { text: 'vissa sidor går inte att öppna' });
    await send(c.conversationId, c.token, { text: 'ja' });
    let r = await send(c.conversationId, c.token, { text: 'ja nu funkar det' });
    expect(r.json().replies.at(-1)).toMatchObject({ askKey: 'csat.score', final: true });
    expect(r.json().ended).toBe(false);
    // Free text at the score question: the score it opens with counts, the question is answered.
    r = await send(c.conversationId, c.token, { text: '5, kan det hända igen?' });
    const said = r
      .json()
      .replies.map((m: { text: string }) => m.text)
      .join('\n');
    expect(said).toContain('Tack för ditt omdöme!');
    expect(said.replace('Tack för ditt omdöme!', '').trim()).not.toBe('');
    expect(r.json().replies.at(-1)).toMatchObject({ askKey: null, final: true });
    expect(r.json().ended).toBe(true);
    const csat = (await desk.tickets.timeline(c.conversationId)).filter((e) => e.type === 'csat');
    expect(csat).toMatchObject([{ score: 5 }]);
  });

  it('does not process a clientMessageId twice', async () => {
    const c = await start();
    const a = await send(c.conversationId, c.token, { text: 'no internet at all', clientMessageId: 'm-1' });
    const b = await send(c.conversationId, c.token, { text: 'no internet at all', clientMessageId: 'm-1' });
    expect(b.json().messageId).toBe(a.json().messageId);
    expect(b.json().replies.map((m: { id: string }) => m.id)).toEqual(
      a.json().replies.map((m: { id: string }) => m.id),
    );
    const tl = await desk.tickets.timeline(c.conversationId);
    expect(tl.filter((e) => e.type === 'message_in')).toHaveLength(1);
  });

  it('lists messages after an id, customer messages included', async () => {
    const c = await start();
    const sent = await send(c.conversationId, c.token, { text: 'no internet at all' });
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/chat/conversations/${c.conversationId}/messages?after=${c.messages[0].id}`,
      headers: { authorization: `Bearer ${c.token}` },
    });
    const list = res.json().messages as { id: string; role: string }[];
    expect(list[0]).toMatchObject({ id: sent.json().messageId, role: 'customer' });
    expect(list.slice(1).every((m) => m.role === 'agent')).toBe(true);
    expect(res.json().ended).toBe(false);
  });

  it('refuses bad tokens, unknown conversations and bad bodies with problem+json', async () => {
    const c = await start();
    const bad = await send(c.conversationId, 'nope', { text: 'hi' });
    expect(bad.statusCode).toBe(401);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const none = await send('00000000-0000-0000-0000-000000000000', c.token, { text: 'hi' });
    expect(none.statusCode).toBe(404);
    const empty = await send(c.conversationId, c.token, { text: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].pointer).toBe('/text');
    const long = await send(c.conversationId, c.token, { text: 'x'.repeat(4001) });
    expect(long.statusCode).toBe(400);
    const malformed = await app.inject({
      method: 'POST',
      url: `/api/v1/chat/conversations/${c.conversationId}/messages`,
      headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
      payload: '{"text": ',
    });
    expect(malformed.statusCode).toBe(400);
    const huge = await app.inject({
      method: 'POST',
      url: `/api/v1/chat/conversations/${c.conversationId}/messages`,
      headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'y'.repeat(200_000) }),
    });
    expect(huge.statusCode).toBe(413);
  });

  it('a signed portal session starts verified; a forged one is refused', async () => {
    const token = signPortalToken('100533', SECRET, 600);
    const c = await start({ language: 'en', portalToken: token });
    const conv = await desk.agent.conversation(c.conversationId);
    expect(conv?.verification).toBe('verified');
    const r = await send(c.conversationId, c.token, {
      text: "some websites won't load but others work fine",
    });
    expect(r.json().replies.at(-1).askKey).toBe('consent.config_change');
    const forged = await app.inject({
      method: 'POST',
      url: '/api/v1/chat/conversations',
      payload: { portalToken: signPortalToken('100533', 'other-secret', 600) },
    });
    expect(forged.statusCode).toBe(401);
  });
});

describe('chat WebSocket', () => {
  it('acks, types, answers, pushes staff messages and resumes after reconnect', async () => {
    const c = await start();
    const ws = await connectWs(
      `ws://${base}/api/v1/chat/ws?conversationId=${c.conversationId}&token=${c.token}`,
    );
    ws.send({ type: 'message', text: 'no internet at all', clientMessageId: 'c1' });
    const ack = await ws.next((f) => f.type === 'ack');
    expect(ack.clientMessageId).toBe('c1');
    await ws.next((f) => f.type === 'typing');
    const msg = await ws.next((f) => f.type === 'message');
    expect((msg.message as { askKey: string }).askKey).toBe('identity.customer_number');

    ws.sendRaw('not json');
    expect((await ws.next((f) => f.type === 'error')).error).toMatch(/bad frame/);

    await desk.agent.takeOver(c.conversationId, 'staff-1');
    await desk.agent.staffReply(c.conversationId, 'staff-1', 'Hi, Lisa here from support.');
    const staff = await ws.next(
      (f) => f.type === 'message' && (f.message as { role: string }).role === 'staff',
    );
    expect((staff.message as { text: string }).text).toContain('Lisa');
    const lastSeen = (staff.message as { id: string }).id;
    ws.close();

    await desk.agent.staffReply(c.conversationId, 'staff-1', 'Are you still there?');
    const again = await connectWs(
      `ws://${base}/api/v1/chat/ws?conversationId=${c.conversationId}&token=${c.token}&after=${lastSeen}`,
    );
    const missed = await again.next((f) => f.type === 'message');
    expect((missed.message as { text: string }).text).toBe('Are you still there?');
    again.close();
  });

  it('says when the conversation has ended: not at the score question, after the score', async () => {
    const token = signPortalToken('100533', SECRET, 600);
    const c = await start({ language: 'en', portalToken: token });
    const ws = await connectWs(
      `ws://${base}/api/v1/chat/ws?conversationId=${c.conversationId}&token=${c.token}`,
    );
    const turn = async (text: string, clientMessageId: string) => {
      ws.send({ type: 'message', text, clientMessageId });
      await ws.next((f) => f.type === 'ack' && f.clientMessageId === clientMessageId);
      // The turn's replies, up to the one that asks or ends (final).
      for (;;) {
        const f = await ws.next((x) => x.type === 'message' || x.type === 'ended');
        if (f.type === 'ended') return f;
        const m = f.message as { askKey: string | null; final: boolean };
        if (m.final || m.askKey) return f;
      }
    };
    await turn("some websites won't load but others work fine", 'w1');
    await turn('yes please', 'w2');
    const closing = await turn('yes it works now', 'w3');
    expect((closing.message as { askKey: string }).askKey).toBe('csat.score');
    const thanks = await turn('3', 'w4');
    expect((thanks.message as { askKey: string | null }).askKey).toBeNull();
    // After the thanks the server says the conversation has ended; it never said so at the score question.
    await ws.next((f) => f.type === 'ended');
    expect(ws.frames.filter((f) => f.type === 'ended')).toHaveLength(1);
    ws.close();
  });

  it('closes a socket with a wrong token', async () => {
    const c = await start();
    const ws = await connectWs(`ws://${base}/api/v1/chat/ws?conversationId=${c.conversationId}&token=wrong`);
    expect((await ws.next((f) => f.type === 'error')).error).toBe('unauthorized');
    expect(await ws.closed()).toBe(4401);
  });
});
