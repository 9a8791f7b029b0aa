// Issue 14 (rp12a #7): after a suspended subscription went to billing, "can i pay by card now or something
// so it comes back today?" was ignored twice. Asking how to pay now is answered from the help centre
// (the open invoice in the customer portal, the ways to pay; the connection opens once the payment has reached us),
// without promising a reopen, and on the one billing case.
import { describe, expect, it } from 'vitest';
import { caseQuestions } from './case-questions.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const NILS = { customerNumber: '200241', name: 'Nils Johansson', pin: '2468' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function suspended(language: 'en' | 'sv') {
  const desk = memoryDesk({ world: faultWorld(['billing_suspended']) });
  const res = await converse(desk, {
    customer: NILS,
    language,
    opening:
      language === 'en'
        ? 'hi the internet stopped working the day before yesterday, nothing works'
        : 'internet slutade funka i förrgår',
    answers: { 'identity.customer_number': '200241', 'identity.pin': '2468' },
  });
  expect(res.queue).toBe('billing');
  return { desk, ...res };
}

describe('paying now, asked after a billing handoff', () => {
  it('finds the question in both languages', () => {
    expect(caseQuestions('can i pay by card now or something so it comes back today?')).toContain('pay_now');
    expect(caseQuestions('and you didnt answer about paying by card')).toContain('pay_now');
    expect(caseQuestions('kan jag betala med kort nu så det funkar idag?')).toContain('pay_now');
    expect(caseQuestions('hur kan jag betala direkt?')).toContain('pay_now');
    expect(caseQuestions('I paid by card last week')).not.toContain('pay_now');
  });

  it('en: answered beside "I paid", then again when asked back; no reopen promised; one billing case', async () => {
    const { desk, ticketId, reference } = await suspended('en');
    const first = words(
      await desk.agent.handleMessage(
        ticketId,
        'what?? i paid that invoice, like last week. can i pay by card now or something so it comes back today? i work from home',
      ),
    );
    expect(first).toContain(reference);
    expect(first).toMatch(/the customer portal/i);
    expect(first).toMatch(/once the payment has reached us/);
    expect(first).not.toMatch(/will (re)?open (today|now)|comes back today/i);
    const again = words(
      await desk.agent.handleMessage(
        ticketId,
        '4 hours is a long time. can i talk to a real person now instead? and you didnt answer about paying by card',
      ),
    );
    expect(again).toMatch(/the customer portal/i);
    expect((await desk.tickets.list({ queue: 'billing' })).items).toHaveLength(1);
  });

  it('sv: "kan jag betala med kort nu så det kommer tillbaka idag?"', async () => {
    const { desk, ticketId } = await suspended('sv');
    const r = words(
      await desk.agent.handleMessage(ticketId, 'kan jag betala med kort nu så det kommer tillbaka idag?'),
    );
    expect(r).toMatch(/kundportalen/);
    expect(r).toMatch(/när betalningen har kommit fram/);
  });
});
