// Round 23 (a8): "PERSON. now." at "May I set a new Wi-Fi password?" got the question again, and after the
// close "You are welcome!". A person word with nothing but urgency, politeness or punctuation around it, in
// any case and either language, is a request for a person, honoured the first time in any state.
import { describe, expect, it } from 'vitest';
import type { FaultKind, Language } from '../domain/index.js';
import { wantsHuman } from '../triage/signals.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const HUGO = { customerNumber: '200150', name: 'Hugo Nilsson', pin: '7813' };

const BARE = [
  'PERSON. now.',
  'person!!!',
  'Human pls',
  'a real person. NOW',
  'agent now please',
  'MÄNNISKA. nu.',
  'en riktig människa nu!!',
  'människa tack',
  'handläggare. direkt.',
];

describe('a bare request for a person is read as one', () => {
  for (const text of BARE) it(`"${text}"`, () => expect(wantsHuman(text)).toBe(true));
  for (const text of ['now', 'ok please', 'the person who set it up changed it', 'nu då?'])
    it(`"${text}" is not`, () => expect(wantsHuman(text)).toBe(false));
});

async function desk(fault: FaultKind, language: Language, opening: string) {
  const d = memoryDesk({ world: faultWorld([fault], { canDo: ['step.rejoin_wifi'] }) });
  const { ticketId, replies } = await identified(d, HUGO, language, opening);
  return { d, ticketId, replies };
}

const escalatedToAgents = async (d: ReturnType<typeof memoryDesk>) =>
  (await d.tickets.list({ limit: 10 })).items.some((t) => t.status === 'escalated' && t.queue === 'agents');

describe('honoured the first time, at a permission and after the close', () => {
  for (const [lang, opening, before, person] of [
    [
      'en',
      'hi forgot wifi pw. new phone cant join. can u just tell me what it is',
      'wait why not just tell me the old one?? dont wanna redo the tv and the printer',
      'PERSON. now.',
    ],
    ['en', 'forgot my wifi password', null, 'human pls'],
    ['sv', 'har glömt wifi-lösenordet', null, 'MÄNNISKA. nu.'],
    [
      'sv',
      'har glömt lösenordet till wifit',
      'varför kan du inte bara säga det gamla?',
      'en riktig person tack',
    ],
  ] as const)
    it(`${lang} at the key permission: "${person}"`, async () => {
      const { d, ticketId, replies } = await desk('wifi_password_forgotten', lang, opening);
      expect(replies.at(-1)?.askKey).toBe('consent.wifi_change');
      if (before) await d.agent.handleMessage(ticketId, before);
      const r = await d.agent.handleMessage(ticketId, person);
      expect(r.at(-1)?.askKey).not.toBe('consent.wifi_change');
      expect(await escalatedToAgents(d)).toBe(true);
      const actions = (await d.tickets.timeline(ticketId)).filter((e) => e.type === 'action_done');
      expect(actions).toEqual([]);
    });

  for (const [lang, person] of [
    ['en', 'PERSON. now.'],
    ['sv', 'människa!! nu'],
  ] as const)
    it(`${lang} after the close: "${person}" is no thanks`, async () => {
      const { d, ticketId } = await desk(
        'firmware_bug_drops',
        lang,
        lang === 'sv' ? 'internet tappar flera gånger om dagen' : 'my internet drops a few times a day',
      );
      await d.agent.handleMessage(ticketId, lang === 'sv' ? 'ja' : 'yes');
      await d.agent.handleMessage(ticketId, lang === 'sv' ? 'ja funkar' : 'yes works');
      expect((await d.tickets.get(ticketId))?.status).toBe('resolved');
      const r = await d.agent.handleMessage(ticketId, person);
      expect(r.map((x) => x.text).join(' ')).not.toMatch(/You are welcome|Varsågod|Tack för ditt omdöme/);
      expect(await escalatedToAgents(d)).toBe(true);
    });
});
