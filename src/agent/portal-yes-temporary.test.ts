// Role-play round 29 (a #2, en chat, portal_account_locked): at "does it work now?" after the unlock, "yes please,
// make me a temporary one. I've forgotten it" was read as "it works", the case closed with "customer confirms it
// works" and no password made. A yes that asks for the action offered is not a confirmation: the temporary
// password is made and the question asked again. And "I need an invoice for my employer", said as the reason for
// signing in to the portal (and "I don't need billing"), is no billing question: no billing case is opened.
import { describe, expect, it } from 'vitest';
import { verifiedChat as verified } from './testing/chat.js';

const words = (r: { text: string; askKey?: string | null }[]) => r.map((x) => x.text).join('\n');

describe('a yes that asks for the temporary password is not "it works"', () => {
  it.each([
    ['en', "yes please, make me a temporary one. I've forgotten it"],
    ['en', 'yes, send me a new one please, I have no idea what it was'],
    ['en', 'sure, give me a temporary one'],
    ['sv', 'ja tack, gör ett tillfälligt åt mig. jag har glömt det'],
    ['sv', 'ja, skicka ett nytt tack, jag minns inte vad det var'],
  ] as const)('%s: "%s"', async (lang, text) => {
    const c = await verified(
      ['portal_account_locked'],
      lang,
      lang === 'sv' ? 'mitt konto på mina sidor är låst.' : 'my account on my pages is locked.',
    );
    expect(c.last.at(-1)?.askKey).toBe('resolution.confirm');
    const r = await c.send(text);
    if (r.at(-1)?.askKey?.startsWith('consent.')) await c.send(c.yes);
    expect(await c.ran('account_password_reset')).toBe(true);
    expect(words(r)).not.toMatch(/glad it works|skönt att det fungerar/i);
    expect(await c.resolution()).toBeUndefined();
  });
});

describe('an invoice as the reason for signing in is no billing case', () => {
  it.each([
    [
      'en',
      "I can't log in to My Pages, it says my account is locked. I need to download an invoice for my employer today. Can you unlock it?",
      "I don't need billing, I just need to get in so I can download the PDF myself",
    ],
    [
      'sv',
      'Jag kommer inte in på Mina sidor, kontot är låst. Jag måste ladda ner en faktura till jobbet idag. Kan ni låsa upp det?',
      'jag behöver ingen hjälp med fakturan, jag vill bara komma in och ladda ner den själv',
    ],
  ] as const)('%s', async (lang, opening, notBilling) => {
    const c = await verified(['portal_account_locked'], lang, opening);
    const said = [...c.last, ...(await c.send(lang === 'sv' ? 'ja nu kom jag in' : "yes I'm in now"))];
    said.push(...(await c.send(notBilling)));
    const items = (await c.desk.tickets.list({ limit: 10 })).items;
    expect(items.filter((t) => t.queue === 'billing')).toHaveLength(0);
    expect(words(said)).not.toMatch(/billing team|fakturaavdelning|faktureringsteam/);
  });
});
