// Round 25 (c10, en, invoice; c1, sv, billing_suspended) after a billing handoff:
// - "ok but can you at least tell me if i have to pay it before they call me?" was put on the case as "would
//   rather be called": the team's call named inside a question about something else is no wish how to be reached;
// - "i didnt say i want to be called?? just email is fine" got no apology, the note stayed, and the reply ended
//   "Your other question I have put on case …" (there was none): a correction of the way of contact is noted on
//   the case and said so ("email is fine" is the preference), never a question for the team;
// - "va?? jag betalade den för en vecka sen! … kan ni inte bara slå på det igen" ended "Din andra fråga har jag
//   lagt i ärende …", promised "svarar dig här inom 4 timmar" three times and noted "va??" for the team: an
//   interjection is no question, and the promise is said once per reply.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const INVOICE: Record<Language, string> = {
  en: 'my last invoice is 100 kr higher than usual and I didnt change anything. why?',
  sv: 'min senaste faktura är 100 kr högre än vanligt och jag har inte ändrat något. varför?',
};
const OTHER_QUESTION = /other question|andra fråga/;
const PREFERS_CALL = /would rather be called|hellre blir uppringd/;

async function billingCase(lang: Language) {
  const c = await chat(lang, faultWorld([]));
  await c.say(`${c.pin}. ${INVOICE[lang]}`);
  expect((await c.cases()).first?.queue).toBe('billing');
  const notes = async () =>
    (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
  return { ...c, notes };
}

describe('the team’s call named inside a question is no wish to be called', () => {
  it.each([
    ['en', 'ok but can you at least tell me if i have to pay it before they call me? its due friday'],
    ['en', 'do i need to pay before someone calls me back?'],
    ['en', 'should i pay it now or wait until they have called me?'],
    ['sv', 'måste jag betala innan de ringer mig? den förfaller på fredag'],
    ['sv', 'kan jag vänta med att betala tills de har ringt mig?'],
  ] as [Language, string][])('%s: "%s"', async (lang, asked) => {
    const c = await billingCase(lang);
    const said = await c.say(asked);
    expect(said).not.toMatch(PREFERS_CALL);
    expect(said).toMatch(/wait with paying|vänta med att betala/);
    expect(said).not.toMatch(OTHER_QUESTION);
    expect((await c.notes()).some((n) => n.includes('would rather be contacted'))).toBe(false);
  });

  it.each([
    ['en', 'can someone call me about it instead?'],
    ['sv', 'kan ni ringa mig om det istället?'],
  ] as [Language, string][])('%s: "%s" is still a wish', async (lang, asked) => {
    const c = await billingCase(lang);
    expect(await c.say(asked)).toMatch(PREFERS_CALL);
    expect((await c.notes()).some((n) => n.includes('would rather be contacted by phone call'))).toBe(true);
  });
});

describe('a way of contact the customer corrects', () => {
  it.each([
    ['en', 'i didnt say i want to be called?? just email is fine. whatever', /Sorry, my mistake/, /e-mail/],
    ['en', 'I never asked for a call. email is fine', /Sorry, my mistake/, /e-mail/],
    ['en', 'no dont call me, email me instead', /Sorry, my mistake/, /e-mail/],
    ['sv', 'jag har inte bett om att bli uppringd! mejl går bra', /Förlåt, mitt misstag/, /mejl/],
    ['sv', 'jag sa inte att ni skulle ringa?? mejla mig istället', /Förlåt, mitt misstag/, /mejl/],
  ] as [Language, string, RegExp, RegExp][])(
    '%s: "%s" after a call was noted',
    async (lang, correction, sorry, way) => {
      const c = await billingCase(lang);
      await c.say(
        lang === 'en' ? 'can someone call me about it instead?' : 'kan ni ringa mig om det istället?',
      );
      const said = await c.say(correction);
      expect(said).toMatch(sorry);
      expect(said).toMatch(way);
      expect(said).not.toMatch(OTHER_QUESTION);
      const notes = await c.notes();
      expect(
        notes.some((n) =>
          n.startsWith('correction: the customer does not want to be contacted by phone call'),
        ),
      ).toBe(true);
      expect(notes.some((n) => n.includes('would rather be contacted by e-mail'))).toBe(true);
      expect(notes.some((n) => n.includes('for the team to answer'))).toBe(false);
    },
  );

  it('the tester’s two messages: no call noted, the refusal noted without a false apology', async () => {
    const c = await billingCase('en');
    await c.say('ok but can you at least tell me if i have to pay it before they call me? its due friday');
    const said = await c.say('i didnt say i want to be called?? just email is fine. whatever');
    expect(said).not.toMatch(/Sorry, my mistake/);
    expect(said).toMatch(/do not want to be called/);
    expect(said).toMatch(/e-mail/);
    expect(said).not.toMatch(OTHER_QUESTION);
    expect((await c.notes()).some((n) => n.includes('for the team to answer'))).toBe(false);
  });
});

const NILS = { customerNumber: '200241', name: 'Nils Johansson', pin: '5573' };

describe('an interjection beside a billing handoff', () => {
  it.each([
    [
      'sv',
      'va?? jag betalade den för en vecka sen! det är orimligt. kan ni inte bara slå på det igen medan ni kollar',
      /inom 4 timmar/g,
    ],
    ['sv', 'hallå?? jag har ju betalat! slå på det igen medan ni kollar', /inom 4 timmar/g],
    ['en', 'what?? i paid it a week ago! cant you just turn it back on while you check', /within 4 hours/g],
    ['en', 'seriously?! I already paid. can you switch it on meanwhile', /within 4 hours/g],
  ] as [Language, string, RegExp][])('%s: "%s"', async (lang, msg, promise) => {
    const desk = memoryDesk({ world: faultWorld(['billing_suspended']) });
    const res = await converse(desk, {
      customer: NILS,
      language: lang,
      opening:
        lang === 'en' ? 'the internet has been dead for two days' : 'internet har inte funkat sen i förrgår',
      answers: { 'identity.customer_number': '200241', 'identity.pin': '5573' },
    });
    expect(res.queue).toBe('billing');
    const said = (await desk.agent.handleMessage(res.ticketId, msg)).map((m) => m.text).join('\n');
    expect(said).not.toMatch(OTHER_QUESTION);
    expect(said.match(promise)?.length ?? 0).toBeLessThanOrEqual(1);
    const notes = (await desk.tickets.timeline(res.ticketId)).flatMap((e) =>
      e.type === 'note' ? [e.text] : [],
    );
    expect(notes.some((n) => n.includes('for the team to answer'))).toBe(false);
  });
});
