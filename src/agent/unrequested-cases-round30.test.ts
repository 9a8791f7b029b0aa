// Role-play round 30 (f16): cases nobody asked for, and messages after a close or handoff answered as something
// else. rp30a#6: "how will I know when it's back, do you send an e-mail?" beside billing's linked case got the
// billing team's contact and a mesh text ("do you send an e-mail" read as "do you send a mesh unit"), and "I did
// not ask about wifi" opened a Wi-Fi case. rp30b#9: "which number do I call?" at the PIN and after the refusal got
// no number, then a linked case for a person. rp30c#4/#5: "Står det på fakturan med?" about the PIN and "vad
// betalar vi för, 250 eller 500?" were kept as invoice questions, and "I have no question about the invoice"
// opened billing's case. rp30c#2: "Yes, it works" to "does it work now?" took up the e-invoice offer.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { topicsOf } from '../triage/topics-of.js';
import { afterQuestions } from './after-questions.js';
import { billBeside, restReaders } from './answer-rest.js';
import { invoiceQuestionOf, teamDisowned } from './secondary-topics.js';
import { saysNotAsked } from './said-not-asked.js';
import { serviceBackAsked } from './service-back-asked.js';
import { toldOfLimhamnOutage } from './testing/limhamn-outage.js';
import { fakeTriage } from './testing/fake-triage.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';
import { portalChat } from './testing/chat.js';

describe('"do you send an e-mail?" is no question about buying equipment', () => {
  it.each([
    'When the internet is back, how will I know, do you send an e-mail?',
    'can you send me a text when it is fixed?',
    'could you send me a confirmation?',
  ])('"%s"', (text) => {
    expect(topicsOf(text)).not.toContain('buy_equipment');
  });
  it('"can you send me a mesh unit?" still is', () => {
    expect(topicsOf('the wifi is weak, can you send me a mesh unit?')).toContain('buy_equipment');
  });
});

describe('how the all-clear comes, asked while billing has the newer case', () => {
  it.each([
    [
      'en',
      'OK. Another thing while I have you: my last invoice was 499 kr instead of the normal 399. Why is that?',
      'Thanks. When the internet is back, how will I know, do you send an e-mail? I am closing the computer now.',
      'Sorry? I did not ask about wifi. I asked: when the fibre cut is repaired, will you tell me by e-mail or SMS, or only here?',
    ],
    [
      'sv',
      'en sak till: min senaste faktura var 499 kr i stället för 399. varför?',
      'tack. när nätet är tillbaka, hur får jag veta det, skickar ni ett mejl?',
      'jag frågade inte om wifi. när fiberkabeln är lagad, får jag sms eller bara här?',
    ],
  ] as const)(
    '%s: answered for the outage; the complaint opens no case',
    async (lang, invoice, how, complaint) => {
      const { desk, ticketId } = await toldOfLimhamnOutage(lang as Language);
      await desk.agent.handleMessage(ticketId, invoice);
      const linkedBefore = (await desk.agent.conversation(ticketId))?.linkedTickets ?? [];
      const told = (await desk.agent.handleMessage(ticketId, how)).map((r) => r.text).join('\n');
      expect(told).toMatch(/fixed comes here|lagat kommer här/);
      expect(told).not.toMatch(/billing team|fakturaavdelning|mesh/i);
      const again = (await desk.agent.handleMessage(ticketId, complaint)).map((r) => r.text).join('\n');
      expect(again).not.toMatch(/testing your line|testar din linje/);
      expect((await desk.agent.conversation(ticketId))?.linkedTickets ?? []).toEqual(linkedBefore);
    },
  );

  it.each([
    'When the internet is back, how will I know?',
    'när fiberkabeln är lagad, får jag ett sms?',
    'will you e-mail me when the connection is restored?',
  ])('"%s" asks how the all-clear comes', (text) => {
    expect(serviceBackAsked(text)).toBe(true);
  });
  it('"will billing e-mail me?" does not', () => {
    expect(serviceBackAsked('will billing e-mail me about the invoice?')).toBe(false);
  });
});

describe('a topic named only to say it was never asked about', () => {
  it.each([
    'Sorry? I did not ask about wifi.',
    "I don't have a wifi problem, it's the same outage.",
    'jag frågade inte om wifi',
    'Jag har ingen fråga om fakturan, jag undrade bara var PIN stod.',
    'But I did not ask for anything to go to billing?',
  ])('"%s"', (text) => {
    expect(saysNotAsked(text)).toBe(true);
  });
  it('"my wifi does not work" is no such thing', () => {
    expect(saysNotAsked('my wifi does not work and I asked my neighbour')).toBe(false);
  });
  it.each([
    'Men jag har inte frågat något om fakturan, jag ville bara veta vilken hastighet vi har. Kommer det en tekniker?',
    'Jag har ingen fråga om fakturan, jag undrade bara var PIN stod.',
    'I never asked about my invoice, I only wanted to know where the PIN is.',
  ])('"%s" is for no billing case', (text) => {
    expect(teamDisowned(text, 'billing')).toBe(true);
    expect(billBeside(text, restReaders(fakeTriage()))).toBeNull();
  });
});

