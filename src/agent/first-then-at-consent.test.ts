// Round 18 (b9): to "may I set a new Wi-Fi password?" the customer wrote "nej vänta. kan du kolla vad som är
// uppkopplat först sa jag, innan du ändrar nåt" and the case went to `agents` as "customer declined". A "no
// wait, first …" is a pause with a condition: the first thing is answered and the permission asked again.
// A security worry the customer says no to for now stays with the security team, never `agents`.
import { describe, expect, it } from 'vitest';
import { converseIn } from './testing/converse.js';

const OPEN = {
  en: 'i think someone hacked my router, there are strange things connected',
  sv: 'hej. jag tror nån har hackat min router, det finns konstiga saker uppkopplade',
} as const;

describe('"no wait, first …" at a permission is a pause, not a no', () => {
  it.each([
    ['sv', 'nej vänta. kan du kolla vad som är uppkopplat först sa jag, innan du ändrar nåt'],
    ['sv', 'nej vänta, kolla först vilka som är inne på wifit'],
    ['sv', 'nej, först vill jag veta vilka enheter som är anslutna'],
    ['sv', 'nä innan du ändrar något, kan du se vad som är uppkopplat?'],
    ['en', 'no wait, first tell me what devices are connected before you change anything'],
    ['en', 'wait no. check whats connected first'],
    ['en', 'no, before you change anything can you see who is on it?'],
    ['en', 'nope not yet, first show me what is on my network'],
  ] as const)('%s: %s', async (lang, reply) => {
    const { desk, ticket, last } = await converseIn([], lang, [OPEN[lang], reply], { portal: true });
    const events = await desk.tickets.timeline(ticket!.id);
    expect(events.filter((e) => e.type === 'action_requested' || e.type === 'escalation')).toEqual([]);
    expect(ticket!.status).not.toBe('escalated');
    expect(last).toMatch(
      lang === 'en' ? /May I set a new Wi-Fi password\?/ : /Får jag sätta ett nytt wifi-lösenord\?/,
    );
  });
});

describe('a security worry the customer says no to stays a security case', () => {
  it.each([
    ['sv', 'nej'],
    ['sv', 'nej tack'],
    ['en', 'no'],
    ['en', 'no, I do not want that'],
  ] as const)('%s: %s', async (lang, reply) => {
    const { desk, ticket } = await converseIn([], lang, [OPEN[lang], reply], { portal: true });
    const events = await desk.tickets.timeline(ticket!.id);
    expect(events.filter((e) => e.type === 'action_requested')).toEqual([]);
    expect(ticket!.queue).toBe('security');
  });
});
