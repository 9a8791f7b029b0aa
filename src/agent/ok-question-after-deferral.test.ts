// Round 17 (a9): after "maybe not now, i'll check the app again tonight" the desk said to write "go";
// "ok. and if it IS the neighbour, is that illegal or something? can i report them" then CHANGED the
// Wi-Fi password: the "ok." before a question was read as the go-ahead.
import { describe, expect, it } from 'vitest';
import { converseIn } from './testing/converse.js';

describe('an ok before a question while a change waits for "go"', () => {
  it.each([
    [
      'en',
      'i think someone is using our wifi, can you change the password?',
      'maybe not now, i will check the app again tonight',
      'ok. and if it IS the neighbour, is that illegal or something? can i report them',
    ],
    [
      'en',
      'i think someone is using our wifi, can you change the password?',
      'not now, later',
      'okay. is it illegal to use someone elses wifi?',
    ],
    [
      'sv',
      'jag tror någon använder vårt wifi, kan ni byta lösenordet?',
      'inte nu, senare ikväll',
      'ok. och om det ÄR grannen, är det olagligt? kan man polisanmäla?',
    ],
  ] as const)('%s: changes nothing and still waits', async (lang, opening, later, ok) => {
    const { replies, desk, ticket } = await converseIn([], lang, [opening, later, ok], { portal: true });
    const events = await desk.tickets.timeline(ticket!.id);
    expect(events.some((e) => e.type === 'action_requested' || e.type === 'action_done')).toBe(false);
    expect(replies.at(-1)).toMatch(lang === 'en' ? /“go”/ : /”kör”|“kör”|kör/);
  });
});
