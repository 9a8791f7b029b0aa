// Role-play round 27 (c2, sv chat, portal_account_locked): after the temporary password for the customer portal,
// "Jag ser bara prickar ••••• där lösenordet borde stå? Vad är lösenordet?" was read as the Wi-Fi password — the
// desk said where the Wi-Fi key is and asked twice for permission to set a new Wi-Fi password, until the customer
// asked for a person. The password set last in the case is the one meant: where the portal password is written out
// is told, and the question is asked again — no Wi-Fi change offered.
import { describe, expect, it } from 'vitest';
import { verifiedChat as verified } from './testing/chat.js';

const words = (r: { text: string; askKey?: string | null }[]) => r.map((x) => x.text).join('\n');

describe('the temporary portal password "only shows as dots"', () => {
  it.each([
    [
      'sv',
      'Jag ser bara prickar ••••• där lösenordet borde stå? Vad är lösenordet?',
      /tillfälliga lösenordet/,
    ],
    ['sv', 'jag kan inte läsa lösenordet, det syns bara punkter', /tillfälliga lösenordet/],
    ['en', 'I only see dots where the password should be? what is the password?', /temporary password/],
    ['en', "i cant read the new password, it's just ******", /temporary password/],
  ] as const)('%s: "%s"', async (lang, dots, told) => {
    const c = await verified(
      ['portal_account_locked'],
      lang,
      lang === 'sv' ? 'mitt konto på mina sidor är låst.' : 'my account on my pages is locked.',
    );
    expect(c.last.at(-1)?.askKey).toBe('resolution.confirm');
    const forgot = await c.send(
      lang === 'sv'
        ? 'nej nu säger den fel lösenord, jag har glömt det. kan ni skicka ett nytt?'
        : 'no, now it says wrong password, i forgot it. can you send me a new one?',
    );
    if (forgot.at(-1)?.askKey?.startsWith('consent.')) await c.send(c.yes);
    expect(await c.ran('account_password_reset')).toBe(true);
    const after = await c.send(dots);
    const text = words(after);
    expect(text).toMatch(told);
    expect(text).not.toMatch(/wifi|wi-fi/i);
    expect(after.at(-1)?.askKey).toBe('resolution.confirm');
    expect(await c.ran('wifi_password_change')).toBe(false);
    expect(await c.resolution()).toBeUndefined();
  });
});

describe('the temporary portal password unreadable a second time', () => {
  it.each([
    [
      'sv',
      'Jag ser bara prickar där lösenordet borde stå? Vad är lösenordet?',
      'syns bara prickar där också',
    ],
    ['en', 'i only see dots where the password should be??', 'still only dots in that message too'],
  ] as const)('%s: the promise is kept — a colleague takes it', async (lang, dots, again) => {
    const c = await verified(
      ['portal_account_locked'],
      lang,
      lang === 'sv' ? 'mitt konto på mina sidor är låst.' : 'my account on my pages is locked.',
    );
    const forgot = await c.send(
      lang === 'sv'
        ? 'jag har glömt lösenordet, kan ni skicka ett nytt?'
        : 'i forgot the password, can you send a new one?',
    );
    if (forgot.at(-1)?.askKey?.startsWith('consent.')) await c.send(c.yes);
    expect(await c.ran('account_password_reset')).toBe(true);
    await c.send(dots);
    await c.send(again);
    expect(await c.resolution()).toMatchObject({ outcome: 'escalated', queue: 'agents' });
    const { first } = await c.cases();
    expect(first?.queue).toBe('agents');
    const escalation = (await c.desk.tickets.timeline(c.id)).find((e) => e.type === 'escalation');
    expect((escalation as { reason?: string }).reason).toMatch(/portal password is unreadable/);
    expect(await c.ran('wifi_password_change')).toBe(false);
  });
});

// The same conversation, earlier: "Vänta, jag testar... nej det säger fel lösenord nu istället. Jag tror jag har
// glömt lösenordet helt ärligt. Kan ni skicka ett nytt? Och … var det någon annan som försökte logga in?" after the
// unlock got "Öppna en webbsida …" and "Har du glömt det säger du bara till" — asked to say what she had just said.
// A forgotten password asked for anew is the request (and so the permission), whatever hedge or question is beside.
describe('"I forgot the password, can you send a new one?" at "does it work now?" after an unlock', () => {
  it.each([
    [
      'sv',
      'Vänta, jag testar... nej det säger fel lösenord nu istället. Jag tror jag har glömt lösenordet helt ärligt. Kan ni skicka ett nytt? Och ni svarade inte, var det någon annan som försökte logga in?',
    ],
    ['sv', 'nej, fel lösenord. har glömt det helt. kan du göra ett tillfälligt åt mig?'],
    [
      'en',
      'hang on, testing... no, now it says wrong password. honestly i think i forgot the password. can you send me a new one? and was it someone else trying to log in?',
    ],
    ['en', "wrong password now, i've forgotten it. could you create a temporary one for me?"],
  ] as const)('%s: "%s"', async (lang, text) => {
    const c = await verified(
      ['portal_account_locked'],
      lang,
      lang === 'sv' ? 'mitt konto på mina sidor är låst.' : 'my account on my pages is locked.',
    );
    const r = await c.send(text);
    expect(await c.ran('account_password_reset')).toBe(true);
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    expect(words(r)).not.toMatch(/webbsida|web page|säger du bara till|just tell me/i);
  });
});

describe('a temporary password asked for just after one was given', () => {
  it.each([
    ['sv', 'Ja, jag har glömt det, det var ju det jag skrev :) Gör ett tillfälligt lösenord åt mig tack.'],
    ['en', 'yes i forgot it, that is what i said. please make me a temporary password'],
  ] as const)('%s: "%s" points to the one given, no second reset', async (lang, text) => {
    const c = await verified(
      ['portal_account_locked'],
      lang,
      lang === 'sv' ? 'mitt konto på mina sidor är låst.' : 'my account on my pages is locked.',
    );
    await c.send(
      lang === 'sv'
        ? 'jag har glömt lösenordet, kan ni skicka ett nytt?'
        : 'i forgot the password, can you send a new one?',
    );
    const r = await c.send(text);
    expect(words(r)).toMatch(
      lang === 'sv' ? /tillfälliga lösenordet som jag gav dig ovan/ : /temporary password I gave you above/,
    );
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    const resets = (await c.desk.tickets.timeline(c.id)).filter(
      (e) => e.type === 'action_done' && (e as { action?: string }).action === 'account_password_reset',
    );
    expect(resets).toHaveLength(1);
  });
});
