// After a handoff to a person, with the role-play customers' words (rp3b): a second request the desk
// can do is done on a linked case while the first stays in its queue; a follow-up to a billing case
// never opens another billing case; questions about the case are answered for that case.
import { describe, expect, it } from 'vitest';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const ANNA = { customerNumber: '100482', name: 'Anna Holm', pin: '4711' };
const ANSWERS = {
  'identity.customer_number': '100482',
  'identity.pin': '4711',
  'consent.*': 'ja',
  'contact.availability': 'efter lunch på fredag',
};
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

describe('a second request after a field escalation', () => {
  it('"kan ni byta namn på mitt wifi" is carried out on a linked case; field keeps the first, and no CSAT yet', async () => {
    const desk = memoryDesk({ world: faultWorld(['docsis_power_out_of_range']) });
    const res = await converse(desk, {
      customer: ANNA,
      language: 'sv',
      opening: 'kabelmodemet tappar anslutningen hela tiden',
      answers: ANSWERS,
    });
    expect(res.queue).toBe('field');
    const ask = await desk.agent.handleMessage(
      res.ticketId,
      'ok tack. en sak till, kan ni byta namn på mitt wifi medan jag ändå har er?',
    );
    expect(ask.at(-1)?.askKey).toBe('config.wifi_name');
    const consent = await desk.agent.handleMessage(res.ticketId, 'Annas nät');
    expect(consent.at(-1)?.askKey).toMatch(/^consent\./);
    let done = await desk.agent.handleMessage(res.ticketId, 'ja');
    if (done.at(-1)?.askKey === 'step.rejoin_wifi')
      done = await desk.agent.handleMessage(res.ticketId, 'klart');
    if (done.at(-1)?.askKey === 'resolution.confirm')
      done = await desk.agent.handleMessage(res.ticketId, 'ja, nu heter det Annas nät');
    expect(desk.world.actionsDone()).toContain('wifi_ssid_change');
    expect(done.at(-1)?.askKey ?? null).toBeNull();
    expect(done.some((r) => r.askKey === 'csat.score' || r.final)).toBe(false);
    const first = await desk.tickets.get(res.ticketId);
    expect(first?.queue).toBe('field');
    expect(first?.status).toBe('escalated');
    // Back with the first case: a question about it is answered for the field visit.
    const q = await desk.agent.handleMessage(res.ticketId, 'hur lång tid tar det innan de hör av sig?');
    expect(words(q)).toMatch(/fälttekniker/);
  });
});

describe('follow-ups to a billing case', () => {
  it('"I paid last week" and "how soon does it come back once paid?" stay on the one billing case and are answered', async () => {
    const desk = memoryDesk({ world: faultWorld(['billing_suspended']) });
    const res = await converse(desk, {
      customer: ANNA,
      language: 'sv',
      opening: 'internet slutade funka i förrgår',
      answers: ANSWERS,
    });
    expect(res.queue).toBe('billing');
    const paid = await desk.agent.handleMessage(
      res.ticketId,
      'va?? jag betalade den förra veckan! jag har kvittot',
    );
    expect(words(paid)).toContain(res.reference);
    const when = await desk.agent.handleMessage(
      res.ticketId,
      'hallå? svara på frågan, hur snabbt kommer internet tillbaka efter betalning',
    );
    expect(words(when)).toMatch(/registrerad/);
    const billing = await desk.tickets.list({ queue: 'billing' });
    expect(billing.items).toHaveLength(1);
  });

  it('"do I have to pay before they answer?" about a disputed invoice is answered, and no sales case is opened', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const res = await converse(desk, {
      customer: ANNA,
      language: 'en',
      authenticated: true,
      opening:
        'hi, my last invoice is 200 kr higher than usual and i havent changed anything. whats that about?',
    });
    expect(res.queue).toBe('billing');
    const r = await desk.agent.handleMessage(
      res.ticketId,
      'ok. do i have to pay it before they answer or can i wait?',
    );
    expect(words(r)).toMatch(/You can wait/);
    expect((await desk.tickets.list({ queue: 'sales' })).items).toHaveLength(0);
    expect((await desk.tickets.list({ queue: 'billing' })).items).toHaveLength(1);
  });
});

describe('questions about a field case', () => {
  it('a loan router is noted, not turned into a compensation case; "should I restart it?" is answered for LOS', async () => {
    const desk = memoryDesk({ world: faultWorld(['fiber_los']) });
    const res = await converse(desk, {
      customer: ANNA,
      language: 'sv',
      opening: 'inget internet, en röd LOS-lampa lyser på fiberboxen',
      answers: ANSWERS,
    });
    expect(res.queue).toBe('field');
    const loan = await desk.agent.handleMessage(
      res.ticketId,
      'men routern då, kan jag få en ersättningsrouter under tiden?',
    );
    expect(words(loan)).toMatch(/låna en router/);
    expect((await desk.tickets.list({ queue: 'billing' })).items).toHaveLength(0);
    const restart = await desk.agent.handleMessage(
      res.ticketId,
      'ok men ska jag starta om fiberboxen eller inte?',
    );
    expect(words(restart)).toMatch(/omstart hjälper inte vid LOS/);
    const tl = await desk.tickets.timeline(res.ticketId);
    expect(tl.some((e) => e.type === 'note' && e.text.includes('loan_device'))).toBe(true);
  });

  it('"how long?" after a handoff to a person says when the team answers, not "a minute or two"', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const res = await converse(desk, {
      customer: ANNA,
      language: 'en',
      opening: 'I want to talk to a real person please',
      answers: { ...ANSWERS, 'consent.*': 'yes' },
    });
    expect(res.queue).toBe('agents');
    const r = await desk.agent.handleMessage(res.ticketId, 'ok thanks. how long does it take roughly?');
    expect(words(r)).toMatch(/within/);
    expect(words(r)).not.toMatch(/minute or two/);
  });
});

describe('a question inside the answer that hands the case over', () => {
  it('"hemma hela dagen imorgon. ska jag starta om den?" books the visit and answers about the restart', async () => {
    const desk = memoryDesk({ world: faultWorld(['fiber_los']) });
    const res = await converse(desk, {
      customer: ANNA,
      language: 'sv',
      opening: 'inget internet, en röd LOS-lampa lyser på fiberboxen',
      answers: {
        ...ANSWERS,
        'contact.availability':
          'jag är hemma hela dagen imorgon. vad ska jag göra med fiberboxen under tiden, ska jag starta om den?',
      },
    });
    expect(res.queue).toBe('field');
    expect(words(res.lastReplies)).toMatch(/omstart hjälper inte vid LOS/);
  });

  it('"can I pay in instalments?" after a billing handoff stays with billing (no sales case)', async () => {
    const desk = memoryDesk({ world: faultWorld(['billing_suspended']) });
    const res = await converse(desk, {
      customer: ANNA,
      language: 'en',
      opening: 'my internet stopped working two days ago',
      answers: ANSWERS,
    });
    expect(res.queue).toBe('billing');
    await desk.agent.handleMessage(res.ticketId, 'can i pay it in instalments instead?');
    expect((await desk.tickets.list({ queue: 'sales' })).items).toHaveLength(0);
  });
});
