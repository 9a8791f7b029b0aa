// An e-mail whose subject contradicts its body is read by the body (issue 14, un8 blind scenarios).
import { describe, expect, it } from 'vitest';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

async function opening(subject: string, body: string) {
  const desk = memoryDesk({ world: faultWorld([]) });
  const c = await desk.agent.startConversation({ channel: 'email', language: 'sv', subject });
  const r = await desk.agent.handleMessage(c.ticketId, `${subject}\n\n${body}`);
  const triaged = (await desk.tickets.timeline(c.ticketId)).find((e) => e.type === 'triage');
  return { r, intent: triaged && 'intent' in triaged ? triaged.intent : null };
}

describe('an e-mail subject that contradicts the body', () => {
  it('"Faktura" over "mitt internet är jättesegt" is a speed case, no clarifying question', async () => {
    const { r, intent } = await opening('Faktura', 'mitt internet är jättesegt på kvällarna');
    expect(intent).toBe('slow_speed');
    expect(r.some((x) => x.askKey === 'clarify.intent')).toBe(false);
  });

  it('"Internet segt??" over an invoice dispute is a billing case', async () => {
    const { r, intent } = await opening(
      'Internet segt??',
      'Hej! Det gäller decemberfakturan: den är på 689 kr men jag har 60 Mbit som ska kosta 399 kr. Jag vill bestrida avgiften.',
    );
    expect(intent).toBe('billing');
    expect(r.some((x) => x.askKey === 'clarify.intent')).toBe(false);
  });

  it('a subject that agrees with the body changes nothing', async () => {
    const { intent } = await opening('Inget internet', 'Hej, internet har inte fungerat sedan i går kväll.');
    expect(intent).toBe('no_connection');
  });
});
