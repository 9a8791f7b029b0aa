// Round 21 (b2, b7, b10): a case the desk routed from a misreading stayed open when the customer objected.
// "please cancel that, nobody needs to come out" (about a visit) became a subscription cancellation for
// sales; "I do NOT want to cancel my subscription! … Please undo that sales thing" and "det vill jag inte,
// jag ville aldrig uppgradera" got "I have added your message to case …". A visit called off is no
// cancellation; a routed request the customer disowns is withdrawn (resolved with a note for the team)
// and the customer is told so.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { disownsRequest } from './withdrawn-case.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';
import { triage } from '../triage/index.js';

const CUSTOMER = { customerNumber: '812610', name: 'Maria Ek', pin: '4711' };

async function routed(lang: Language, opening: string) {
  const desk = memoryDesk();
  desk.directory.add(CUSTOMER);
  const c = await desk.agent.startConversation({
    channel: 'chat',
    language: lang,
    portalCustomerNumber: CUSTOMER.customerNumber,
  });
  const first = (await desk.agent.handleMessage(c.ticketId, opening)).map((r) => r.text).join('\n');
  expect(first).toMatch(/sälj|sales/i);
  expect((await desk.tickets.get(c.ticketId))?.status).toBe('escalated');
  const say = async (text: string) =>
    (await desk.agent.handleMessage(c.ticketId, text)).map((r) => r.text).join('\n');
  return { desk, id: c.ticketId, say };
}

describe('a visit called off is no subscription cancellation', () => {
  it.each([
    'please cancel that, nobody needs to come out.',
    'But nobody answered me about the field team - please cancel that, nobody needs to come out.',
    'cancel the technician please, we sorted it ourselves',
    'can you cancel the visit, no one has to come over',
    'avboka teknikern, ingen behöver komma hit',
    'avboka besöket tack',
    'And the cancellation?? I do not want to cancel anything. Confirm you removed that sales request.',
    'jag ville aldrig uppgradera',
    "I don't want to upgrade, I just asked",
  ])('"%s" is not an account change', (text) => {
    expect(triage(text).intent).not.toBe('account_change');
  });

  it.each([
    'I want to cancel my subscription',
    'jag vill säga upp mitt abonnemang',
    'cancel my plan please',
    "I don't want to cancel, can I downgrade to 250 instead?",
  ])('"%s" still is', (text) => {
    expect(triage(text).intent).toBe('account_change');
  });

  it('en (b2): "Yes it works now … please cancel that, nobody needs to come out." opens no sales case', async () => {
    const c = await chat('en', faultWorld(['cable_unplugged'], { canDo: ['step.check_cables'] }));
    await untilAsked(c, 'resolution.confirm', `no internet since we cleaned behind the tv ${c.pin}`);
    const said = await c.say(
      'Yes it works now, the telly app came back. But nobody answered me about the field team - please cancel that, nobody needs to come out.',
    );
    expect(said).not.toMatch(/sales/i);
    expect((await c.desk.tickets.list({ limit: 10 })).items.filter((t) => t.id !== c.ticketId)).toEqual([]);
    expect((await c.cases()).first?.status).toBe('resolved');
    const after = await c.say(
      'And the cancellation?? I do not want to cancel anything. Confirm you removed that sales request.',
    );
    expect(after).toMatch(/Nothing has been cancelled/);
    expect((await c.desk.tickets.list({ limit: 10 })).items.length).toBe(1);
  });
});

describe('a routed request the customer disowns is withdrawn', () => {
  it.each([
    [
      'en',
      'I want to cancel my subscription',
      'WHAT?? I do NOT want to cancel my subscription! I said nobody needs to come out. Please undo that sales thing right now.',
    ],
    [
      'en',
      'I want to cancel my subscription',
      'And the cancellation?? I do not want to cancel anything. Confirm you removed that sales request.',
    ],
    [
      'en',
      'can i upgrade to 1000 mbit?',
      "no i didn't want that, i never asked to upgrade. remove that request",
    ],
    ['en', 'can i upgrade to 1000 mbit?', 'Sales?? I didnt want to buy anything.'],
    ['sv', 'kan jag uppgradera till 1000 mbit?', 'det vill jag inte, jag ville aldrig uppgradera'],
    ['sv', 'kan jag uppgradera till 1000 mbit?', 'va?? jag vill inte köpa nåt nytt, jag frågade bara'],
    ['sv', 'jag vill säga upp mitt abonnemang', 'nej ångra det, jag har aldrig bett om att säga upp något'],
    ['sv', 'jag vill säga upp mitt abonnemang', 'ta bort den förfrågan, det har jag inte bett om'],
  ] as const)('%s: "%s" then "%s"', async (lang, opening, objection) => {
    const c = await routed(lang, opening);
    const said = await c.say(objection);
    expect(said).toMatch(/withdrawn|dragit tillbaka/);
    expect(said).not.toMatch(/added your message|lagt till ditt meddelande/);
    const ticket = await c.desk.tickets.get(c.id);
    expect(ticket?.status).toBe('resolved');
    const notes = (await c.desk.tickets.timeline(c.id)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
    expect(notes.some((n) => /^Withdrawn: /.test(n))).toBe(true);
  });

  it.each([
    ['sv', 'jag vill säga upp mitt abonnemang', 'jag vill inte säga upp, bara betala mindre'],
    [
      'sv',
      'jag vill säga upp mitt abonnemang',
      'Jag vill inte bli av med internet innan jag hört vad de har.',
    ],
    ['en', 'I want to cancel my subscription', 'how long until they call me?'],
    ['en', 'I want to cancel my subscription', "i don't want to wait a whole day"],
  ] as const)('%s: "%s" then "%s" stays with sales', async (lang, opening, follow) => {
    const c = await routed(lang, opening);
    await c.say(follow);
    expect((await c.desk.tickets.get(c.id))?.status).toBe('escalated');
  });

  it.each([
    ['I didnt want that', true],
    ['undo that please', true],
    ['det vill jag inte', true],
    ['jag ville aldrig uppgradera', true],
    ["that's not what I asked for", true],
    // rp23c: a complaint about the last answer, the question asked again — the escalation stays.
    ["that's not what I asked. will someone come yes or no. mornings only.", false],
    ['det var inte det jag frågade. kommer det en tekniker eller inte?', false],
    ["you didn't answer. is a technician coming?", false],
    ['cancel my subscription', false],
    ['i do not want to lose my internet', false],
    ['i dont want it to be slow', false],
  ] as const)('disownsRequest("%s") = %s', (text, expected) => {
    expect(disownsRequest(text)).toBe(expected);
  });
});
