// Round 24 (c4, b1): "will i lose my settings? i have port forwarding set up for my nas" was answered twice in
// one reply ("A software update keeps your settings…" and "No — a software update keeps your settings…"), and
// "why did it happen, did i do something?" twice too (whose side it is on, then why). Topics that answer one
// another (what a change keeps; the cause and whose side it is on) get one answer per reply.
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../domain/index.js';
import { converseIn } from './testing/converse.js';

/** The paragraphs before the question that closes the reply. */
const paragraphs = (reply: string) => reply.split(/\n+/).filter(Boolean).slice(0, -1);

async function atConsent(fault: FaultKind, lang: 'en' | 'sv', question: string) {
  const opening = lang === 'en' ? 'my internet is not working properly' : 'internet funkar inte som det ska';
  const r = await converseIn([fault], lang, [opening, '200115 pin 4711', question]);
  return r.last;
}

const KEPT = /settings|port ?forward|inställningar|portöppning|wifi-inställningar/i;
const CAUSE =
  /known fault|känt fel|nothing you did|inget du gjorde|inte något du gjort|software version|programvar/i;

/** What a change keeps, asked at its permission: per fault, the questions in each language. */
const KEPT_ASKED: Record<string, Partial<Record<'en' | 'sv', string[]>>> = {
  firmware_bug_drops: {
    en: [
      'will i lose my settings? i have port forwarding set up for my nas',
      'do i lose my port forwards?? or any of my other settings',
      'wil my setings be wiped? my port forwarding for the nas took ages to set up',
    ],
    sv: ['försvinner mina inställningar? har portöppning till min nas'],
  },
  ppp_auth_failure: {
    sv: ['vad betyder det? kommer mina inställningar försvinna? annars ja kör'],
    en: ['will my settings stay? and my port forwarding too?'],
  },
  cpe_hung: { sv: ['behåller jag mina inställningar? och portöppningarna?'] },
};
const keptAsked = Object.entries(KEPT_ASKED).flatMap(([fault, byLang]) =>
  Object.entries(byLang).flatMap(([lang, questions]) =>
    questions.map((q) => [fault as FaultKind, lang as 'en' | 'sv', q] as const),
  ),
);

describe('one answer per question in a reply', () => {
  it.each(keptAsked)('%s %s: "%s" — what stays is said once', async (fault, lang, question) => {
    const reply = await atConsent(fault, lang, question);
    const kept = paragraphs(reply).filter((p) => KEPT.test(p));
    expect(kept, reply).toHaveLength(1);
  });

  it.each([
    ['en', 'seems fine yeah. why did it happen in the first place tho, did i do something?'],
    ['en', 'did i do something wrong? why does it keep happening'],
    ['en', 'why did this happen, is it my fault?'],
    ['sv', 'varför hände det ens? har jag gjort nåt fel?'],
    ['sv', 'är det mitt fel? varför händer det?'],
  ] as const)('firmware %s: "%s" — the cause is said once', async (lang, question) => {
    const reply = await atConsent('firmware_bug_drops', lang, question);
    const cause = paragraphs(reply).filter((p) => CAUSE.test(p));
    expect(cause, reply).toHaveLength(1);
  });
});
