// After a new Wi-Fi key closed the case, "tvn har 2 saker som ska in. hur gör jag på tvn?" is how to join
// a device to the Wi-Fi (Settings → Network → Wi-Fi, the new key): a Tier-1 answer, never a TV-service
// question for a colleague; a printer joins with WPS; "I can't get in without the password" points to the
// key shown above. "Why do you need my PIN?" is answered and the PIN asked again without a "Thanks".
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const LINES = {
  sv: {
    opening: 'hej jag har glömt wifi lösenordet',
    why: 'varför behöver ni min pin?',
    tv: 'tvn har 2 saker som ska in. hur gör jag på tvn?',
    settings: /Inställningar → Nätverk/,
    printer: 'hur får jag in skrivaren?',
    wps: /WPS/,
    key: 'jag kommer ju inte in utan lösenordet',
    above: /visade ovan/,
    colleague: /kollega|24 timmar|kan jag inte kontrollera/,
  },
  en: {
    opening: 'hi i forgot my wifi password',
    why: 'why do you need my pin?',
    tv: 'the tv has 2 things that need to get on it. how do i do it on the tv?',
    settings: /Settings → Network/,
    printer: 'how do i get the printer connected?',
    wps: /WPS/,
    key: 'i cant get in without the password',
    above: /showed you above/,
    colleague: /colleague|24 hours|cannot check/,
  },
} as const;

it.each(['sv', 'en'] as const)('%s: joining devices after a new key is answered here', async (lang) => {
  const l = LINES[lang];
  const { desk, say, yes } = await chat(
    lang,
    faultWorld(['wifi_password_forgotten'], { canDo: ['step.rejoin_wifi'] }),
  );
  await say(l.opening);
  await say('100482');
  const pinAgain = await say(l.why);
  expect(pinAgain).toMatch(/PIN/);
  expect(pinAgain).not.toMatch(/^(Tack|Thanks)\./m);
  await say('4711');
  await say(yes);
  await say(lang === 'sv' ? 'klart' : 'done');
  const tv = await say(l.tv);
  expect(tv).toMatch(l.settings);
  expect(tv).not.toMatch(l.colleague);
  expect(await say(l.printer)).toMatch(l.wps);
  expect(await say(l.key)).toMatch(l.above);
  const items = (await desk.tickets.list({ limit: 10 })).items;
  expect(items).toHaveLength(1);
  expect(items[0].status).toBe('resolved');
});
