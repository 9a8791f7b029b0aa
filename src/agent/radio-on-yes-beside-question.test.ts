// Role-play round 27 (demo desk, wifi_radio_disabled): "yes please. will my wifi password stay the same?" at
// "May I switch your Wi-Fi on?" got the answer and the same permission again. A yes finished before a
// question the desk's answer settles (switching the Wi-Fi on keeps the name and the password) is the
// permission: the question answered and the Wi-Fi switched on in the same reply. "ja tack. blir
// wifi-lösenordet detsamma?" and "kör. behåller jag samma lösenord?" were taken as yes but the question left
// unanswered (or "I can't answer that"): the key or name asked about without "wifi" is the Wi-Fi's, at a
// Wi-Fi permission. A yes with a reservation ("ok but will my password change?") still waits for the answer.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const SAME = /same name and the same password|samma namn och samma lösenord/;

async function atRadioConsent(lang: Language) {
  const c = await portalChat(lang, faultWorld(['wifi_radio_disabled']));
  await untilAsked(
    c,
    'consent.wifi_change',
    lang === 'sv'
      ? 'vårt wifi-nätverk syns inte längre'
      : 'my wifi network is gone, the phones cannot find it',
  );
  return c;
}

describe('a yes beside a question at switching the Wi-Fi on is the yes', () => {
  it.each([
    ['en', 'yes please. will my wifi password stay the same?'],
    ['en', 'yes. will the name stay the same?'],
    ['en', 'sure go ahead, does the password change?'],
    ['sv', 'ja tack. blir wifi-lösenordet detsamma?'],
    ['sv', 'kör. behåller jag samma lösenord?'],
    ['sv', 'ja gärna. behåller vi samma namn på nätet?'],
  ] as const)('%s: "%s" is answered and the Wi-Fi switched on', async (lang, text) => {
    const c = await atRadioConsent(lang);
    const r = await c.send(text);
    const said = r.map((x) => x.text).join('\n');
    expect(said).toMatch(SAME);
    expect(said).not.toMatch(/May I switch|Får jag slå på|can’t answer|kan jag inte svara/);
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    expect(c.desk.world.actionsDone()).toEqual(['wifi_radio_enable']);
  });

  it.each([
    ['en', 'ok but will my password change?'],
    ['sv', 'ja men ändras lösenordet då?'],
  ] as const)('%s: "%s" (a yes with a reservation) is answered and asked again', async (lang, text) => {
    const c = await atRadioConsent(lang);
    const r = await c.send(text);
    expect(r.map((x) => x.text).join('\n')).toMatch(SAME);
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(c.desk.world.actionsDone()).toEqual([]);
  });
});