describe('where the PIN is and which plan they have are no invoice questions', () => {
  it.each([
    'Vad är det för PIN? Står det på fakturan med?',
    'is it on the invoice too?',
    'finns den på räkningen?',
    'Och vad är det egentligen vi betalar för, 250 eller 500?',
    'what is it we actually pay for, 250 or 500?',
  ])('"%s"', (text) => {
    expect(invoiceQuestionOf(text)).toBeNull();
  });
  it('"is the 49 kr fee on the invoice?" still is one', () => {
    expect(invoiceQuestionOf('why is there a 49 kr fee on the invoice?')).not.toBeNull();
  });
});

const CUSTOMER = { customerNumber: '812610', name: 'Maria Ek', pin: '4711' };

describe('which number to call, without a PIN', () => {
  it.each([
    'Så vilket nummer har kundtjänst?',
    'So what is the number for customer service?',
    'vad är kundtjänstens telefonnummer?',
  ])('"%s" asks for the number', (text) => {
    expect(afterQuestions(text)).toContain('call_number');
  });

  it.each([
    [
      'sv',
      [
        'Jag vill säga upp vårt bredband, vi flyttar till Spanien.',
        CUSTOMER.customerNumber,
        'Jag har ingen PIN-kod.',
        'Nej, jag har ingen. Då får jag väl ringa. Vilket nummer ringer jag?',
        'Så vilket nummer har kundtjänst?',
      ],
    ],
    [
      'en',
      [
        'I want to cancel my broadband, we are moving abroad.',
        CUSTOMER.customerNumber,
        "I don't have a PIN.",
        "No, I don't have one. I'll call then. Which number do I call?",
        'So what is the number for customer service?',
      ],
    ],
  ] as const)(
    '%s: the number told at the PIN and after the refusal, no case for a person',
    async (lang, messages) => {
      const desk = memoryDesk();
      desk.directory.add(CUSTOMER);
      const c = await desk.agent.startConversation({ channel: 'chat', language: lang });
      const texts: string[] = [];
      for (const m of messages)
        texts.push((await desk.agent.handleMessage(c.ticketId, m)).map((r) => r.text).join('\n'));
      expect(texts[3]).toMatch(/contact page|under Kontakt|kontaktsidan/);
      const tl = await desk.tickets.timeline(c.ticketId);
      expect(tl.findLast((e) => e.type === 'resolution')).toMatchObject({ outcome: 'refused' });
      expect(texts[4]).not.toMatch(/testing your line|testar din linje|colleague|kollega/);
      expect((await desk.agent.conversation(c.ticketId))?.linkedTickets ?? []).toEqual([]);
    },
  );
});

describe('the e-invoice offer is not taken by the yes to "does it work now?"', () => {
  it('en: no billing case, and "I did not ask for anything to go to billing" opens none', async () => {
    const c = await portalChat('en', faultWorld(['portal_account_locked']));
    await c.send(
      "I'm locked out of My Pages after a few attempts, can you unlock it? And is there a way to get the invoices sent to me by e-mail every month instead?",
    );
    await c.send('Yes, it works, I got in and downloaded the invoice. Thank you!');
    const after = await c.send('But I did not ask for anything to go to billing? I will switch myself.');
    expect(after.map((r) => r.text).join('\n')).not.toMatch(/billing team/);
    const all = (await c.desk.tickets.list({ limit: 10 })).items;
    expect(all.filter((t) => t.queue === 'billing')).toEqual([]);
  });
});

describe('"jag har ingen fråga till dom" beside "it works" opens no billing case', () => {
  it.each([
    [
      'sv',
      'Ja nu syns Karlsson igen. Men ska jag inte skicka nåt till fakturaavdelningen alltså, jag har ingen fråga till dom',
    ],
    ['en', 'Yes, the network is back. I have no question about my invoice, by the way.'],
  ] as const)('%s: "%s"', async (lang, yes) => {
    const c = await portalChat(lang, faultWorld(['wifi_radio_disabled']));
    const first = await c.send(
      lang === 'sv' ? 'vårt wifi syns inte längre' : 'our wifi network has disappeared',
    );
    if (first.at(-1)?.askKey?.startsWith('consent.'))
      await c.send(lang === 'sv' ? 'ja gör det' : 'yes do it');
    await c.send(yes);
    const all = (await c.desk.tickets.list({ limit: 10 })).items;
    expect(all.filter((t) => t.queue === 'billing')).toEqual([]);
  });
});
