// Issue 14, round 20 b4, b2, b8: "is it a virus / were we hacked / can people hack the camera now?" was put
// off, passed on ("Det kan jag inte svara på härifrån") or answered with the router login. It is one kind of
// question, answered per fault or action from the catalogue (was_hacked.<action|cause>): a DNS setting is no
// virus and needs no antivirus; Wi-Fi switched off is the button, neighbours very unlikely, a new key offered;
// an open port makes that device reachable, so a strong password and updates, and the opening can go again.
import { expect, it } from 'vitest';
import { STEP_KEYS, type FaultKind, type Language } from '../domain/index.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';
import { portForwardDesk } from './testing/port-forward-desk.js';

const CANNOT = /can’t answer|cannot answer|kan inte svara|kan jag inte svara|noted|antecknat|noterat/;
const able = (lang: Language, fault: FaultKind) => chat(lang, faultWorld([fault], { canDo: [...STEP_KEYS] }));
const text = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

it.each([
  ['sv', 'vänta, är det ett virus? ska jag köra antivirus först'],
  ['sv', 'kan det vara virus på datorn?'],
  ['sv', 'har vi blivit hackade??'],
  ['en', 'wait, is it a virus? should i run my antivirus first'],
  ['en', 'could this be malware on my laptop?'],
] as const)('%s: "%s" at the DNS permission is answered from the fault', async (lang, q) => {
  const c = await able(lang, 'dns_misconfigured');
  await c.asks(lang === 'sv' ? 'inga sidor laddar' : 'no websites load', 'identity.customer_number');
  await c.asks(c.pin, 'consent.config_change');
  const replies = await c.send(q);
  expect(replies.at(-1)?.askKey).toBe('consent.config_change');
  const out = text(replies);
  expect(out).toMatch(lang === 'sv' ? /intrång eller virus.*antivirus/s : /break-in or a virus.*antivirus/s);
  expect(out).not.toMatch(CANNOT);
});

it.each([
  ['sv', 'men var det ett virus alltså?'],
  ['en', 'so was it a virus or not?'],
] as const)('%s: "%s" after the DNS case closed is answered, no new case', async (lang, q) => {
  const c = await able(lang, 'dns_misconfigured');
  await untilAsked(
    c,
    'resolution.confirm',
    `${c.pin}. ${lang === 'sv' ? 'inga sidor laddar' : 'no sites load'}`,
  );
  await c.asks(lang === 'sv' ? 'ja nu funkar det' : 'yes it works now', 'csat.score');
  const out = await c.say(q);
  expect(out).toMatch(lang === 'sv' ? /intrång eller virus/ : /break-in or a virus/);
  expect((await c.cases()).next).toBeUndefined();
});

it.each([
  ['sv', '100482. men kan det vara grannarna som hackat oss?'],
  ['sv', '100482, har grannen hackat routern?'],
  ['en', '100482. could the neighbours have hacked us?'],
  ['en', '100482 - did someone hack our router??'],
] as const)(
  '%s: "%s" beside the number at a Wi-Fi-off case waits for the case, then is answered',
  async (lang, q) => {
    const c = await able(lang, 'wifi_radio_disabled');
    await c.asks(
      lang === 'sv' ? 'vårt wifi syns inte längre' : 'our wifi has vanished',
      'identity.customer_number',
    );
    const before = text(await c.send(q));
    // Nothing is checked yet: no "nothing I checked points to a break-in" before the check.
    expect(before).not.toMatch(/kontrollerat tyder|I have checked points/);
    const out = text(await c.send('4711'));
    expect(out).toMatch(
      lang === 'sv' ? /grannar .*osannolikt.*wifi-knappen/s : /neighbours .*unlikely.*Wi-Fi button/s,
    );
    expect(out).toMatch(lang === 'sv' ? /nytt wifi-lösenord/ : /new Wi-Fi password/);
  },
);

it.each([
  ['sv', 'ja gör det. men hur kan det bara stängas av av sig självt?'],
  ['en', 'yes do it. but how can it just switch off by itself?'],
] as const)('%s: "%s" is answered with how Wi-Fi gets switched off', async (lang, q) => {
  const c = await able(lang, 'wifi_radio_disabled');
  await c.asks(
    lang === 'sv' ? 'vårt wifi syns inte längre' : 'our wifi has vanished',
    'identity.customer_number',
  );
  await c.asks(c.pin, 'consent.wifi_change');
  const out = await c.say(q);
  expect(out).toMatch(/wifi-knappen|Wi-Fi button/);
  expect(out).not.toMatch(CANNOT);
});

it.each([
  ['sv', 'vet inte än, är inte hemma. men kan folk hacka kameran nu när porten är öppen?'],
  ['sv', 'ok. kan någon hacka sig in på kameran nu?'],
  ['en', "don't know yet, not home. but can people hack the camera now the port is open?"],
  ['en', 'not home yet. could hackers get into my camera now?'],
] as const)('%s: "%s" after a camera port opening is answered with what it exposes', async (lang, q) => {
  const d = await portForwardDesk(
    lang,
    lang === 'sv'
      ? 'hej, jag har köpt en övervakningskamera och behöver öppna port 554 i routern'
      : 'hi, bought a security camera and need port 554 opened in the router',
  );
  let r = await d.send(lang === 'sv' ? 'kameran har 192.168.1.64' : 'the camera is 192.168.1.64');
  for (let i = 0; i < 3 && r.at(-1)?.askKey?.startsWith('consent.'); i++)
    r = await d.send(lang === 'sv' ? 'ja' : 'yes');
  expect(r.at(-1)?.askKey).toBe('resolution.confirm');
  const out = text(await d.send(q));
  expect(out).toMatch(
    lang === 'sv'
      ? /starkt lösenord.*uppdaterad.*ta bort öppningen/s
      : /strong password.*updated.*remove the opening/s,
  );
  expect(out).not.toMatch(/192\.168\.1\.1|logga in|log in/);
});
