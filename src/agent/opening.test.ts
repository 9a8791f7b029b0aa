// The opening as the role-play customers wrote it (rp3b): a customer number, a PIN and the problem in
// one message are all used; a clear security worry or a question about TV needs no "tell me what is
// wrong" and no "Wi-Fi or no internet?".
import { describe, expect, it } from 'vitest';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const ERIK = { customerNumber: '100482', name: 'Erik Berg', pin: '4711' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function open(
  faults: Parameters<typeof faultWorld>[0],
  language: 'sv' | 'en',
  opening: string,
  portal = false,
) {
  const desk = memoryDesk({ world: faultWorld(faults) });
  desk.directory.add(ERIK);
  const c = await desk.agent.startConversation({
    channel: 'chat',
    language,
    portalCustomerNumber: portal ? ERIK.customerNumber : undefined,
  });
  const replies = await desk.agent.handleMessage(c.ticketId, opening);
  return { desk, ticketId: c.ticketId, replies };
}

describe('an opening with credentials and the problem', () => {
  it('"kundnr … pin … det lyser en röd lampa, LOS" verifies and diagnoses at once', async () => {
    const { replies } = await open(
      ['fiber_los'],
      'sv',
      'hej. kundnr 100482 pin 4711. det lyser en röd lampa på fiberboxen, LOS står det',
    );
    expect(words(replies)).toMatch(/Tack Erik/);
    expect(replies.some((r) => r.askKey === 'identity.customer_number')).toBe(false);
    expect(replies.at(-1)?.askKey).toBe('contact.availability');
  });

  it('"200178 / 9309. i think someone hacked my router" is a security case, not "Wi-Fi or no internet?"', async () => {
    const { replies } = await open(
      [],
      'en',
      "hey. 100482 / 4711. i think someone hacked my router, the wifi light is going crazy at night and theres a device called 'android-7731' i dont own",
    );
    expect(
      replies.some((r) => r.askKey === 'clarify.intent' || r.askKey === 'identity.customer_number'),
    ).toBe(false);
    expect(replies.at(-1)?.askKey).toBe('consent.wifi_change');
  });
});

describe('a question about another service', () => {
  it('goes to a colleague at once, and the case says it is about TV', async () => {
    const { desk, ticketId, replies } = await open(
      [],
      'sv',
      'hej, en fråga om tv:n. kanalerna i tv-boxen har försvunnit, sportkanalerna',
      true,
    );
    expect(words(replies)).not.toMatch(/Berätta vad som inte fungerar/);
    const resolution = (await desk.tickets.timeline(ticketId)).findLast((e) => e.type === 'resolution');
    expect(resolution).toMatchObject({ outcome: 'routed', queue: 'agents' });
    expect(resolution?.type === 'resolution' && resolution.summary.customer).toMatch(/fråga om tv/);
  });
});
