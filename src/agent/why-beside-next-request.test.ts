// Round 25 (issue 14, L1) a1 (sv, ppp_auth_failure): at "does it work now?", "ja nu funkar det!! men fakturan
// då? och varför hände det ens?" closed the case and took the invoice to billing, but the why was dropped
// (the billing case even answered it as an invoice question). A why asked beside the request taken up next is
// the closed case's: answered from its cause in the same reply, once; the request still goes to its team.
import { describe, expect, it } from 'vitest';
import type { FaultKind, Language } from '../domain/index.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const EMMA = { customerNumber: '200101', name: 'Emma Lind', pin: '5747' };
const OPENING: Record<Language, string> = { sv: 'internet funkar inte', en: 'internet is down' };
const CAUSE: Partial<Record<FaultKind, Record<Language, RegExp>>> = {
  ppp_auth_failure: {
    sv: /inloggningsuppgifterna i routern stämde inte längre/,
    en: /login details stored in your router no longer matched/,
  },
  cpe_hung: { sv: /routern hade hängt sig – det händer/, en: /the router had hung — it happens/ },
};
const INVOICE_WHY = /fakturaraderna kan jag inte se|can’t see invoice lines/;
const count = (text: string, re: RegExp) => text.split(re).length - 1;

async function atConfirm(lang: Language, fault: FaultKind) {
  const c = await chat(lang, faultWorld([fault]), EMMA);
  await untilAsked(c, 'resolution.confirm', `${OPENING[lang]} ${c.pin}`);
  return c;
}

describe('a1: a why beside the next request at "does it work now?" is answered from the cause', () => {
  it.each([
    ['sv', 'ppp_auth_failure', 'ja nu funkar det!! men fakturan då? och varför hände det ens?', 'billing'],
    ['sv', 'ppp_auth_failure', 'jaa funkar!! vrf hände det ens? o fakturan e dyrare denna månad', 'billing'],
    ['sv', 'cpe_hung', 'ja det funkar. varför hände det här? och varför har fakturan gått upp?', 'billing'],
    [
      'en',
      'ppp_auth_failure',
      'yes it works now! but what about my invoice? and why did this even happen?',
      'billing',
    ],
    ['en', 'cpe_hung', 'works now. why did it happen though? also my bill went up 100 kr, why?', 'billing'],
    ['en', 'cpe_hung', 'yes its back. what caused it? and can i switch to a cheaper plan?', 'sales'],
  ] as const)('%s %s: "%s"', async (lang, fault, text, queue) => {
    const c = await atConfirm(lang, fault);
    const said = await c.say(text);
    const cause = CAUSE[fault]![lang];
    expect(said).toMatch(cause);
    expect(count(said, cause)).toBe(1);
    expect(said).not.toMatch(INVOICE_WHY);
    const { first, next } = await c.cases();
    expect(first?.status).toBe('resolved');
    expect(next?.queue).toBe(queue);
    // The why comes before the satisfaction question, never after it.
    expect(said.search(cause)).toBeLessThan(Math.max(said.search(/1 \(/), said.length));
  });

  it('a why about the invoice itself stays the invoice question (billing answers it)', async () => {
    const c = await atConfirm('sv', 'ppp_auth_failure');
    const said = await c.say('ja det funkar. men varför gick fakturan upp?');
    expect(said).not.toMatch(CAUSE.ppp_auth_failure!.sv);
    expect((await c.cases()).next?.queue).toBe('billing');
  });
});
