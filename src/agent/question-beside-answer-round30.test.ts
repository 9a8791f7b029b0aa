// Round 30 (rp30a #1, rp30c #1): a question in the same message as an answer was dropped.
// - "vänta jag kollar mobilen... ja nu funkar det!! men behöver jag starta om routern för säkerhets skull?" at
//   "does it work now?": closed with no word on the restart (the yes after a pause skipped the question).
// - "kan jag inte bara ringa fakturaavdelningen direkt istället för att vänta 4 timmar?" after a billing handoff:
//   only the wait was answered, never the call.
// - "va?? jag har ju autogiro. …" on a suspended line: the direct debit was never addressed.
import { describe, expect, it } from 'vitest';
import { caseQuestions } from './case-questions.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('a question beside "it works now" is answered in the closing reply (rp30a #1)', () => {
  it.each([
    [
      'sv',
      'vänta jag kollar mobilen... ja nu funkar det!! men behöver jag starta om routern eller nåt för säkerhets skull?',
      /behöver inte starta om/,
    ],
    ['sv', 'ja nu funkar det! ska jag starta om routern ändå?', /behöver inte starta om – allt fungerar nu/],
    [
      'en',
      'hang on checking my phone... yes it works now! should i restart the router just to be safe?',
      /do not need to restart it/,
    ],
    [
      'en',
      'yes works now. should i reboot the router anyway?',
      /do not need to restart it — everything works now/,
    ],
  ] as const)('%s: %j', async (lang, text, answer) => {
    const c = await chat(lang, faultWorld(['ppp_auth_failure']));
    await untilAsked(
      c,
      'resolution.confirm',
      lang === 'sv'
        ? `${c.pin}. internet funkar inte alls sen i morse`
        : `${c.pin}. no internet since this morning`,
    );
    const replies = await c.send(text);
    expect(replies.at(-1)?.askKey).toBe('csat.score');
    expect(replies.map((r) => r.text).join('\n')).toMatch(answer);
  });
});

describe('after a billing handoff (rp30c #1)', () => {
  const nils = { customerNumber: '200111', name: 'Nils Berg', pin: '1111' };
  async function handedToBilling(lang: 'sv' | 'en') {
    const c = await chat(lang, faultWorld(['billing_suspended']), nils);
    await c.send(
      lang === 'sv' ? 'internet funkar inte sen i förrgår' : 'internet has been down for two days',
    );
    await c.send('200111');
    await c.send('1111');
    expect((await c.cases()).first?.queue).toBe('billing');
    return c;
  }

  it.each([
    [
      'sv',
      'ok. kan jag inte bara ringa fakturaavdelningen direkt istället för att vänta 4 timmar? jobbar hemifrån',
      /du kan ringa/,
    ],
    ['en', "ok. can't I just call billing directly instead of waiting 4 hours?", /you can (call|phone)/i],
  ] as const)('%s: the call asked beside the wait is answered: %j', async (lang, text, answer) => {
    const c = await handedToBilling(lang);
    expect(await c.say(text)).toMatch(answer);
  });

  it.each([
    [
      'sv',
      'va?? jag har ju autogiro. vilken faktura gäller det. och om jag betalar idag, hur fort kommer nätet tillbaka',
      /autogiro-dragning inte igenom/,
    ],
    ['sv', 'men det dras ju automatiskt varje månad', /autogiro-dragning inte igenom/],
    ['en', "what? I'm on direct debit. which invoice is it?", /direct debit does not go through/],
  ] as const)('%s: a direct debit said is addressed: %j', async (lang, text, answer) => {
    const c = await handedToBilling(lang);
    expect(await c.say(text)).toMatch(answer);
  });

  it('a way to pay asked about is no direct debit said', () => {
    expect(caseQuestions('kan jag betala med autogiro?')).not.toContain('auto_pay');
    expect(caseQuestions('jag har ju autogiro, hur kan den vara obetald?')).toContain('auto_pay');
  });
});
