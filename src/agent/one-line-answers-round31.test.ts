// Role-play round 31: questions a technician answers in one line got "I can't answer that from here", a note for
// a colleague, or the answer to another question — the blinking light and "is it broken?" at the restart, the
// PON light and the wait while the router is switched on, the Wi-Fi off at night and the wall socket or power
// strip after the close, where to keep a new admin password, the neighbour with the old Wi-Fi key, a hardware
// fault asked about before the restart, "should I buy a new router?" at a software update, and "how will I
// know it is fixed?" after one. Each is answered in the conversation's language and the question asked again.
import { expect, it } from 'vitest';
import type { FaultKind, Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CANNOT =
  /can’t answer|cannot answer|inte svara på|noted your question|noterat din fråga|kollega svarar|noted it on your case/;
const opening = (lang: Language) => (lang === 'sv' ? 'internet funkar inte' : 'my internet is down');

async function atAsk(lang: Language, faults: FaultKind[], first?: string) {
  const c = await chat(lang, faultWorld(faults));
  const asked = await c.send(`${c.pin}. ${first ?? opening(lang)}`);
  return { c, ask: asked.at(-1)?.askKey };
}

it.each([
  ['sv', 'vad betyder det att lampan blinkar? är den trasig?'],
  ['en', 'what does it mean that the light is blinking? is it broken?'],
  ['sv', 'en lampa blinkar hela tiden, vad betyder det? har den gått sönder?'],
  ['en', 'why is one of the lights flashing? so is it broken?'],
] as const)(
  '%s: "%s" at the restart: what blinking means, and not broken without a "yes"',
  async (lang, q) => {
    const { c, ask } = await atAsk(lang, ['cpe_hung']);
    expect(ask).toBe('consent.reboot');
    const replies = await c.send(q);
    const out = replies.map((m) => m.text).join('\n');
    expect(out).toMatch(/data går igenom|data is passing/);
    expect(out).toMatch(/inte trasig|not broken/);
    expect(out).not.toMatch(/^(Ja|Yes)\b[^\n]*(inte trasig|not broken)/m);
    expect(out).not.toMatch(CANNOT);
    expect(replies.at(-1)?.askKey).toBe(ask);
  },
);

it.each([
  ['sv', 'hur länge ska jag vänta, och vilken lampa ska lysa? det finns en som heter PON'],
  ['en', 'how long should I wait, and which light should be on? there is one called PON'],
] as const)('%s: "%s" while the router is switched on: minutes and the PON light', async (lang, q) => {
  const { c, ask } = await atAsk(
    lang,
    ['cpe_powered_off'],
    lang === 'sv' ? 'internet funkar inte, inga lampor lyser' : 'my internet is down, no lights',
  );
  expect(ask).toBe('step.power_on');
  const replies = await c.send(q);
  const out = replies.map((m) => m.text).join('\n');
  expect(out).toMatch(/ett par minuter|a couple of minutes/);
  expect(out).toMatch(/PON[^\n]*(fast grönt|steady green)/);
  expect(out).not.toMatch(/Just nu, ja|For now, yes|jobbar på det|I am on it/);
  expect(replies.at(-1)?.askKey).toBe(ask);
});

it.each([
  ['sv', 'kan vi stänga av wifi:t på nätterna själva, hur gör man?', /WLAN-knappen[^]*192\.168\.1\.1/],
  ['sv', 'går det att slå av wlan på kvällen när vi sover?', /WLAN-knappen/],
  ['en', 'can we turn the wifi off at night ourselves, how do we do that?', /WLAN[^]*192\.168\.1\.1/],
  ['en', 'is there a way to switch off the wireless at bedtime?', /WLAN/],
  [
    'sv',
    'är det bättre att ha routern direkt i väggen istället för i grenuttaget?',
    /Båda går bra[^]*grenuttaget/,
  ],
  [
    'en',
    'is it better to plug the router straight into the wall instead of the power strip?',
    /Both are fine/,
  ],
] as const)('%s: "%s" after the close is answered, no case opened', async (lang, q, answer) => {
  const { c } = await atAsk(lang, ['cpe_hung']);
  await c.say(c.yes); // restart
  await c.say(lang === 'sv' ? 'ja det funkar' : 'yes it works');
  await c.say('5');
  const out = await c.say(q);
  expect(out).toMatch(answer);
  expect(out).not.toMatch(
    /säkring|jordfelsbrytare|fuse|circuit breaker|hur länge|Glöm wifi|forget the Wi-Fi/,
  );
  expect(out).not.toMatch(CANNOT);
  expect((await c.cases()).next).toBeUndefined();
});

it.each([
  ['en', 'yes please. but do I need to write it down somewhere, when would I even use it?'],
  ['en', 'sure go ahead. should I note it down? when do I ever need it?'],
  ['sv', 'ja gärna. men måste jag skriva ner det nånstans, när skulle jag ens använda det?'],
] as const)('%s: "%s" at the admin password: where to keep it and when it is used', async (lang, q) => {
  const { c, ask } = await atAsk(
    lang,
    ['default_admin_password'],
    lang === 'sv' ? 'kan ni byta routerns adminlösenord?' : 'can you change my router admin password?',
  );
  expect(ask).toBe('consent.config_change');
  const out = await c.say(q);
  expect(out).toMatch(/somewhere safe|säkert ställe/);
  expect(out).toMatch(/change the router’s settings|ändra routerns inställningar/);
  expect(out).not.toMatch(CANNOT);
});

it.each([
  [
    'sv',
    'ok, ja kör. Kan det vara så att grannen har vårt gamla lösenord, vi gav det till dem i somras',
    'måste alla 15 enheter få det nya lösenordet?',
  ],
  [
    'en',
    'ok go ahead. could the neighbour still have our old password? we gave it to them last summer',
    'do all 15 devices need the new key?',
  ],
  [
    'en',
    'yes do it. maybe our guests still know the old wifi key?',
    'does every device need the new key then?',
  ],
] as const)('%s: "%s" at a new Wi-Fi key: yes, very possibly; each device once', async (lang, q, devices) => {
  const { c, ask } = await atAsk(
    lang,
    ['default_admin_password'],
    lang === 'sv'
      ? 'det finns en okänd enhet i appen, är vi hackade? byt wifi-lösenordet'
      : 'there is an unknown device in the app, are we hacked? change the wifi password',
  );
  expect(ask).toBe('consent.wifi_change');
  const out = await c.say(q);
  expect(out).toMatch(/mycket möjligt|very possibly/);
  expect(out).toMatch(/nya lösenordet kommer den inte in|new password it cannot get in/);
  expect(out).not.toMatch(CANNOT);
  expect(await c.say(devices)).toMatch(/varje enhet|every device/);
});

it.each([
  [
    'sv',
    'hårdvarufel?? betyder det att den är trasig? ja starta om då men den startar ju om hela tiden ändå',
  ],
  ['en', 'hardware fault?? does that mean it is broken? ok restart it then'],
] as const)(
  '%s: "%s" at the restart for a hardware fault is answered before the restart',
  async (lang, q) => {
    const { c, ask } = await atAsk(
      lang,
      ['hardware_failure'],
      lang === 'sv'
        ? 'internet funkar inte, routern startar om hela tiden'
        : 'my internet is down, the router keeps rebooting',
    );
    expect(ask).toBe('consent.reboot');
    const out = await c.say(q);
    const answer = out.search(/troligen|probably/);
    expect(answer).toBeGreaterThanOrEqual(0);
    expect(answer).toBeLessThan(out.search(/startar om din router nu|restarting your router now/));
    expect(out).toMatch(/utan kostnad|free of charge/);
    expect(out).not.toMatch(CANNOT);
  },
);

it.each([
  ['en', 'should I buy a new router?'],
  ['en', 'do I need a new router then?'],
  ['sv', 'borde jag köpa en ny router?'],
  ['sv', 'måste jag skaffa en ny router?'],
] as const)('%s: "%s" at a software update: no, never opening with a yes', async (lang, q) => {
  const { c, ask } = await atAsk(
    lang,
    ['firmware_bug_drops'],
    lang === 'sv' ? 'internet tappar flera gånger om dagen' : 'my internet drops several times a day',
  );
  expect(ask).toBe('consent.firmware_update');
  const replies = await c.send(q);
  const out = replies.map((m) => m.text).join('\n');
  expect(out).toMatch(/^(No|Nej)\b[^\n]*(no need for a new one|behöver ingen ny)/m);
  expect(out).not.toMatch(/^(Yes|Ja)\b|, (yes|ja):/m);
  expect(replies.at(-1)?.askKey).toBe(ask);
});

it.each([
  [
    'en',
    'Hard to say yet, it works right now but it also worked between the drops before. How will I know it is fixed? Should I just wait a day?',
  ],
  [
    'sv',
    'Svårt att säga, det funkar nu men det gjorde det mellan avbrotten förut också. Hur vet jag att det är fixat? Ska jag bara vänta en dag?',
  ],
  // (Round 32: the fault as it was before the fix, told beside "also", is no second problem for a new case.)
  [
    'en',
    "Not sure yet, it's fine at the moment but it also worked between the drops earlier. How do I know it's fixed?",
  ],
  [
    'sv',
    'Vet inte än, det funkar nu men det tappade också förut mellan varven. Hur vet jag att det är löst?',
  ],
] as const)('%s: "%s" after a software update: a day of normal use tells', async (lang, q) => {
  const { c } = await atAsk(
    lang,
    ['firmware_bug_drops'],
    lang === 'sv' ? 'internet tappar flera gånger om dagen' : 'my internet drops several times a day',
  );
  await c.say(c.yes);
  const out = await c.say(q);
  expect(out).toMatch(/for a day|i ett dygn/);
  expect(out).not.toMatch(/I am on it|jag jobbar på det/);
  // (Round 32: in English the closing reply ended with "That one I can't answer from here" after the summary.)
  expect(out).not.toMatch(CANNOT);
  expect(out).not.toMatch(/can’t answer|can't answer/);
});

it.each([
  [
    'sv',
    '5 snabbt o smidigt! datorn kom igång när jag slog av o på wifi. men varför blev uppgifterna fel från början, kan det hända igen?',
  ],
  [
    'en',
    '5 quick! my laptop came back when I switched the wifi off and on. but why were the login details wrong in the first place, can it happen again?',
  ],
  ['sv', '5. varför var inloggningen fel från början? kommer det hända igen?'],
] as const)('%s: "%s" after sign-in details were fixed: why, and that they stay', async (lang, q) => {
  const { c } = await atAsk(lang, ['ppp_auth_failure']);
  await c.say(c.yes);
  await c.say(lang === 'sv' ? 'ja det funkar' : 'yes it works');
  const out = await c.say(q);
  expect(out).toMatch(/inget du har gjort|nothing you did/);
  expect(out).toMatch(/ligger kvar|keeps them/);
  expect(out).not.toMatch(/tv:n|the TV|Glöm nätverket|Forget the network/i);
});
