// Issue 14, round 20 b5 (H3): an e-mail customer wrote beside her PIN "Also, will someone have to come out?
// I am home most days except Thursdays." — the question got "I can't answer that from here" and the times
// were lost: after the restart that did not help she was asked again when a technician could come. Times
// offered before the visit question are kept and book the visit should the case need one; "will someone
// have to come out?" before the restart is answered (first the restart, then a visit booked here).
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { BOOKING_STATE_KEY } from './field-visit.js';
import { slotBookingIsp, weekdaySlots } from './testing/field-slots.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';
import type { TimeWindow } from '../isp/ports.js';

const MAJA = { customerNumber: '200185', name: 'Maja Wallin', pin: '2033' };
// Saturday 5 December 2026; Thursday 10 December is the first weekday slot the port would give otherwise.
const NOW = () => new Date('2026-12-05T07:30:00Z');
const SLOTS = weekdaySlots(['10', '11', '14', '15']);
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function conversation(channel: 'email' | 'chat', language: Language, messages: string[]) {
  const desk = memoryDesk({ world: faultWorld(['hardware_failure']), isp: slotBookingIsp(SLOTS), now: NOW });
  desk.directory.add(MAJA);
  const c = await desk.agent.startConversation({
    channel,
    language,
    ...(channel === 'email' ? { subject: 'router' } : {}),
  });
  const replies: string[] = [];
  const asks: (string | null | undefined)[] = [];
  for (const m of messages) {
    const r = await desk.agent.handleMessage(c.ticketId, m);
    replies.push(words(r));
    asks.push(r.at(-1)?.askKey);
  }
  const ticket = await desk.tickets.get(c.ticketId);
  const events = await desk.tickets.timeline(c.ticketId);
  const booked = await desk.tickets.getState<TimeWindow>(c.ticketId, BOOKING_STATE_KEY);
  return { replies, asks, ticket, events, booked };
}

const THURSDAY = '2026-12-10';

describe('times for a visit given before it is asked about', () => {
  it.each([
    [
      'email',
      'en',
      [
        'Hello, I hope this reaches the right people. For about three days now our router keeps restarting by itself, the lights go off and on and we lose internet for a few minutes every time. My customer number is 200185.\n\nKind regards,\nMaja Wallin',
        'Hi,\n\nThe PIN is 2033.\n\nAlso, will someone have to come out? I am home most days except Thursdays.\n\nKind regards,\nMaja Wallin\nBromma\n\nOn Sun, Frontline wrote:\n> Thanks. To protect your account, please give me your 4-digit PIN.',
        'Hi again,\n\nYes, go ahead and restart it, but I should say I have already unplugged it myself twice and it did not help.\n\nBest,\nMaja Wallin\nBromma\n\n> May I restart your router remotely? Your internet will be off for a minute or two.',
      ],
    ],
    [
      'chat',
      'en',
      [
        'my router keeps rebooting itself every half hour, customer number 200185',
        '2033. will a technician need to come? any day but thursday works for me',
        'sure, restart it. i already pulled the plug twice though',
      ],
    ],
    [
      'chat',
      'sv',
      [
        'routern startar om sig själv hela tiden, kundnummer 200185',
        'pin 2033. kommer det behövas en tekniker? jag är hemma alla dagar utom torsdagar',
        'ja kör, men jag har redan dragit ur den två gånger utan att det hjälpte',
      ],
    ],
  ] as const)('%s %s: kept, answered, the visit booked inside them', async (channel, lang, messages) => {
    const c = await conversation(channel, lang, [...messages]);
    // The question beside the PIN is answered, never passed off.
    expect(c.replies.slice(1).join('\n')).not.toMatch(
      /can.t answer|cannot answer|kan inte svara|kan jag inte svara/i,
    );
    expect(c.replies.slice(1).join('\n')).toMatch(
      lang === 'en' ? /first I (try the restart|test your line)/ : /först (provar jag omstarten|testar jag)/,
    );
    expect(c.events.some((e) => e.type === 'action_requested' && e.action === 'cpe_reboot')).toBe(true);
    expect(c.asks).not.toContain('contact.availability');
    expect(c.ticket?.queue).toBe('field');
    expect(c.booked?.start.startsWith(THURSDAY)).toBe(false);
    expect(c.replies.at(-1)).not.toMatch(/declined|avböjde|tackade nej/i);
  });
});
