// Round 34 (f46), bench/roleplay/round34-a.md #7: after a new Wi-Fi password, "mobilen är inne nu 👍 kan jag
// byta namn på nätet också medan vi håller på? vill att det heter Nilssons istället för det långa" closed the
// case and the rename was dropped; "hallå namnet då? Nilssons" and "NAMNET på wifi nätverket, det ska heta
// Nilssons" were answered as password questions, "jag vill byta namn på mitt wifi" refused. A second request in
// the same message as a step done is taken up after the first (its own permission, wifi_ssid_change), and a
// repeat of it is that request.
import { describe, expect, it } from 'vitest';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const NEW_KEY = { sv: 'ja kör ett nytt', en: 'ok go ahead, set a new one' } as const;

async function atRejoin(lang: 'sv' | 'en') {
  const c = await portalChat(lang, faultWorld(['wifi_password_forgotten'], { canDo: ['step.rejoin_wifi'] }));
  await c.say(
    lang === 'sv'
      ? 'har glömt wifi lösenordet, ska koppla in nya mobilen'
      : 'forgot the wifi password, need to connect my new phone',
  );
  const r = await c.send(NEW_KEY[lang]);
  expect(r.at(-1)?.askKey).toBe('step.rejoin_wifi');
  c.desk.world.performStep('step.rejoin_wifi');
  return c;
}
const keys = (c: Awaited<ReturnType<typeof portalChat>>) =>
  c.desk.world.calls.filter((x) => x.action === 'wifi_password_change');
const renamed = (c: Awaited<ReturnType<typeof portalChat>>) =>
  c.desk.world.calls.filter((x) => x.action === 'wifi_ssid_change').map((x) => x.args?.ssid);

describe('a rename asked beside the step done is taken up, with its own permission', () => {
  it.each([
    [
      'sv',
      'mobilen är inne nu 👍 kan jag byta namn på nätet också medan vi håller på? vill att det heter Nilssons istället för det långa',
    ],
    ['sv', 'klart, mobilen är ansluten. kan ni döpa om nätverket till Nilssons också?'],
    [
      'en',
      "phone is connected now 👍 can I rename the network too while we're at it? want it called Nilssons instead of the long one",
    ],
    ['en', 'done, the phone is on. could you also change the network name to Nilssons?'],
  ] as const)('%s: "%s"', async (lang, text) => {
    const c = await atRejoin(lang);
    const out = await c.say(text);
    expect(out).toMatch(/”Nilssons”|“Nilssons”/);
    expect(out).not.toMatch(/det jag gav dig ovan|the one I gave you above/);
    await c.say(c.yes);
    expect(renamed(c)).toContain('Nilssons');
    expect(keys(c)).toHaveLength(1);
  });

  it.each([
    [
      'sv',
      'mobilen är inne nu 👍 kan jag byta namn på nätet också medan vi håller på? vill att det heter Nilssons istället för det långa',
    ],
    [
      'en',
      "phone is connected now 👍 can I rename the network too while we're at it? want it called Nilssons instead of the long one",
    ],
  ] as const)('%s: after the close, "%s" is the rename, never the key just set', async (lang, text) => {
    const c = await atRejoin(lang);
    await c.say(lang === 'sv' ? 'klart' : 'done');
    const out = await c.say(text);
    expect(out).toMatch(/”Nilssons”|“Nilssons”/);
    await c.say(c.yes);
    expect(renamed(c)).toContain('Nilssons');
    expect(keys(c)).toHaveLength(1);
  });
});

describe('a rename repeated after the close is that request, never the password', () => {
  it.each([
    ['sv', 'hallå namnet då? Nilssons'],
    ['sv', 'nej inte lösenordet. NAMNET på wifi nätverket, det ska heta Nilssons'],
    ['en', 'what about the name? Nilssons'],
    ['en', 'not the password. the NAME of the wifi network, it should be Nilssons'],
  ] as const)('%s: "%s" after the close asks to rename to Nilssons', async (lang, text) => {
    const c = await atRejoin(lang);
    await c.say(lang === 'sv' ? 'klart' : 'done');
    const out = await c.say(text);
    expect(out).toMatch(/”Nilssons”|“Nilssons”/);
    expect(out).not.toMatch(
      /det jag gav dig ovan|the one I gave you above|redan berättat allt|already told you/,
    );
    await c.say(c.yes);
    expect(renamed(c)).toContain('Nilssons');
  });

  it.each([
    ['sv', 'jag vill byta namn på mitt wifi', /Vad vill du att ditt wifi-nät ska heta/],
    ['en', 'I want to rename my wifi', /What would you like your Wi-Fi network to be called/],
  ] as const)('%s: "%s" after the close asks for the name', async (lang, text, ask) => {
    const c = await atRejoin(lang);
    await c.say(lang === 'sv' ? 'klart' : 'done');
    const out = await c.say(text);
    expect(out).toMatch(ask);
    expect(out).not.toMatch(/redan berättat allt|already told you/);
  });
});
