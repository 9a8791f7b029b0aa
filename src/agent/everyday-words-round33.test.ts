// Round 33 (a#3, b#2, c#10): everyday words read as requests or reports.
// - "Yes, thanks. Btw the wifi password is still the one printed on the sticker … should I change that too?"
//   after a new admin password, and "men jag är fortfarande nyfiken på varför Skype fungerade" after a DNS fix,
//   were read as "still not working" and escalated: a "still" about a setting that stayed as it was, or about
//   the customer's own curiosity, reports no fault.
// - "Nothing is broken, please cancel that" about the desk's own tier2 escalation became a subscription
//   cancellation for sales: "cancel that/it/the case" is about what the desk opened; the subscription is
//   cancelled only when it is named.
// - A double-charge e-mail that mentions last weekend's outage as "our own fault, no complaint there" was
//   triaged as no connection: a past fault told as background is no problem report.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { parseAnswer } from '../triage/answers.js';
import { triage } from '../triage/index.js';
import { converse, faultWorld, memoryDesk, type MemoryDesk } from './testing/memory-desk.js';
import { slowLineEscalated } from './testing/paused-chat.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const all = async (desk: MemoryDesk) => (await desk.tickets.list({ limit: 50 })).items;

describe('a "still" that reports no fault, at "does it work now?"', () => {
  it.each([
    'Yes, thanks. Btw the wifi password is still the one printed on the sticker under the router. Is that also a risk, should I change that too?',
    'yes all good. the network name is still the default one though, can I change it?',
    'Nu kommer jag in på svd.se och banken, tack så mycket!\n\nMen jag är fortfarande nyfiken på varför Skype fungerade hela tiden när resten inte gjorde det.',
    'Det fungerar nu, tack! Jag är fortfarande lite fundersam över varför det hände.',
    "It works now, thanks. I'm still curious why the phone kept working though.",
    'ja det funkar. lösenordet är fortfarande det gamla på klistermärket va?',
  ])('"%s" is a yes', (text) => {
    expect(parseAnswer('resolution.confirm', text).kind).toBe('yes');
  });

  it.each([
    'no, the bank site still says server not found',
    'nej, det fungerar fortfarande inte',
    "I'm still wondering why it doesn't work",
    'still no internet',
    'the wifi password still does not work',
  ])('"%s" is still no yes', (text) => {
    expect(parseAnswer('resolution.confirm', text).kind).not.toBe('yes');
  });
});

const OPENING: Record<Language, string> = {
  sv: 'min router har fortfarande admin/admin som lösenord, kan ni byta det?',
  en: 'my router still has the admin/admin login from the sticker, can you change that?',
};

const escalated = slowLineEscalated;

describe('"cancel that" is about the case the desk opened', () => {
  it.each([
    ['en', 'Ok but is it still sitting with your second-line team? Nothing is broken, please cancel that.'],
    ['en', 'please cancel the ticket, it was a misunderstanding'],
    ['sv', 'Inget är trasigt, kan ni avbryta det ärendet?'],
  ] as const)('%s: "%s" withdraws the escalation, no sales case', async (lang, text) => {
    const { desk, id } = await escalated(lang);
    const said = words(await desk.agent.handleMessage(id, text));
    expect(said).not.toMatch(/sales team|säljavdelning/i);
    const cases = await all(desk);
    expect(cases.filter((t) => t.queue === 'sales')).toEqual([]);
    expect(cases.filter((t) => t.status === 'escalated')).toEqual([]);
  });

  it('"please cancel that" with nothing open says so and opens nothing', async () => {
    const desk = memoryDesk({ world: faultWorld(['default_admin_password']) });
    const res = await converse(desk, {
      customer: KARIN,
      language: 'en',
      opening: OPENING.en,
      answers: {
        'identity.customer_number': '100482',
        'identity.pin': '4711',
        'consent.*': 'yes',
        'resolution.confirm': 'yes it works',
      },
    });
    expect(res.outcome).toBe('resolved');
    const said = words(
      await desk.agent.handleMessage(res.ticketId, 'Nothing is broken, please cancel that.'),
    );
    expect(said).toMatch(/nothing open to cancel/);
    expect(await all(desk)).toHaveLength(1);
  });

  it.each([
    'I want to cancel my subscription',
    'please cancel my contract',
    'jag vill säga upp mitt abonnemang',
  ])('"%s" is still a cancellation', (text) => {
    expect(triage(text).intent).toBe('account_change');
  });

  it.each(['please cancel that', 'cancel the ticket please', 'kan ni avbryta ärendet?'])(
    '"%s" is no subscription change',
    (text) => {
      expect(triage(text).intent).not.toBe('account_change');
    },
  );
});

describe('a past fault told as background is no problem report', () => {
  it.each([
    'We were charged 449 kr twice for November. Could you refund one of them? Also, we had no internet from Saturday until today because of a loose cable, that was our own fault so no complaint there, just mentioning it.',
    'Vi har blivit dubbeldebiterade för november, kan ni kolla det? Internet låg nere i helgen men det var vårt eget fel, ingen klagan på det.',
    'I was billed twice this month. We had no internet on Monday but it works fine now, just so you know.',
  ])('"%s" is billing', (text) => {
    expect(triage(text).intent).toBe('billing');
  });

  it.each([
    'We had no internet on Saturday and it is down again today.',
    'Internet låg nere i helgen och nu fungerar det inte igen.',
  ])('"%s" still reports a fault', (text) => {
    expect(triage(text).intent).not.toBe('billing');
  });
});

describe('a busy schedule is no urgency, and urgency taken back lowers the case', () => {
  it.each([
    ['en', 'Will the second-line team call me or e-mail? I am in meetings most of tomorrow.'],
    ['sv', 'Ringer de eller mejlar de? Jag sitter i möten större delen av i morgon.'],
  ] as const)('%s: "%s" marks nothing urgent', async (lang, text) => {
    const { desk, id } = await escalated(lang);
    const before = (await desk.tickets.get(id))?.priority;
    const said = words(await desk.agent.handleMessage(id, text));
    expect(said).not.toMatch(/as urgent|som brådskande/);
    expect((await desk.tickets.get(id))?.priority).toBe(before);
  });

  it.each([
    [
      'en',
      'this is urgent, I need it fixed asap',
      "please don't mark it as urgent on my behalf, tomorrow afternoon is fine",
    ],
    [
      'sv',
      'det är akut, jag behöver det fixat snarast',
      'markera det inte som brådskande, det är inte bråttom',
    ],
  ] as const)('%s: urgency marked, then taken back', async (lang, urgent, back) => {
    const { desk, id } = await escalated(lang);
    const before = (await desk.tickets.get(id))?.priority;
    expect(words(await desk.agent.handleMessage(id, urgent))).toMatch(/as urgent|som brådskande/);
    expect((await desk.tickets.get(id))?.priority).not.toBe(before);
    const said = words(await desk.agent.handleMessage(id, back));
    expect(said).toMatch(/no longer marked as urgent|inte längre markerat som brådskande/);
    expect(said).not.toMatch(/I have marked|jag har markerat/);
    expect((await desk.tickets.get(id))?.priority).toBe(before);
  });
});
