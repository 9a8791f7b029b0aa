// "kan ni inte öppna nätet tills dess? jobbar hemifrån imorgon", "4 timmar?? kan ni inte bara kolla nu":
// while a team has the case, a request that the desk do the team's work now gets a plain answer — what
// the desk cannot do here and why, the request on the case (urgent when a reason is given), and when
// the team answers — never only "I have added your message to the case".
import { describe, expect, it } from 'vitest';
import { asksDeskToAct } from './desk-limits.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const RASMUS = { customerNumber: '800241', name: 'Rasmus Kjellberg', pin: '9047' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function handedOver(fault: Parameters<typeof faultWorld>[0], language: 'sv' | 'en', opening: string) {
  const desk = memoryDesk({ world: faultWorld(fault) });
  const res = await converse(desk, {
    customer: RASMUS,
    language,
    opening,
    answers: {
      'identity.customer_number': RASMUS.customerNumber,
      'identity.pin': RASMUS.pin,
      'consent.*': language === 'sv' ? 'ja' : 'yes',
      'contact.availability': language === 'sv' ? 'vardagar efter 16' : 'weekdays after 4pm',
    },
  });
  return { desk, res };
}

describe('"can\'t you just … now?" after a handoff', () => {
  it('sv billing_suspended: "kan ni inte öppna nätet tills dess? jobbar hemifrån imorgon" — only billing reopens, marked urgent', async () => {
    const { desk, res } = await handedOver(['billing_suspended'], 'sv', 'internet slutade funka i förrgår');
    expect(res.queue).toBe('billing');
    const said = words(
      await desk.agent.handleMessage(
        res.ticketId,
        'kan ni inte öppna nätet tills dess? jobbar hemifrån imorgon',
      ),
    );
    expect(said).toMatch(/kan tyvärr inte öppna anslutningen härifrån/);
    expect(said).toMatch(/brådskande/);
    expect(said).not.toMatch(/Jag har lagt till ditt meddelande/);
    const ticket = await desk.tickets.get(res.ticketId);
    expect(ticket?.queue).toBe('billing');
    expect(JSON.stringify(await desk.tickets.timeline(res.ticketId))).toMatch(/done now \(marked urgent\)/);
  });

  it('en invoice: "4 hours?? cant you just check it now" says billing alone sees invoices, and when they answer', async () => {
    const { desk, res } = await handedOver([], 'en', 'why is my last invoice 100 kr more than usual?');
    expect(res.queue).toBe('billing');
    const said = words(await desk.agent.handleMessage(res.ticketId, '4 hours?? cant you just check it now'));
    expect(said).toMatch(/cannot do that from here: invoices/);
    expect(said).toMatch(/within \d+ hours?/);
    expect(said).not.toMatch(/I have added your message/);
  });

  it('en tier2: "can\'t you just fix it from your end now?" says what is left needs second line', async () => {
    const { desk, res } = await handedOver(
      ['speed_line_degraded'],
      'en',
      'my internet is really slow, even on cable',
    );
    expect(res.queue).toBe('tier2');
    const said = words(
      await desk.agent.handleMessage(res.ticketId, "can't you just fix it from your end now?"),
    );
    expect(said).toMatch(/tools I do not/);
  });

  it('sv field: "kan du inte bara laga det på distans?" says a technician on site is needed', async () => {
    const { desk, res } = await handedOver(
      ['fiber_los'],
      'sv',
      'internet funkar inte alls, en lampa lyser rött',
    );
    expect(res.queue).toBe('field');
    const said = words(await desk.agent.handleMessage(res.ticketId, 'kan du inte bara laga det på distans?'));
    expect(said).toMatch(/tekniker på plats/);
  });

  it('reads the ask, not any "can you"', () => {
    expect(asksDeskToAct('4 timmar?? kan ni inte bara kolla nu')).toBe(true);
    expect(asksDeskToAct('kan ni inte öppna nätet tills dess?')).toBe(true);
    expect(asksDeskToAct('could you just push it through today')).toBe(true);
    expect(asksDeskToAct('can you tell me when they answer?')).toBe(false);
    expect(asksDeskToAct('kan ni ringa mig istället?')).toBe(false);
    expect(asksDeskToAct('can i pay by card now?')).toBe(false);
    expect(asksDeskToAct('why couldnt you fix it remotely?')).toBe(false);
    expect(asksDeskToAct('varför kunde ni inte fixa det på distans?')).toBe(false);
  });
});
