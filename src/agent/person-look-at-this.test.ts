// Role-play round 32 c5 (v2-rp32c-speed-line-en-1): "Can a person look at this please." at the restart step got
// the same step again; only "I want to talk to a person" was heard. A person named to look at the case ("can a
// person look at this", "I'd like someone to look at it", "kan en människa kolla på det här") is a request for a
// person, honoured the first time; "can you look at this" asks the desk itself and is none.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { wantsHuman } from '../triage/signals.js';
import { identified, faultWorld, memoryDesk } from './testing/memory-desk.js';

const HUGO = { customerNumber: '200150', name: 'Hugo Nilsson', pin: '7813' };

const ASKS = [
  'Can a person look at this please.',
  "I wrote in my very first e-mail that I've already restarted it twice. Can a person look at this please.",
  "I'd like someone to look at it",
  'could somebody have a look at this?',
  'can someone take a look at my connection please',
  'kan en människa kolla på det här',
  'kan någon titta på det här?',
  'jag vill att en människa tittar på det',
  'kan nån av er kolla på mitt ärende',
];
const NOT = [
  'can you look at this?',
  'could you have a look at my line',
  'kan du kolla på det här?',
  'kan ni titta på det här',
  'har någon tittat på det?',
  'will someone look at my case soon?',
];

describe('a person asked to look at the case', () => {
  for (const text of ASKS) it(`"${text}" asks for a person`, () => expect(wantsHuman(text)).toBe(true));
  for (const text of NOT) it(`"${text}" does not`, () => expect(wantsHuman(text)).toBe(false));
});

async function atPermission(language: Language, message: string) {
  const d = memoryDesk({ world: faultWorld(['wifi_password_forgotten']) });
  const { ticketId, replies } = await identified(
    d,
    HUGO,
    language,
    language === 'sv' ? 'har glömt lösenordet till wifit' : 'forgot my wifi password',
  );
  expect(replies.at(-1)?.askKey).toBe('consent.wifi_change');
  const r = await d.agent.handleMessage(ticketId, message);
  const ticket = await d.tickets.get(ticketId);
  return { r, ticket };
}

describe('honoured the first time, in a conversation', () => {
  for (const [lang, text] of [
    ['en', 'Can a person look at this please'],
    ['en', "I'd like someone to look at it"],
    ['sv', 'kan en människa kolla på det här'],
    ['sv', 'jag vill att någon tittar på det här'],
  ] as const)
    it(`${lang}: "${text}" hands the case to a person`, async () => {
      const { r, ticket } = await atPermission(lang, text);
      expect(r.at(-1)?.askKey).not.toBe('consent.wifi_change');
      expect(ticket?.status).toBe('escalated');
    });

  for (const [lang, text] of [
    ['en', 'can you look at this first?'],
    ['sv', 'kan du kolla på det här först?'],
  ] as const)
    it(`${lang}: "${text}" is no person request`, async () => {
      const { ticket } = await atPermission(lang, text);
      expect(ticket?.status).not.toBe('escalated');
    });
});
