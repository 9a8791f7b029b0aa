// The optional open answerer (a model behind an OpenAI-compatible endpoint, here a fake one on loopback):
// a question none of the desk's texts answers gets the model's screened text instead of "I can't answer that
// from here"; a text that claims an action, a failing or slow endpoint, or no endpoint leaves the desk's own words.
import { afterEach, describe, expect, it } from 'vitest';
import { openAiCompatibleAnswers } from '../llm/openai-compatible.js';
import { completion, fakeEndpoint, type FakeEndpoint } from '../llm/testing/fake-endpoint.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

interface SentBody {
  messages: { role: string; content: string }[];
  model: string;
}

/** A fake model whose every answer `reply` decides; what it was sent is read with `sent`. */
function fakeModel(
  reply: () => { status?: number; content?: string; delayMs?: number },
): Promise<FakeEndpoint> {
  return fakeEndpoint(() => {
    const r = reply();
    return { status: r.status, delayMs: r.delayMs, body: completion(r.content ?? '') };
  });
}
const sent = (f: FakeEndpoint): SentBody[] => f.received.map((r) => JSON.parse(r.body) as SentBody);

let fake: FakeEndpoint | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

const NETFLIX = {
  en: 'how does Netflix decide the picture quality?',
  sv: 'hur bestämmer Netflix bildkvaliteten?',
};
const ANSWER = {
  en: 'Netflix picks the picture quality from the speed it measures while you watch, so a weak Wi-Fi signal can lower it.',
  sv: 'Netflix väljer bildkvalitet efter den hastighet den mäter medan du tittar, så en svag wifi-signal kan sänka den.',
};

/** A portal chat whose router restart fixed the case and which was scored; then the question. */
async function afterClose(language: 'en' | 'sv', url: string | null, timeoutMs = 3000) {
  const openAnswers = url ? openAiCompatibleAnswers({ baseUrl: url, model: 'fake-1', timeoutMs }) : undefined;
  const c = await chat(language, faultWorld(['cpe_hung']), undefined, { portal: true, openAnswers });
  await untilAsked(c, 'consent.reboot', language === 'en' ? 'my internet is down' : 'internet funkar inte');
  await c.send(c.yes);
  await c.send(language === 'en' ? 'yes it works' : 'ja det funkar');
  await c.send('5');
  return c;
}

/** The internal notes on the conversation's case. */
async function notes(c: Awaited<ReturnType<typeof chat>>): Promise<string> {
  const tl = await c.desk.tickets.timeline(c.ticketId);
  return tl.flatMap((e) => (e.type === 'note' ? [e.text] : [])).join('\n');
}

describe('open answers', () => {
  for (const language of ['en', 'sv'] as const) {
    it(`says the model's screened answer instead of "can't answer" (${language})`, async () => {
      fake = await fakeModel(() => ({ content: `**${ANSWER[language]}**` }));
      const c = await afterClose(language, fake.url);
      const said = await c.say(NETFLIX[language]);
      expect(said).toContain(ANSWER[language]);
      expect(said).not.toMatch(/can’t answer|kan jag inte svara/);
      // The model got the question in the conversation's language, with the conversation before it.
      const body = sent(fake).at(-1);
      expect(body?.model).toBe('fake-1');
      expect(body?.messages[0]?.content).toContain(language === 'en' ? 'English' : 'Swedish');
      expect(body?.messages[1]?.content).toContain(NETFLIX[language]);
      expect(body?.messages[1]?.content).toMatch(/Desk: /);
      // Noted for quality review on the case.
      expect(await notes(c)).toMatch(/Answered by the language model \(fake-1\)/);
    });
  }

  it('keeps its own words when the model claims an action, and notes why', async () => {
    fake = await fakeModel(() => ({ content: 'I have reset your router and you will get a refund.' }));
    const c = await afterClose('en', fake.url);
    const said = await c.say(NETFLIX.en);
    expect(said).toMatch(/can’t answer from here/);
    expect(said).not.toMatch(/refund/);
    expect(await notes(c)).toMatch(/was not used: claims action/);
  });

  it('keeps its own words when the model declines, fails or is too slow', async () => {
    for (const reply of [{ content: 'UNKNOWN' }, { status: 500 }, { content: ANSWER.en, delayMs: 1500 }]) {
      fake = await fakeModel(() => reply);
      const c = await afterClose('en', fake.url, 400);
      expect(await c.say(NETFLIX.en)).toMatch(/can’t answer from here/);
      await fake.close();
      fake = null;
    }
  });

  it('is not asked what the desk answers itself, nor without a question', async () => {
    fake = await fakeModel(() => ({ content: ANSWER.en }));
    const c = await afterClose('en', fake.url);
    await c.say('thanks, bye');
    await c.say('why do you need to restart the router?');
    expect(fake.received).toHaveLength(0);
  });

  it('never sends the PIN or the customer number to the model', async () => {
    fake = await fakeModel(() => ({ content: ANSWER.en }));
    const c = await afterClose('en', fake.url);
    await c.say('my number is 100482 and pin 4711, how does Netflix decide the picture quality?');
    expect(fake.received).toHaveLength(1);
    const wire = JSON.stringify(sent(fake));
    expect(wire).not.toContain('4711');
    expect(wire).not.toContain('100482');
  });

  it('without an endpoint, says it cannot answer that from here', async () => {
    const c = await afterClose('en', null);
    expect(await c.say(NETFLIX.en)).toMatch(/can’t answer from here/);
  });
});
