// Round 23 (a9): the invoice went up and the customer wanted a cheaper plan → sales' case and a linked billing
// case, both right. Then "måste jag betala de 549 nu då, eller kan jag vänta…?" was answered about sales
// ("Nej – inget är uppsagt"), filed on the SALES case, and the next ask opened a DUPLICATE billing case; the
// question was answered only at the third ask. A follow-up for a team that already has a case in this
// conversation goes on THAT case, answered for it; with no case for that team yet, billing's own linked
// case is opened once and the question answered for it.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const OPENING: Record<Language, string> = {
  sv: 'Hej hej. Jag såg att decemberfakturan var på 549 kr, förut har den alltid varit 399. Vad har hänt? Jag har inte beställt något nytt. Och kan jag byta till ett billigare abonnemang i så fall, vi använder inte så mycket internet, mest nyheter och lite Netflix.',
  en: "Hi. My December invoice was 549 kr, it has always been 399. What happened? I have not ordered anything new. And can I switch to a cheaper plan, we don't use the internet much.",
};

async function salesAndInvoice(lang: Language) {
  const c = await portalChat(lang, faultWorld([]));
  await c.say(OPENING[lang]);
  const all = async () => (await c.desk.tickets.list({ limit: 20 })).items;
  const ofQueue = async (q: string) => (await all()).filter((t) => t.queue === q);
  const notes = async (id: string) =>
    (await c.desk.tickets.timeline(id)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
  expect((await c.desk.tickets.get(c.ticketId))?.queue).toBe('sales');
  return { ...c, all, ofQueue, notes };
}

const PAY_QUESTIONS: [Language, string][] = [
  [
    'sv',
    'Tack så mycket. Men måste jag betala de 549 nu då, eller kan jag vänta tills de har tittat på det? Jag vill inte att ni stänger av internet',
  ],
  [
    'sv',
    'Nu förstår jag inte. Jag frågade om jag måste betala fakturan på 549 kr innan ni har tittat på den.',
  ],
  ['sv', 'ska jag vänta med att betala fakturan?'],
  [
    'en',
    "do I have to pay the 549 now or can I wait until they have looked at it? I don't want you to cut off my internet",
  ],
  ['en', 'should i just wait to pay the bill then?'],
  ['en', 'must i pay the invoice before they answer me?'],
];

describe("a payment question beside sales' case goes on the one billing case", () => {
  it.each(PAY_QUESTIONS)('%s: "%s"', async (lang, text) => {
    const c = await salesAndInvoice(lang);
    const said = await c.say(text);
    const billing = await c.ofQueue('billing');
    // One billing case in this conversation, whether it was opened at the close or now.
    expect(billing).toHaveLength(1);
    const ref = billing[0]?.reference ?? '';
    // The answer is about paying, for billing's case — never "nothing is cancelled" about sales.
    expect(said).toMatch(lang === 'sv' ? /vänta med att betala/ : /wait with paying/);
    expect(said).toContain(ref);
    expect(said).not.toMatch(/inget är uppsagt|nothing (is|has been) cancel/i);
    expect(said).not.toMatch(/lagt i ärende T-000001|on case T-000001/);
    // The question is on billing's case, not on sales'.
    expect((await c.notes(billing[0]?.id ?? '')).join('\n')).toMatch(/pay_before_answer/);
    expect((await c.notes(c.ticketId)).join('\n')).not.toMatch(/pay_before_answer/);
    // Asked again: still one billing case, answered again.
    const again = await c.say(
      lang === 'sv'
        ? 'Du har fortfarande inte svarat: ska jag betala eller vänta?'
        : 'so do i have to pay it now or not?',
    );
    expect(again).toMatch(lang === 'sv' ? /vänta med att betala/ : /wait with paying/);
    expect(await c.ofQueue('billing')).toHaveLength(1);
    expect(await c.ofQueue('sales')).toHaveLength(1);
  });

  it.each([
    ['sv', 'Jag har redan betalat den förresten'],
    ['en', 'I already paid it btw'],
  ] as [Language, string][])('%s: "%s" goes on billing\'s case', async (lang, text) => {
    const c = await salesAndInvoice(lang);
    await c.say(lang === 'sv' ? 'måste jag betala fakturan nu?' : 'do i have to pay the invoice now?');
    const said = await c.say(text);
    const billing = await c.ofQueue('billing');
    expect(billing).toHaveLength(1);
    expect(said).toContain(billing[0]?.reference ?? 'x');
    expect((await c.notes(billing[0]?.id ?? '')).join('\n')).toMatch(/paid_already/);
  });
});
