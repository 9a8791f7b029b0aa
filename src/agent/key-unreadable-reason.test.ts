// Role-play round 27 (b8, en, wifi_password_forgotten; c2, sv, portal_account_locked): a case handed to a colleague
// because the new password shows only as dots for the customer was recorded as "customer asked for a person" — the
// customer had asked for nobody. The handoff says why it was made.
import { describe, expect, it } from 'vitest';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('the reason of a handoff for an unreadable new password', () => {
  it.each([
    [
      'en',
      "it just shows dots?? what is the password, I can't read it",
      'yes, only dots in that message too',
    ],
    ['sv', 'det står bara prickar?? vad är lösenordet, jag kan inte läsa det', 'ja, bara prickar där också'],
  ] as const)('%s: the Wi-Fi key unreadable twice', async (lang, first, again) => {
    const c = await chat(lang, faultWorld(['wifi_password_forgotten']));
    await untilAsked(
      c,
      'step.rejoin_wifi',
      `${lang === 'sv' ? 'jag har glömt wifi-lösenordet, kan ni sätta ett nytt?' : 'i forgot my wifi password, can you give me a new one?'} ${c.pin}`,
    );
    await c.send(first);
    await c.send(again);
    const escalation = (await c.desk.tickets.timeline(c.ticketId)).find((e) => e.type === 'escalation');
    expect(escalation).toMatchObject({ queue: 'agents' });
    expect((escalation as { reason?: string }).reason).toMatch(/password is unreadable/);
  });
});
