// A question written beside the PIN ("7464. kommer ni stänga av mitt internet om jag inte betalar hela?"):
// the PIN never reaches the ticket (no note, handoff or linked case quotes it), verification comes
// first and the question is answered for the case it is about; the promised answer time is one per
// team and urgency, the same in every message.
import { describe, expect, it } from 'vitest';
import { memoryDesk, faultWorld } from './testing/memory-desk.js';

const MARIA = { customerNumber: '879053', name: 'Maria Ek', pin: '7464' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function invoiceCase(pinAnswer: string, language: 'sv' | 'en', opening: string) {
  const desk = memoryDesk({ world: faultWorld([]) });
  desk.directory.add(MARIA);
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  await desk.agent.handleMessage(c.ticketId, opening);
  await desk.agent.handleMessage(c.ticketId, MARIA.customerNumber);
  const replies = await desk.agent.handleMessage(c.ticketId, pinAnswer);
  return { desk, ticketId: c.ticketId, reference: c.reference, replies };
}

async function everythingStored(desk: ReturnType<typeof memoryDesk>) {
  const all = await desk.tickets.list({});
  const out: string[] = [];
  for (const t of all.items) {
    out.push(JSON.stringify(t));
    out.push(JSON.stringify(await desk.tickets.timeline(t.id)));
    out.push(JSON.stringify(await desk.tickets.escalations(t.id)));
  }
  return out.join('\n');
}

describe('a question beside the PIN', () => {
  it('sv: the PIN is in no note, handoff or case; "verifierad" comes before the answer to the shut-off worry', async () => {
    const { desk, replies } = await invoiceCase(
      '7464. kommer ni stänga av mitt internet om jag inte betalar hela?',
      'sv',
      'hej, min faktura för november är på 798 kr men jag har 399 i månaden?? vill prata med en människa',
    );
    const said = words(replies);
    expect(await everythingStored(desk)).not.toContain('7464');
    expect(said).toMatch(/verifierad/);
    expect(said).not.toMatch(/inte svara på själv/);
    // The worry is answered: pay the part you agree with, billing decides the rest; nothing promised.
    expect(said).toMatch(/belopp du håller med om|den del du håller med om/);
    expect(said.indexOf('verifierad')).toBeLessThan(said.search(/håller med om/));
  });

  it('en: "pin 7464 - will you cut me off if i only pay part?" is answered after verification, the PIN stored nowhere', async () => {
    const { desk, replies } = await invoiceCase(
      '7464 - will you cut off my internet if i dont pay the whole invoice?',
      'en',
      'my november invoice is 798 but my plan is 399 a month, what is going on',
    );
    const said = words(replies);
    expect(await everythingStored(desk)).not.toContain('7464');
    expect(said).toMatch(/verified/);
    expect(said).not.toMatch(/cannot answer that myself/i);
    expect(said.indexOf('verified')).toBeLessThan(said.search(/agree with/));
  });
});

describe('one promised time per team and urgency', () => {
  it('"24 timmar? fakturan ska betalas på fredag…" marks it urgent and every later message promises the same time', async () => {
    const { desk, ticketId } = await invoiceCase(
      '7464',
      'sv',
      'hej, min faktura för november är på 798 kr men jag har 399 i månaden?? vill prata med en människa',
    );
    const urgent = words(
      await desk.agent.handleMessage(
        ticketId,
        '24 timmar? fakturan ska betalas på fredag. finns det nåt nummer jag kan ringa istället',
      ),
    );
    const thanks = words(await desk.agent.handleMessage(ticketId, 'ok tack'));
    const times = [...`${urgent}\n${thanks}`.matchAll(/inom (\d+ timm?[ae]r?)/g)].map((m) => m[1]);
    expect(urgent).toMatch(/brådskande/);
    expect(times.length).toBeGreaterThan(1);
    expect(new Set(times).size).toBe(1);
    // A verified customer's follow-up is never noted as "not verified".
    const notes = JSON.stringify(await desk.tickets.timeline(ticketId));
    expect(notes).not.toMatch(/not verified/);
  });
});
