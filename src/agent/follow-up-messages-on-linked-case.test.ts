// Role-play round 27 (demo desk, portal customer, wifi_radio_disabled): "yes it works, thanks! what is my wifi
// password btw?" at "does it work now?" closed the case and opened a linked one for the Wi-Fi key in the same
// reply — with "I'm testing your line and router now…" in front of a password question — and everything after
// (the yes to the new key, the confirm, the score) went onto the first case's timeline: the linked case had no
// customer message (the console's queues never listed it) and the closed first case got the score. The
// conversation's messages and score go on the case it works on; the first keeps its closing and its outcome.
import { describe, expect, it } from 'vitest';
import type { StoredTimelineEvent } from '../domain/index.js';
import { portalChat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const said = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const texts = (events: StoredTimelineEvent[], type: 'message_in' | 'message_out') =>
  events.flatMap((e) => (e.type === type ? [e.text] : []));

describe('a linked case opened in the chat gets the messages and the score that follow', () => {
  it.each([
    [
      'en',
      'my wifi network is gone, the phones cannot find it',
      'yes it works, thanks! what is my wifi password btw?',
      'done',
      '5',
    ],
    [
      'en',
      'the wifi disappeared on all our devices',
      'it works now, thank you. can you also tell me my wifi password?',
      'done',
      '4',
    ],
    [
      'sv',
      'vårt wifi-nätverk syns inte längre',
      'ja det funkar, tack! vad är mitt wifi-lösenord förresten?',
      'klart',
      '5',
    ],
    [
      'sv',
      'wifit har försvunnit på alla våra prylar',
      'nu funkar det. kan du säga vad wifi-lösenordet är också?',
      'klart',
      '3',
    ],
  ] as const)('%s: "%s" … "%s"', async (lang, opening, confirm, done, score) => {
    const c = await portalChat(lang, faultWorld(['wifi_radio_disabled']));
    await untilAsked(c, 'resolution.confirm', opening);
    const r = await c.send(confirm);
    // The key is a request: answered and asked for with consent, no line test announced for it.
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(said(r)).not.toMatch(/testing your line|testar din linje/);
    const { first, next } = await c.cases();
    expect(first?.status).toBe('resolved');
    expect(next).toBeDefined();
    const yes = await c.send(c.yes);
    expect(yes.at(-1)?.askKey).toBe('step.rejoin_wifi');
    c.desk.world.performStep('step.rejoin_wifi');
    expect((await c.send(done)).at(-1)?.askKey).toBe('csat.score');
    await c.send(score);

    const one = await c.desk.tickets.timeline(first!.id);
    const two = await c.desk.tickets.timeline(next!.id);
    // The first case: its messages up to the confirm, its closing, its outcome — nothing after, no score.
    expect(texts(one, 'message_in').at(-1)).toBe(confirm);
    expect(texts(one, 'message_out').at(-1)).toMatch(new RegExp(first!.reference));
    expect(texts(one, 'message_out').join('\n')).not.toMatch(/May I set a new|Får jag sätta ett nytt/);
    expect(one.filter((e) => e.type === 'csat')).toEqual([]);
    expect((await c.desk.tickets.get(first!.id))?.disposition).toMatch(/^resolved/);
    // The linked case: the permission, the customer's answers, its closing and the score.
    expect(texts(two, 'message_out')[0]).toMatch(/Wi-Fi password|wifi-lösenord/);
    expect(texts(two, 'message_in')).toEqual([c.yes, done, score]);
    expect(texts(two, 'message_out').join('\n')).toMatch(new RegExp(next!.reference));
    expect(two.flatMap((e) => (e.type === 'csat' ? [e.score] : []))).toEqual([Number(score)]);
    expect((await c.desk.tickets.get(next!.id))?.status).toBe('resolved');
    // The chat itself still reads as one conversation.
    expect(c.desk.world.actionsDone()).toEqual(['wifi_radio_enable', 'wifi_password_change']);
  });
});
