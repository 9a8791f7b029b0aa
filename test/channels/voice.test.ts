import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import { openDatabase, type Db } from '../../src/storage/db.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { createChannelLinks } from '../../src/storage/channel-store.js';
import { voicePlugin } from '../../src/channels/voice/plugin.js';
import { createFakeDesk } from '../../src/channels/testing/fake-agent.js';

describe('voice webhook channel', () => {
  let app: FastifyInstance;
  let db: Db;
  const desk = createFakeDesk();

  beforeAll(async () => {
    db = openDatabase(':memory:');
    await migrateToLatest(db.db as never, db.engine);
    app = Fastify();
    await app.register(voicePlugin, {
      agent: desk.agent,
      tickets: desk.tickets,
      links: createChannelLinks(db.db as never),
      defaultLanguage: 'sv',
    });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const post = (url: string, form: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(form).toString(),
    });

  it('answers each posted transcript with TwiML Say + speech Gather in the caller language, on one ticket', async () => {
    const first = await post('/api/v1/voice/webhook', {
      CallSid: 'CA1',
      From: '+46701234567',
      SpeechResult: 'internet funkar inte',
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/text\/xml/);
    expect(first.body).toMatch(
      /<Gather input="dtmf speech" language="sv-SE"[^>]*action="\/api\/v1\/voice\/webhook"/,
    );
    expect(first.body).toMatch(/<Say language="sv-SE">Vad är ditt kundnummer\?<\/Say>/);
    await post('/api/v1/voice/webhook', { CallSid: 'CA1', SpeechResult: 'ett noll noll fyra åtta två' });
    const last = await post('/api/v1/voice/webhook', { CallSid: 'CA1', Digits: '4711#' });
    expect(desk.agent.messages.at(-1)!.text).toBe('4711');
    // The closing satisfaction question waits for one key; the call ends after it or on silence.
    expect(last.body).toMatch(
      /<Gather input="dtmf speech"[^>]*numDigits="1"[^>]*>.*Hur nöjd är du, 1–5\?.*<\/Gather><Say[^>]*>Tack för samtalet\. Hej då\.<\/Say><Hangup\/><\/Response>$/,
    );
    expect(new Set(desk.agent.messages.map((m) => m.ticketId)).size).toBe(1);
  });

  it('leaves the ticket pending with the transcript when the caller hangs up', async () => {
    await post('/api/v1/voice/webhook', { CallSid: 'CA2', SpeechResult: 'mitt wifi är borta' });
    const ticketId = desk.agent.messages.at(-1)!.ticketId;
    const res = await post('/api/v1/voice/status', { CallSid: 'CA2', CallStatus: 'completed' });
    expect(res.statusCode).toBe(204);
    const t = desk.ticketMap.get(ticketId)!;
    expect(t.status).toBe('pending_customer');
    expect(t.events.some((e) => e.type === 'note' && /hung up/.test(e.text))).toBe(true);
  });

  it('rejects a webhook without a call id or with non-keypad digits, and escapes hostile speech', async () => {
    expect((await post('/api/v1/voice/webhook', { SpeechResult: 'x' })).statusCode).toBe(400);
    expect((await post('/api/v1/voice/webhook', { CallSid: 'CA3', Digits: '12a' })).statusCode).toBe(400);
    const res = await post('/api/v1/voice/webhook', { CallSid: 'CA3', SpeechResult: '<Hangup/>]]>&' });
    expect(res.statusCode).toBe(200);
    expect(res.body.match(/<Hangup\/>/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});
