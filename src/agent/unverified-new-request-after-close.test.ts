// A caller who was refused for want of a PIN (rp30b #9) writes after the close with what reads as a new
// request: the linked case asks for the PIN first (or is refused like the first), and no line test or
// router reading runs on an account nobody verified.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import type { AgentReply } from './agent.js';
import { memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '812611', name: 'Birgitta Holm', pin: '4821' };
const N = CUSTOMER.customerNumber;

async function chat(language: Language, messages: string[]) {
  const desk = memoryDesk();
  desk.directory.add(CUSTOMER);
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  const replies: AgentReply[][] = [];
  for (const m of messages) replies.push(await desk.agent.handleMessage(c.ticketId, m));
  const text = (i: number) => replies[i].map((r) => r.text).join('\n');
  const ask = (i: number) => replies[i].at(-1)?.askKey ?? null;
  const tickets = (await desk.tickets.list({})).items;
  const findings = [];
  for (const t of tickets)
    findings.push(...(await desk.tickets.timeline(t.id)).filter((e) => e.type === 'finding'));
  return { text, ask, findings, tickets };
}

describe('a new request after a refusal for want of a PIN', () => {
  it.each([
    [
      'sv',
      ['jag vill säga upp mitt abonnemang', N, 'nej, jag har ingen kod alls'],
      'förresten så är internet jättesegt hemma, kan ni kolla min linje?',
    ],
    [
      'en',
      ['i want to cancel my subscription', N, 'no, I have no code at all'],
      'also my internet keeps dropping at home, can you test my line?',
    ],
  ] as const)('%s: asks for the PIN, tests nothing', async (lang, first, after) => {
    const r = await chat(lang, [...first, after]);
    const last = first.length;
    // The first case ended refused (the score question or its closing was said).
    expect(r.text(last - 1)).toMatch(/verified|verifierad/);
    expect(r.text(last)).not.toMatch(/testing your line|testar din linje/i);
    expect(r.findings).toEqual([]);
    const asked = r.ask(last);
    expect(asked === 'identity.pin' || /verified|verifierad/.test(r.text(last))).toBe(true);
  });
});
