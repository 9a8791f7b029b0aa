// Issue 14, session 10 fixer J: a QUESTION is never read as an answer. At "does it work now?" a question
// ("kan jag köpa det av er?", "do you sell extenders?") is answered and the question put again, however often
// it comes; whether we sell equipment is not how a mesh helps; a router the customer cannot move is never
// advised to be moved.
import { describe, expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function atConfirm(lang: 'en' | 'sv', constraint: string) {
  const c = await chat(lang, faultWorld(['wifi_weak_signal'], { canDo: ['step.move_closer'] }));
  await c.say(lang === 'sv' ? 'wifi:t är jättedåligt i sovrummet' : 'the wifi is terrible in the bedroom');
  await c.say('100482');
  await c.say('4711');
  await c.say(constraint);
  c.desk.world.performStep('step.move_closer' as never);
  const r = await c.say(lang === 'sv' ? 'klart' : 'done');
  expect(r).toMatch(lang === 'sv' ? /Fungerar det nu\?$/ : /work now\?$/i);
  return c;
}

const CASES = {
  sv: {
    constraint: 'routern sitter i hallen vid fiberboxen, kan inte flytta den. sovrummet är längst bort',
    remark: 'ja i hallen men jag vill ju kolla film i sängen?? vad gör jag åt sovrummet',
    questions: [
      'jag sa ju att jag inte kan flytta routern. säljer ni såna mesh grejer?',
      'ok men kan jag köpa det av er eller måste jag gå till elgiganten',
      'säljer ni mesh eller inte??',
      'ok men var köper man en sån',
    ],
    sales: /säljavdelning/,
    again: /Fungerar det nu\?$/,
  },
  en: {
    constraint:
      "the router is in the hallway by the fibre box, i can't move it. the bedroom is at the other end",
    remark: 'yes in the hall, but i want to watch films in bed?? what do i do about the bedroom',
    questions: [
      'i told you i cant move the router. do you sell those mesh things?',
      'ok but can i buy one from you or do i have to go to best buy',
      'do you sell mesh or not??',
      'ok so where can i buy one',
    ],
    sales: /sales team/,
    again: /work now\?$/i,
  },
} as const;

describe('questions at "does it work now?" are answered, never taken as "it works"', () => {
  for (const lang of ['sv', 'en'] as const)
    it(`${lang}: the router stays, and whether we sell mesh is for sales`, async () => {
      const k = CASES[lang];
      const c = await atConfirm(lang, k.constraint);
      const advice = await c.say(k.remark);
      expect(advice).not.toMatch(
        /Prova att flytta routern|Try moving the router|ställ routern|put the router/,
      );
      expect(advice).toMatch(/mesh/);
      expect(advice).toMatch(k.again);
      for (const q of k.questions) {
        const r = await c.say(q);
        expect(r).toMatch(k.sales);
        expect(r).not.toMatch(
          /Ja, det kan det|Yes, it can|Vad bra|Glad it|avslutat|closed|kollega svarar|colleague/,
        );
        expect(r).toMatch(k.again);
      }
      const [ticket] = (await c.desk.tickets.list({})).items;
      const timeline = await c.desk.tickets.timeline(ticket!.id);
      expect(timeline.length).toBeGreaterThan(0);
      expect(timeline.some((e) => e.type === 'resolution')).toBe(false);
    });
});

describe('a question at "when can a technician come?" is answered, never read as "no visit"', () => {
  const CASE = {
    sv: {
      opening: 'nätet tappar flera ggr per dag',
      question: 'nej vänta, behöver ni verkligen skicka nån? kan ni inte starta om den på distans bara',
      answer: /En omstart härifrån hjälper inte: fibersignalen/,
      again: /När passar det|När kan en tekniker/,
      declined: /Då bokar jag inget besök/,
    },
    en: {
      opening: 'my internet keeps dropping several times a day',
      question: 'wait, do you really need to send someone? cant you just restart it remotely',
      answer: /A restart from here would not help: the fibre signal/,
      again: /When would suit you|When can a technician/,
      declined: /I will not book a visit|no visit/i,
    },
  } as const;
  for (const lang of ['sv', 'en'] as const)
    it(`${lang}: why a restart would not do, then the time again`, async () => {
      const k = CASE[lang];
      const c = await chat(lang, faultWorld(['optical_power_low']));
      await c.say(k.opening);
      await c.say('100482');
      await c.say('4711');
      const r = await c.say(k.question);
      expect(r).toMatch(k.answer);
      expect(r).not.toMatch(k.declined);
      expect(r).toMatch(k.again);
    });
});
