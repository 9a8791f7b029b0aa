// A cancellation from someone who has no PIN (rp9a #8, rp9c #9): a question beside the customer number
// is answered and never passed to "a colleague" on a case that then closes; "can't you just cancel it?"
// is told plainly that a cancellation needs verification; after a wrong or missing PIN a request for a
// person is honoured at once, with the customer's request in the handoff; a question after the
// handoff stays on that case, and one after a refusal is answered without a second case.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import type { AgentReply } from './agent.js';
import { memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '812610', name: 'Maria Ek', pin: '4711' };

async function chat(language: Language, messages: string[]) {
  const desk = memoryDesk();
  desk.directory.add(CUSTOMER);
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  const replies: AgentReply[][] = [];
  for (const m of messages) replies.push(await desk.agent.handleMessage(c.ticketId, m));
  const tl = await desk.tickets.timeline(c.ticketId);
  const text = (i: number) => replies[i].map((r) => r.text).join('\n');
  const ask = (i: number) => replies[i].at(-1)?.askKey ?? null;
  return { desk, id: c.ticketId, replies, text, ask, tl };
}

const N = CUSTOMER.customerNumber;

describe('a question beside the number is answered, not promised', () => {
  it.each([
    ['en', 'im moving abroad and need to cancel my internet', `its ${N} i think. is there a notice period?`],
    ['sv', 'jag vill säga upp mitt abonnemang, vi flyttar', `${N} tror jag. har jag uppsägningstid?`],
  ] as const)('%s: "%s" → "%s"', async (lang, opening, reply) => {
    const r = await chat(lang, [opening, reply]);
    expect(r.text(1)).toMatch(/one month|en månad/);
    expect(r.text(1)).not.toMatch(/colleague will answer|kollega svarar/);
    expect(r.ask(1)).toBe('identity.pin');
  });
});

describe('"can\'t you just cancel it?" without a PIN', () => {
  it.each([
    [
      'en',
      'i want to cancel my subscription',
      'i dont have any pin here. cant you just cancel it? its in my name',
    ],
    [
      'sv',
      'jag vill säga upp mitt abonnemang',
      'har ingen pin. kan ni inte bara säga upp det, det är ju mitt konto',
    ],
    ['sv', 'vill saga upp abonnemanget', 'kan du inte bara saga upp det?'],
  ] as const)('%s: "%s"', async (lang, opening, reply) => {
    const r = await chat(lang, [opening, N, reply]);
    expect(r.text(2)).toMatch(/verified|verifier/);
    expect(r.text(2)).not.toMatch(/colleague will answer|kollega svarar/);
  });
});

describe('a person asked for after a wrong or missing PIN', () => {
  it.each([
    [
      'sv',
      [
        'jag vill säga upp mitt abonnemang. vi flyttar utomlands i feb',
        N,
        'vet inte, har aldrig haft nån pin. 1234 kanske?',
        'orka. jag vill prata med en människa istället',
      ],
    ],
    [
      'en',
      ['i need to cancel, moving to norway in january', N, '0000', 'can i talk to a real person instead'],
    ],
    // ("i don't have a pin" is refused at once, round 33: the missing PIN here is one not remembered.)
    ['en', ['i need to cancel my plan', N, 'no idea what my pin is', 'i want to speak to a human']],
  ] as const)('%s: handed over at once with the request', async (lang, messages) => {
    const r = await chat(lang, [...messages]);
    const last = messages.length - 1;
    expect(r.ask(last)).not.toBe('identity.pin');
    const tl = await r.desk.tickets.timeline(r.id);
    const resolution = tl.findLast((e) => e.type === 'resolution');
    expect(resolution).toMatchObject({ outcome: 'escalated', queue: 'agents' });
    const staff = JSON.stringify(resolution);
    expect(staff).toContain(messages[0]);
    expect(staff).not.toMatch(/Talking to a person\. No faults/);
  });

  it('a question after the handoff stays on that case, answered and noted, no PIN', async () => {
    const r = await chat('sv', [
      'jag vill säga upp mitt abonnemang. vi flyttar utomlands i feb',
      N,
      '1234',
      'jag vill prata med en människa',
      'ok. men kommer uppsägningen gälla från idag då eller från när ni svarar? vill inte betala för mars',
    ]);
    expect(r.text(4)).toMatch(/en månad/);
    expect(r.text(4)).toMatch(/lagt din fråga i ärende/);
    expect(r.ask(4)).toBeNull();
    expect(r.desk.tickets.tickets.size).toBe(1);
  });
});

describe('after a refusal', () => {
  it('"will someone still answer me about the notice period?" is answered without a second case', async () => {
    const r = await chat('en', [
      'i need to cancel my internet, moving abroad',
      N,
      'i dont have the pin here',
      'ok ill look for the letter tonight then. thanks',
      'wait so will someone still answer me about the notice period?',
    ]);
    const tl = await r.desk.tickets.timeline(r.id);
    expect(tl.findLast((e) => e.type === 'resolution')).toMatchObject({ outcome: 'refused' });
    expect(r.text(3)).not.toMatch(/check your connection/);
    expect(r.text(4)).toMatch(/notice period is one month/);
    expect(r.desk.tickets.tickets.size).toBe(1);
  });
});
