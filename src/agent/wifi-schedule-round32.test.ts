// Role-play round 32 (c #4): after the Wi-Fi radio was switched back on, "ja nu syns det! schema? vad är det för
// schema, var ställer man in det" got only the close; after it, "mamma säger att wifi stängdes av förra veckan
// också vid typ midnatt. hur stänger man av det där schemat" opened a linked Wi-Fi case and ran a diagnosis, and
// "strunta i det. wifi funkar. hejdå" left that case `new`. A how-to about the schedule is answered (what it is,
// where it is switched off), before or after the close; a goodbye ends any case opened after the close.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const OPENING: Record<Language, string> = {
  en: 'our wifi is gone, neither the phone nor the ipad can find it',
  sv: 'vårt wifi syns inte längre, varken mobilen eller ipaden hittar det',
};
const SCHEDULE = /Wi-Fi → Schedule|Wifi → Schema/;

async function atConfirm(lang: Language) {
  const c = await portalChat(lang, faultWorld(['wifi_radio_disabled']));
  await untilAsked(c, 'resolution.confirm', OPENING[lang]);
  return c;
}

describe('a Wi-Fi schedule how-to is answered, not diagnosed (rp32c #4)', () => {
  it.each([
    ['sv', 'ja nu syns det! schema? vad är det för schema, var ställer man in det'],
    ['sv', 'ja funkar. men hur stänger man av det där schemat'],
    ['en', 'yes I see it now! schedule? what schedule, where do I set that'],
    ['en', 'yes works. where do I turn off that wifi schedule?'],
  ] as const)('%s beside the yes: %j', async (lang, text) => {
    const c = await atConfirm(lang);
    const r = await c.send(text);
    expect(r.map((m) => m.text).join(' ')).toMatch(SCHEDULE);
    expect(r.at(-1)?.askKey).toBe('csat.score');
  });

  it.each([
    [
      'sv',
      'en grej till. mamma säger att wifi stängdes av förra veckan också vid typ midnatt. hur stänger man av det där schemat',
    ],
    ['sv', 'nej wifi funkar ju nu. jag frågade om SCHEMAT, var stänger man av det'],
    [
      'en',
      'one more thing. my mum says the wifi went off last week too around midnight. how do I turn off that schedule',
    ],
    ['en', 'the wifi works now. I asked about the SCHEDULE, where do I switch it off'],
  ] as const)('%s after the close, answered, no case opened: %j', async (lang, text) => {
    const c = await atConfirm(lang);
    await c.send(lang === 'sv' ? 'ja nu funkar det' : 'yes it works now');
    expect(await c.say(text)).toMatch(SCHEDULE);
    expect((await c.cases()).next).toBeUndefined();
  });

  it.each([
    ['sv', 'wifi försvann igen nu, mobilen hittar det inte', 'strunta i det. wifi funkar. hejdå'],
    ['en', 'the wifi is gone again, my phone cannot find it', 'never mind, it works now. bye'],
  ] as const)('%s a goodbye ends the case opened after the close: %j', async (lang, again, bye) => {
    const c = await atConfirm(lang);
    await c.send(lang === 'sv' ? 'ja nu funkar det' : 'yes it works now');
    await c.send(again);
    await c.send(bye);
    const { first, next } = await c.cases();
    expect(first?.status).toBe('resolved');
    if (next) expect(next.status).not.toBe('new');
  });
});
