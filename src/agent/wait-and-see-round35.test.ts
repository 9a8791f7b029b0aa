// Round 35 a#4: "Seems fine for now yes. We'll see if it holds until tomorrow." at "does it work now?" after a
// firmware update was read as "what if it happens again?": the reply said "write here with your reference" twice
// and asked "Does it work now?" again. A yes with a wait-and-see is a yes: the case closes, and how to come
// back is said once.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { readOpenConfirm } from '../triage/confirm-open.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const ASKED_AGAIN = /Does it work now\?|Fungerar det nu\?/;

async function atConfirm(lang: Language) {
  const c = await chat(lang, faultWorld(['firmware_bug_drops']));
  await untilAsked(
    c,
    'resolution.confirm',
    `${c.pin}. ${lang === 'sv' ? 'nätet tappar några gånger om dagen' : 'my connection drops a few times a day'}`,
  );
  return c;
}

describe('a yes with a wait-and-see closes the case, how to come back said once', () => {
  it.each([
    ['en', "Seems fine for now yes. We'll see if it holds until tomorrow."],
    ['en', 'looks good so far, time will tell'],
    ['en', 'yes working now. lets see how it goes tonight'],
    ['en', 'seems ok for now, we will see if it lasts'],
    ['sv', 'verkar funka nu ja. får se om det håller till imorgon'],
    ['sv', 'ser bra ut än så länge, vi får se'],
    ['sv', 'ja funkar nu, får se hur det går ikväll'],
  ] as const)('%s: "%s"', async (lang, text) => {
    expect(readOpenConfirm(text)).toBe('for_now');
    const c = await atConfirm(lang);
    const said = await c.say(text);
    const ticket = await c.desk.tickets.get(c.ticketId);
    expect(ticket?.status).toBe('resolved');
    expect(said).not.toMatch(ASKED_AGAIN);
    expect(said.match(/write here|skriv här|skriver du här/gi)?.length).toBe(1);
  });
});

describe('near misses keep their reading', () => {
  it.each([
    ['what if it drops again tomorrow?', 'if_again'],
    ['ok but what if it stops again tonight?', 'if_again'],
    ['we will see', null],
    ['vi får se', null],
  ] as const)('"%s" → %s', (text, kind) => {
    expect(readOpenConfirm(text)).toBe(kind);
  });
});
