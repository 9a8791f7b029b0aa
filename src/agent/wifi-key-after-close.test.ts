// Round 22 (c2, e-mail): after the cable fix, "Yes! Netflix is back … Btw can you also tell me what the wifi
// password is, the sticker on the box is gone" got "Your settings stay as they are" and the close; "But what
// about the wifi password?? … The kids need it for the ipad" got TV joining steps, then "anything else?", and
// in the end a person with a summary that lacked the password. A verified customer's Wi-Fi key asked for
// after the close (or beside the yes that closes) is the desk's own request: a new key offered with its
// permission, set on a linked case; the closed case keeps its outcome.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const ERIK = { customerNumber: '200199', name: 'Erik Sjöberg', pin: '9539' };
const OPENING = {
  en: 'since we cleaned behind the tv we have no internet at all',
  sv: 'sen vi städade bakom tv:n har vi inget internet alls',
};

async function closed(lang: Language) {
  const c = await chat(lang, faultWorld(['cable_unplugged'], { canDo: ['step.check_cables'] }), ERIK);
  await untilAsked(c, 'resolution.confirm', `${OPENING[lang]} ${c.pin}`);
  const r = await c.send(lang === 'en' ? 'Yes! it works again, thanks' : 'Ja! nu funkar det, tack');
  expect(r.at(-1)?.askKey).toBe('csat.score');
  return c;
}

const offer = { en: /new Wi-Fi password\?/, sv: /nytt wifi-lösenord\?/ };

describe('the Wi-Fi key asked for after the close', () => {
  it.each([
    [
      'en',
      'But what about the wifi password?? I asked for it in my last mail. The kids need it for the ipad',
    ],
    ['en', 'one more thing, what is the wifi password? the sticker on the box is gone'],
    ['en', "i don't know our wifi password, can you tell me it or make a new one?"],
    ['sv', 'vad är wifi-lösenordet förresten? lappen på routern är borta'],
    ['sv', 'och wifi lösenordet då?? barnen behöver det till ipaden'],
  ] as const)('%s: "%s" → a new key offered, set with permission on a linked case', async (lang, text) => {
    const c = await closed(lang);
    const said = await c.say(text);
    expect(said).toMatch(offer[lang]);
    expect(said).not.toMatch(/On the TV|På tv:n|(^|\n)(Your settings stay as they are|Dina inställningar)/);
    await c.say(c.yes);
    expect(c.desk.world.actionsDone()).toContain('wifi_password_change');
    const { first, next } = await c.cases();
    expect(first?.status).toBe('resolved');
    expect(next).toBeDefined();
  });
});

describe('the Wi-Fi key asked for beside the yes that closes', () => {
  it.each([
    [
      'en',
      'Yes! Netflix is back, the kids are happy. Thanks. Btw can you also tell me what the wifi password is, the sticker on the box is gone',
    ],
    ['sv', 'Ja, nu funkar det! Förresten, vad är wifi-lösenordet? lappen på boxen är borta'],
  ] as const)('%s: "%s" → taken up, never "your settings stay as they are"', async (lang, text) => {
    const c = await chat(lang, faultWorld(['cable_unplugged'], { canDo: ['step.check_cables'] }), ERIK);
    await untilAsked(c, 'resolution.confirm', `${OPENING[lang]} ${c.pin}`);
    const said = await c.say(text);
    expect(said).not.toMatch(/(^|\n)(Your settings stay as they are|Dina inställningar)/);
    expect(said).toMatch(offer[lang]);
    await c.say(c.yes);
    expect(c.desk.world.actionsDone()).toContain('wifi_password_change');
    // On the same case (the key asked for before it closed) or on a linked one after the close.
    expect((await c.desk.tickets.list({ limit: 10 })).items.length).toBeLessThanOrEqual(2);
  });
});

// v2-rp-dns-misconfigured-en-2 (regression of the above, seen in the full set): right after a new key was set
// on a linked case, "but what about the wifi password?" asks about that key — it is pointed to, never changed again.
describe('the Wi-Fi key asked about right after it was set', () => {
  it.each([
    ['en', 'but what about the wifi password?', /the one I gave you above/],
    ['sv', 'men wifi-lösenordet då?', /det jag gav dig ovan/],
  ] as const)('%s: "%s" → the key just set, no second change', async (lang, text, told) => {
    const c = await closed(lang);
    await c.say(
      lang === 'en'
        ? 'can you set a new wifi password? my ex knows it'
        : 'kan du sätta ett nytt wifi-lösenord? mitt ex kan det',
    );
    await c.say(c.yes);
    expect(c.desk.world.actionsDone().filter((a) => a === 'wifi_password_change')).toHaveLength(1);
    await c.say(lang === 'en' ? 'done' : 'klart');
    const said = await c.say(text);
    expect(said).toMatch(told);
    expect(c.desk.world.actionsDone().filter((a) => a === 'wifi_password_change')).toHaveLength(1);
  });
});
