// Issue 14, round 20 c2, a3, c1: answers the desk has from its own checks and the closed case.
// c2: "which channel are you moving it to?" / "so what channel is it on now? 1, 6, 11?" got a radio-station
// paragraph three times — the channel numbers the Wi-Fi check read answer it (before: the crowded one; after:
// the one the router is on now). a3: "…youtube kept playing, so I suppose yes." was "unclear"; after the close,
// "why would the cable have been in the wrong socket, nobody touched it" opened a new case. c1: "Och kommer
// teknikern ändå nu?" after a fix without a visit got "I can't answer that from here".
import { expect, it } from 'vitest';
import { STEP_KEYS, type FaultKind, type Language } from '../domain/index.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CANNOT = /can’t answer|cannot answer|kan inte svara|kan jag inte svara/;
const able = (lang: Language, fault: FaultKind, splitter = false) =>
  chat(lang, faultWorld([fault], { canDo: [...STEP_KEYS], splitter }));

const OPENING: Partial<Record<FaultKind, [string, string]>> = {
  wifi_channel_congestion: ['wifi:t laggar', 'wifi lags'],
  dsl_low_snr: ['nätet går ner', 'internet keeps dropping'],
};

/** A chat on `fault` at "does it work now?" after the fix. */
async function atConfirm(lang: Language, fault: FaultKind, splitter = false) {
  const c = await able(lang, fault, splitter);
  const [sv, en] = OPENING[fault] ?? ['internet är nere', 'internet is down'];
  await untilAsked(c, 'resolution.confirm', `${c.pin}. ${lang === 'sv' ? sv : en}`);
  return c;
}

/** The same, answered yes: the case is closed and the score asked. */
async function closed(lang: Language, fault: FaultKind, splitter = false) {
  const c = await atConfirm(lang, fault, splitter);
  await c.asks(lang === 'sv' ? 'ja nu funkar det' : 'yes it works now', 'csat.score');
  return c;
}

it.each([
  ['en', 'which channel are you moving it to? and wouldnt it be better to just push me onto 5 GHz?'],
  ['en', 'what channel is it on now?'],
  ['sv', 'vilken kanal flyttar du den till?'],
  ['sv', 'vilken kanal ligger den på nu då?'],
] as const)('%s: "%s" before the change names the crowded channel', async (lang, q) => {
  const c = await able(lang, 'wifi_channel_congestion');
  await c.asks(
    lang === 'sv' ? 'wifi:t laggar hela tiden' : 'my wifi keeps lagging',
    'identity.customer_number',
  );
  await c.asks(c.pin, 'consent.wifi_change');
  const replies = await c.send(q);
  expect(replies.at(-1)?.askKey).toBe('consent.wifi_change');
  const out = replies.map((r) => r.text).join('\n');
  expect(out).toMatch(lang === 'sv' ? /kanal 6/ : /channel 6/);
  expect(out).not.toMatch(/radio station|radiostation/);
});

it.each([
  ['en', 'so what channel is it on now? 1, 6, 11?'],
  ['en', 'which channel did it end up on'],
  ['sv', 'vilken kanal blev det?'],
] as const)('%s: "%s" after the change names the channel it is on now', async (lang, q) => {
  const c = await atConfirm(lang, 'wifi_channel_congestion');
  const out = await c.say(q);
  expect(out).toMatch(lang === 'sv' ? /kanal 11.*från kanal 6/s : /channel 11.*from channel 6/s);
});

it.each([
  ['en', "it's good enough. you still haven't told me the channel number"],
  ['en', 'Well my wife just rang her sister and youtube kept playing, so I suppose yes.'],
  ['en', 'I guess yes then'],
  ['sv', 'hon ringde just och youtube fortsatte spela, så ja antar jag'],
  ['sv', 'antar det ja'],
] as const)('%s: "%s" at "does it work now?" is a yes', async (lang, msg) => {
  const c = await atConfirm(lang, 'wifi_channel_congestion');
  const replies = await c.send(msg);
  expect(replies.at(-1)?.askKey).toBe('csat.score');
  const resolution = (await c.desk.tickets.timeline(c.ticketId)).find((e) => e.type === 'resolution');
  expect(resolution).toMatchObject({ disposition: 'resolved.remote_fix' });
});

it.each([
  ['en', 'why would the cable have been in the wrong socket, nobody touched it'],
  ['en', 'I did say yes? It works. Anyway, why would it have been in the wrong socket'],
  ['sv', 'varför skulle sladden ha suttit i fel uttag, ingen har rört den'],
] as const)('%s: "%s" after the splitter case closed is answered, no new case', async (lang, q) => {
  const c = await closed(lang, 'dsl_low_snr', true);
  const out = await c.say(q);
  expect(out).not.toMatch(CANNOT);
  expect(out).toMatch(/filter|splitter/);
  expect((await c.cases()).next).toBeUndefined();
});

it.each([
  ['sv', 'Och kommer teknikern ändå nu?'],
  ['sv', 'kommer det en tekniker ändå?'],
  ['en', 'and is the technician still coming?'],
] as const)('%s: "%s" after a fix without a visit: no technician is coming', async (lang, q) => {
  const c = await closed(lang, 'cpe_powered_off');
  await c.say('4');
  const out = await c.say(q);
  expect(out).toMatch(lang === 'sv' ? /Nej, ingen tekniker kommer/ : /No, no technician is coming/);
  expect((await c.cases()).next).toBeUndefined();
});

it('sv: a power step reported done says nothing about outlets beside the check', async () => {
  const c = await able('sv', 'cpe_powered_off');
  await c.asks('internet är nere', 'identity.customer_number');
  await c.asks(c.pin, 'step.power_on');
  c.desk.world.performStep('step.power_on');
  const out = await c.say(
    'Nu tryckte jag på knappen på grenuttaget och då tändes den röda lampan och routern började blinka.',
  );
  expect(out).not.toMatch(/Sätt routern i ett uttag/);
});
