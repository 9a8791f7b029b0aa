// Issue 14, s10 fixer E: which team a person asked for belongs to, and follow-ups on a billing case.
// rp11a #10: an invoice question beside "can i talk to a real person" goes to billing (the people who can
// see the invoice), with no line test; "will you cut my internet if i only pay the normal amount?" is
// answered and stays on that one case. rp11c #7: a refund asked beside a person after the billing
// handoff is answered and goes onto the case, not only the person part.
import { describe, expect, it } from 'vitest';
import type { AgentReply } from './agent.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const PIA = { customerNumber: '800178', name: 'Pia Nordlund', pin: '9027' };
const said = (r: AgentReply[]) => r.map((x) => x.text).join('\n');

describe('an invoice question beside a request for a person (rp11a #10)', () => {
  it.each([
    [
      'en',
      'hi my last invoice is 200 kr higher than normal and i dont get why. can i talk to a real person please',
      '24 hours?? the invoice is due on monday. will you cut my internet if i only pay the normal amount?',
      /usual way.*cannot promise anything about your connection/s,
      'so who is contacting me now, support or billing?',
      /^Our billing team — case T-000001/,
    ],
    [
      'sv',
      'min senaste faktura är 200 kr dyrare än vanligt och jag fattar inte varför. kan jag prata med en människa?',
      '24 timmar?? fakturan förfaller på måndag. stänger ni av internet om jag bara betalar det vanliga beloppet?',
      /det vanliga.*inte själv lova något om din uppkoppling/s,
      'vem hör av sig nu då, kundtjänst eller fakturaavdelningen?',
      /^Vår fakturaavdelning – ärende T-000001/,
    ],
  ] as const)(
    '%s: routed to billing, no line test, follow-ups answered on the one case',
    async (lang, opening, cut, cutAnswer, who, whoAnswer) => {
      const desk = memoryDesk({ world: faultWorld([]) });
      const { ticketId, replies } = await identified(desk, PIA, lang, opening);
      const events = await desk.tickets.timeline(ticketId);
      const resolution = events.find((e) => e.type === 'resolution');
      expect(resolution?.type === 'resolution' && [resolution.outcome, resolution.queue]).toEqual([
        'routed',
        'billing',
      ]);
      expect(events.filter((e) => e.type === 'finding').map((e) => e.type === 'finding' && e.probe)).toEqual([
        'account',
      ]);
      expect(said(replies)).not.toMatch(/testing your line|testar din linje/);
      expect(said(await desk.agent.handleMessage(ticketId, cut))).toMatch(cutAnswer);
      expect(said(await desk.agent.handleMessage(ticketId, who))).toMatch(whoAnswer);
      expect(await desk.tickets.getByReference('T-000002')).toBeNull();
    },
  );

  it('a plain request for a person still goes to the support team', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const { ticketId } = await identified(desk, PIA, 'en', 'can i talk to a real person please');
    const resolution = (await desk.tickets.timeline(ticketId)).find((e) => e.type === 'resolution');
    expect(resolution?.type === 'resolution' && resolution.queue).toBe('agents');
  });
});

describe('a person and a refund asked together after the billing handoff (rp11c #7)', () => {
  it.each([
    [
      'sv',
      'internet har inte funkat sen i förrgår',
      '4 timmar?! kan jag prata med en människa nu istället. och jag vill ha pengar tillbaka för dagarna utan nät',
      /fakturaavdelning, inte jag.*avdrag på fakturan.*lagt till det i ärende T-000001/s,
    ],
    [
      'en',
      'no internet since tuesday',
      '4 hours?! can i talk to a human instead. and i want money back for the days without internet',
      /billing team — not me.*reduction on your invoice.*added that to case T-000001/s,
    ],
  ] as const)('%s: both answered, the refund on the billing case', async (lang, opening, both, answer) => {
    const desk = memoryDesk({ world: faultWorld(['billing_suspended']) });
    const { ticketId } = await identified(desk, PIA, lang, opening);
    const r = await desk.agent.handleMessage(ticketId, both);
    expect(said(r)).toMatch(answer);
    const notes = (await desk.tickets.timeline(ticketId)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
    expect(notes.some((n) => n.startsWith('customer asks for a reduction'))).toBe(true);
    expect(await desk.tickets.getByReference('T-000002')).toBeNull();
  });
});
