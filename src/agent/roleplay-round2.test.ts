// Wrong turns from the second unscripted role-play, in the customers' own words.
import { describe, expect, it } from 'vitest';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const EMMA = { customerNumber: '200101', name: 'Emma Berg', pin: '5747' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function verified(
  fault: Parameters<typeof faultWorld>[0][number],
  language: 'sv' | 'en',
  opening: string,
) {
  const desk = memoryDesk({ world: faultWorld([fault]) });
  desk.directory.add(EMMA);
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  const r = await desk.agent.handleMessage(c.ticketId, `${opening} kundnummer 200101 pinkod 5747`);
  return { desk, id: c.ticketId, last: r };
}

describe('second role-play round', () => {
  it('"jaha. ja kör" to a restart question is a yes, not the same question again', async () => {
    const { desk, id, last } = await verified('cpe_hung', 'sv', 'internet funkar inte men lamporna lyser.');
    expect(last.at(-1)?.askKey).toBe('consent.reboot');
    const r = await desk.agent.handleMessage(id, 'jaha. ja kör');
    expect(r.some((x) => x.askKey === 'consent.reboot')).toBe(false);
    expect(
      (await desk.tickets.timeline(id)).some(
        (e) => e.type === 'action_requested' && e.action === 'cpe_reboot',
      ),
    ).toBe(true);
  });

  it('"where do i find the pin then?" is answered about the PIN, not the customer number', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    desk.directory.add(EMMA);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    await desk.agent.handleMessage(c.ticketId, 'my internet is down');
    await desk.agent.handleMessage(c.ticketId, '200101');
    const r = await desk.agent.handleMessage(c.ticketId, 'where do i find the pin then?');
    expect(words(r)).toMatch(/welcome letter/);
    expect(words(r)).not.toMatch(/invoice/);
    expect(r.at(-1)?.askKey).toBe('identity.pin');
  });

  it('"english please??" switches a Swedish conversation to English and puts the pending question again', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    desk.directory.add(EMMA);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'sv' });
    await desk.agent.handleMessage(c.ticketId, 'internet funkar inte');
    const r = await desk.agent.handleMessage(c.ticketId, 'english please??');
    expect(words(r)).toMatch(/continue in English/);
    expect(r.at(-1)?.askKey).toBe('identity.customer_number');
    expect(r.at(-1)?.text).toMatch(/customer number/);
    const next = await desk.agent.handleMessage(c.ticketId, '200101');
    expect(words(next)).toMatch(/PIN/);
    expect(words(next)).not.toMatch(/PIN-kod/);
  });
});

describe('second role-play round: answers to a cable check', () => {
  it('"aha den satt löst. nu sitter den i" and "it was loose, its in now" are done', async () => {
    const { parseAnswer } = await import('../triage/answers.js');
    expect(parseAnswer('step.check_cables', 'aha den satt löst. nu sitter den i')).toMatchObject({
      kind: 'done',
    });
    expect(parseAnswer('step.check_cables', 'it was loose, its in now')).toMatchObject({ kind: 'done' });
    expect(parseAnswer('step.check_cables', 'jag hittar inte kabeln').kind).not.toBe('done');
  });
});

describe('second role-play round: a port given at the end of a sentence', () => {
  it('"ugh. google says 3478. to 192.168.1.23" names the port and the device address', async () => {
    const { parsePortForward } = await import('../triage/port-forward.js');
    expect(parsePortForward('ugh. google says 3478. to 192.168.1.23')).toMatchObject({
      port: 3478,
      ip: '192.168.1.23',
    });
    expect(parsePortForward('it costs 99.50').port).toBeNull();
  });
});
