// Role-play round 29: the desk repeated the same paragraph instead of answering the question asked — "do I
// need to flush the DNS cache?" got the definition of DNS three times (b #2), Swish and the amount got the same
// "I can't take a payment here" paragraph twice after "men det jag undrade var…" (a #1), the firmware question
// the same TV paragraph after "My question was: …" (a #3). An answer an earlier reply gave word for word is not
// the answer once the customer says it missed their question, nor a third time: the customer is told plainly
// that this is all the desk knows and who answers the rest. Also: a greeting or a thanks never gets "I can't
// answer that" (a #9, b #5), and a yes/no opener only answers a yes/no question ("No — …" to "is it the modem
// or the line?", "Nothing: …" to "will it kick my devices off?", "Ja – inget mer behövs" to "vad händer nu?").
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { asksSomething, fitOpener } from './answer-openers.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

// The first answer to the flush question (since f13 the flush answer itself, before it the definition of DNS):
// what must not be said again word for word once the customer says it missed.
const DEFINITION = /Usually not: your laptop forgets|Oftast inte: datorn glömmer/;
const SAID_BEFORE = /already told you everything|redan berättat allt/;

const dns: Record<Language, { opening: string; flush: string; missed: string; third: string; yes: string }> =
  {
    en: {
      opening: 'some sites will not load',
      flush: 'will I need to flush the DNS cache on my laptop afterwards?',
      missed: 'My question was: do I need to flush the DNS cache on the laptop?',
      third: 'ok and do I need to flush the DNS cache or not?',
      yes: 'yes',
    },
    sv: {
      opening: 'vissa sidor laddar inte',
      flush: 'behöver jag tömma dns-cachen på datorn efteråt?',
      missed: 'men min fråga var: behöver jag tömma dns-cachen på datorn?',
      third: 'ok och behöver jag tömma dns-cachen eller inte?',
      yes: 'ja',
    },
  };

async function atDnsQuestion(lang: Language) {
  const k = dns[lang];
  const c = await chat(lang, faultWorld(['dns_misconfigured']));
  await c.send(k.opening);
  await c.send(c.pin);
  const first = (await c.send(k.flush)).map((m) => m.text).join('\n');
  expect(first).toMatch(DEFINITION);
  await c.send(k.yes);
  return c;
}

describe('an answer said already is not the answer to a question it missed', () => {
  for (const lang of ['en', 'sv'] as const) {
    it(`${lang}: "my question was…" after the definition — not the definition again, and who answers`, async () => {
      const c = await atDnsQuestion(lang);
      const r = await c.send(dns[lang].missed);
      const said = r.map((m) => m.text).join('\n');
      expect(said).not.toMatch(DEFINITION);
      expect(said).toMatch(SAID_BEFORE);
      expect(said).toMatch(/person/);
      expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    });
    it(`${lang}: the same paragraph is never said a third time`, async () => {
      const c = await atDnsQuestion(lang);
      const second = await c.say(dns[lang].flush);
      expect(second).toMatch(DEFINITION);
      const third = await c.say(dns[lang].third);
      expect(third).not.toMatch(DEFINITION);
      expect(third).toMatch(SAID_BEFORE);
    });
  }
});

describe('a greeting or a thanks asks nothing', () => {
  for (const text of [
    'hej',
    'thanks',
    'tack så mycket, bra hjälp.',
    'ok då ringer jag er istället. hej',
    'ok bye',
  ])
    it(`"${text}"`, () => expect(asksSomething(text)).toBe(false));
  for (const text of [
    'hej, går det att betala med swish?',
    'I want to know if outages are common',
    'jag undrar om det kostar något',
  ])
    it(`"${text}" asks`, () => expect(asksSomething(text)).toBe(true));
});

describe('an answer opener fits the question asked', () => {
  const cases: [string, string, string][] = [
    [
      'No — the fault is before the router.',
      'Is it the modem or the line?',
      'The fault is before the router.',
    ],
    ['Nej – felet ligger före routern.', 'är det routern eller linjen?', 'Felet ligger före routern.'],
    [
      'Nothing: I change the setting from here.',
      'Will that kick my laptop and phones off the Wi-Fi?',
      'I change the setting from here.',
    ],
    [
      'Ingenting: jag ändrar inställningen härifrån.',
      'kommer mina enheter att kopplas bort?',
      'Jag ändrar inställningen härifrån.',
    ],
    ['Ja – inget mer behövs från dig.', 'vad händer nu?', 'Inget mer behövs från dig.'],
    ['Yes — nothing more is needed from you.', 'what happens now?', 'Nothing more is needed from you.'],
    // Kept: a yes/no question, a what-question, or nothing asked.
    ['No — the fault is before the router.', 'is it the router?', 'No — the fault is before the router.'],
    ['Ja – inget mer behövs från dig.', 'ska jag bara vänta?', 'Ja – inget mer behövs från dig.'],
    [
      'Nothing: I change the setting from here.',
      'what do I need to do?',
      'Nothing: I change the setting from here.',
    ],
    ['Nej – felet ligger före routern.', 'är det routern eller?', 'Nej – felet ligger före routern.'],
    ['Yes — it is.', 'ok thanks', 'Yes — it is.'],
    ['No — your settings stay.', 'will it mess up my wifi or port settings?', 'No — your settings stay.'],
    [
      'Nothing: I change it from here.',
      'yes do it. do i need to do anything afterwards?',
      'Nothing: I change it from here.',
    ],
    [
      'Yes — the PIN is safe here.',
      'Why do you need the PIN by the way, is this secure?',
      'Yes — the PIN is safe here.',
    ],
    [
      'Ja – PIN-koden är säker här.',
      'vad ska ni med koden till, är det tryggt?',
      'Ja – PIN-koden är säker här.',
    ],
    [
      'Nej – du behöver inte starta om den.',
      'ska jag starta om routern nu eller är det bra som det är?',
      'Nej – du behöver inte starta om den.',
    ],
    [
      'No — no need to restart it.',
      'should I restart it or is it fine as it is?',
      'No — no need to restart it.',
    ],
  ];
  for (const [paragraph, question, expected] of cases)
    it(`"${question}": ${expected}`, () => expect(fitOpener(paragraph, question)).toBe(expected));
});
