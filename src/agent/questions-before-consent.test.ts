// Round 31 (c4, en e-mail, firmware_bug_drops): "Before I say yes: will I lose my settings? … And how long will we
// be offline, I have a meeting in an hour." at the update's permission was noted as "put consent off for later"
// and answered "Of course, it can wait. Write “go”…". Questions before the yes are questions: answered, and the
// permission asked again — no "later" on the case; a meeting that is due is the customer's time, no deferral.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { verifiedChat } from './testing/chat.js';

const OPENING: Record<Language, string> = {
  en: 'our internet drops several times a day for a minute or two, on wifi and on the cable.',
  sv: 'internet tappar flera gånger om dagen en minut eller två, både på wifi och på kabel.',
};
const LATER = /it can wait|write “go”|det kan vänta|skriv ”kör”|when it suits you|när det passar/i;

describe('questions before the yes are no putting off', () => {
  it.each([
    [
      'en',
      'Before I say yes: will I lose my settings? I have a port forward for my NAS. And how long will we be offline, I have a meeting in an hour.',
    ],
    ['en', 'will I lose my settings? and how long is it down? I have a call in 30 minutes'],
    [
      'sv',
      'Innan jag säger ja: försvinner mina inställningar? Och hur länge blir vi utan nät, jag har ett möte om en timme.',
    ],
    ['sv', 'försvinner mina inställningar? hur länge tar det? jag har ett samtal om 30 minuter'],
  ] as [Language, string][])('%s: "%s"', async (lang, question) => {
    const c = await verifiedChat(['firmware_bug_drops'], lang, OPENING[lang]);
    const ask = c.last.at(-1)?.askKey;
    expect(ask).toMatch(/^consent\./);
    const replies = await c.send(question);
    const said = replies.map((m) => m.text).join('\n');
    expect(said).not.toMatch(LATER);
    expect(said).toMatch(/settings|inställningar/i);
    expect(replies.at(-1)?.askKey).toBe(ask);
    expect((await c.notes()).join('\n')).not.toMatch(/off for later/);
    expect(await c.ran('cpe_firmware_upgrade')).toBe(false);
  });
});
