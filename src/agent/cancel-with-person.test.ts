// A person asked for beside a cancellation (rp31b #10): the request is routed once to sales — the team
// whose people handle it — with no test of the line or router and no second case on the next message;
// "do we pay for the months after we leave?" is the notice period (in the contract, sales confirms the last
// day), never "troubleshooting is free"; a writer who said the account is their partner's is not thanked
// by the holder's name.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import type { AgentReply } from './agent.js';
import { memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '812610', name: 'Emma Lind', pin: '4711' };

async function chat(language: Language, messages: string[]) {
  const desk = memoryDesk();
  desk.directory.add(CUSTOMER);
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  const replies: AgentReply[][] = [];
  for (const m of messages) replies.push(await desk.agent.handleMessage(c.ticketId, m));
  const tl = await desk.tickets.timeline(c.ticketId);
  const text = (i: number) => replies[i].map((r) => r.text).join('\n');
  const all = (await desk.tickets.list({ limit: 20 })).items;
  return { desk, id: c.ticketId, replies, text, tl, all };
}

const N = CUSTOMER.customerNumber;

describe('a person asked for beside a cancellation goes once to sales', () => {
  it.each([
    [
      'en',
      "hi, can I talk to an actual person please? we need to cancel our internet, we're moving back to Canada in March",
      `it's under my partner Emma Lind. ${N}. what's the notice period btw, do we pay for the months after we leave?`,
      'ok thanks. will they know it is about cancelling from March 31?',
    ],
    [
      'en',
      'I want to terminate my broadband contract, can I speak to a human about it',
      `${N}. how much notice do I have to give?`,
      'and who will contact me?',
    ],
    [
      'sv',
      'kan jag få prata med en människa? vi vill säga upp vårt bredband, vi flyttar utomlands i mars',
      `det står på min sambo Emma Lind. ${N}. hur lång är uppsägningstiden, betalar vi för månaderna efter att vi flyttat?`,
      'okej tack. vet de att det gäller uppsägning från 31 mars?',
    ],
  ] as const)('%s: "%s"', async (lang, opening, number, after) => {
    const r = await chat(lang, [opening, number, CUSTOMER.pin, after]);
    expect(r.text(0)).toMatch(/sales|sälj/);
    expect(r.text(1)).not.toMatch(/free of charge|kostnadsfri|gratis/);
    expect(r.text(1)).toMatch(/contract|avtal/);
    // The writer said the account is their partner's: never thanked by the holder's name.
    if (/partner|sambo/.test(number)) expect(r.text(2)).not.toMatch(/(Thank you|Tack),? Emma\b/);
    // One case, in sales; nothing of the line or router tested.
    expect(r.all).toHaveLength(1);
    expect(
      r.tl.filter((e) => e.type === 'escalation').map((e) => e.type === 'escalation' && e.queue),
    ).toEqual(['sales']);
    expect(r.tl.filter((e) => e.type === 'finding' && /^(line|cpe|wan)\./.test(e.finding.code))).toEqual([]);
    expect(r.tl.find((e) => e.type === 'resolution')).toMatchObject({ outcome: 'routed', queue: 'sales' });
  });
});
