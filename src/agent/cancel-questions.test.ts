// A cancellation from someone who cannot be verified (role-play rp8b 13, issue 14): the yes/no
// questions inside it are answered, a request for a person is honoured at once, and the case names
// the cancellation.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import type { AgentReply } from './agent.js';
import { memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '812610', name: 'Maria Ek', pin: '4711' };

async function chat(language: Language, messages: string[], portal = false) {
  const desk = memoryDesk();
  desk.directory.add(CUSTOMER);
  const c = await desk.agent.startConversation({
    channel: 'chat',
    language,
    portalCustomerNumber: portal ? CUSTOMER.customerNumber : undefined,
  });
  const replies: AgentReply[][] = [];
  for (const m of messages) replies.push(await desk.agent.handleMessage(c.ticketId, m));
  const tl = await desk.tickets.timeline(c.ticketId);
  const resolution = tl.findLast((e) => e.type === 'resolution');
  const text = (i: number) => replies[i].map((r) => r.text).join('\n');
  return { replies, text, resolution };
}

describe('questions inside a cancellation', () => {
  it.each([
    ['en', 'i want to cancel my subscription. is there a notice period? do i have to send the router back?'],
    ['en', 'hi i wanna cancel, how much notice do i need to give. and do i have to return the box'],
    [
      'sv',
      'hej jag vill säga upp mitt abonnemang. har jag uppsägningstid? måste jag skicka tillbaka routern?',
    ],
    ['sv', 'vill saga upp abonnemanget, hur lang ar uppsagningstiden? ska jag lamna tillbaka routern'],
  ] as const)('%s: "%s" is answered before the customer number is asked', async (lang, opening) => {
    const r = await chat(lang, [opening]);
    expect(r.text(0)).toMatch(lang === 'en' ? /notice period is one month/ : /Uppsägningstiden är en månad/);
    expect(r.text(0)).toMatch(
      lang === 'en' ? /prepaid package within 30 days/ : /förbetalda paketet inom 30 dagar/,
    );
    expect(r.replies[0].at(-1)?.askKey).toBe('identity.customer_number');
  });

  it('a question at the PIN is answered and the PIN asked again', async () => {
    const r = await chat('en', [
      'i want to cancel',
      CUSTOMER.customerNumber,
      'can i cancel here in the chat?',
    ]);
    expect(r.text(2)).toMatch(/you can cancel here in the chat/);
    expect(r.text(2)).not.toMatch(/colleague will answer/);
    expect(r.replies[2].at(-1)?.askKey).toBe('identity.pin');
  });

  it('a verified customer gets the answer and the sales team', async () => {
    const r = await chat('en', ['i want to cancel. do i need to give notice?'], true);
    expect(r.text(0)).toMatch(/notice period is one month/);
    expect(r.resolution).toMatchObject({ outcome: 'routed', queue: 'sales' });
  });
});

describe('a person asked for without a PIN', () => {
  it.each([
    [
      'sv',
      'jag vill säga upp mitt abonnemang',
      'jag har ingen pinkod. kan jag prata med en människa istället?',
    ],
    ['en', 'i want to cancel my contract', 'dont have the pin on me, can i talk to a real person'],
  ] as const)(
    '%s: "%s" then "%s" goes to a colleague at once, named as a cancellation',
    async (lang, opening, ask) => {
      const r = await chat(lang, [opening, CUSTOMER.customerNumber, ask]);
      expect(r.replies[2].map((x) => x.askKey)).not.toContain('identity.pin');
      expect(r.resolution).toMatchObject({ outcome: 'escalated', queue: 'agents' });
      const summary = r.resolution?.type === 'resolution' ? r.resolution.summary : null;
      expect(summary?.customer).toMatch(
        lang === 'en' ? /Cancelling your subscription/ : /Uppsägning av ditt abonnemang/,
      );
    },
  );

  it('without a person asked for, the unverified cancellation is still refused and named', async () => {
    const r = await chat('en', [
      'i want to cancel my subscription',
      CUSTOMER.customerNumber,
      'i dont have my pin',
    ]);
    expect(r.resolution).toMatchObject({ outcome: 'refused' });
    expect(r.resolution?.type === 'resolution' && r.resolution.summary.customer).toMatch(/Cancelling/);
  });

  it('"cancel the technician" is no cancellation of the subscription', async () => {
    const { learnFacts } = await import('../runbooks/facts.js');
    expect(learnFacts({}, 'can you cancel the technician visit').cancellation).toBeUndefined();
    expect(learnFacts({}, 'jag vill säga upp mitt abonnemang').cancellation).toBe(true);
    expect(learnFacts({}, 'I want to cancel.').cancellation).toBe(true);
  });
});

describe('an address offered as a way to verify (rp28b move-nopin)', () => {
  it.each([
    [
      'en',
      'We are moving on Feb 1st, how do I move the subscription? Customer number is 812 610',
      "Hmm, I don't have a PIN? Can't you just check my name, Maria, plus the address?",
    ],
    [
      'sv',
      'vi flyttar 1 februari, hur flyttar jag abonnemanget? kundnummer 812610',
      'jag har ingen pinkod. kan ni inte kolla mitt namn och adressen istället?',
    ],
  ] as const)(
    '%s: refused without a promise that sales will call about the address',
    async (lang, opening, noPin) => {
      const r = await chat(lang, [opening, noPin]);
      expect(r.resolution).toMatchObject({ outcome: 'refused' });
      expect(r.text(1)).not.toMatch(/new address and confirms everything|nya adressen och bekräftar allt/);
    },
  );

  it('a question about the new address is still answered', async () => {
    const r = await chat('en', [
      'We are moving on Feb 1st and want to take the internet along. Customer number is 812610',
      CUSTOMER.pin,
      'can you check if you deliver fiber to my new address?',
    ]);
    expect(
      r.replies
        .flat()
        .map((x) => x.text)
        .join('\n'),
    ).toMatch(/available at the new address|deliver to the new address/);
  });
});
