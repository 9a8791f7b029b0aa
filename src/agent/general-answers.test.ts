// Round 18 (R3, finding 3): general questions a Tier-1 technician answers from what everyone knows —
// where the power button is, what mesh costs, whether a router is included, whether the fix lasts, how
// to tell when drops come a few times a day — are answered as asked, never "I can't" or a canned text
// about something else; a yes/no answer starts with the right word.
import { expect, it } from 'vitest';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';
import { salesTriage } from './testing/fake-triage.js';

const CANNOT = /can’t answer|cannot answer|kan inte svara|kan jag inte svara/;

it.each([
  [
    'en',
    "The plug is in the wall I think. Where is the power button on it? I don't want to break anything, is it safe to touch it?",
  ],
  ['en', "I'm sorry but you did not say where the button is. Is it on the back?"],
  ['en', 'wheres the on/off switch?'],
  ['sv', 'var sitter strömknappen? vågar inte förstöra nåt'],
  ['sv', 'sitter den på baksidan?'],
  [
    'en',
    "Is that the button at the back? I'm not good with these things and I don't want to break anything.",
  ],
  ['en', 'is it the round button on the back side?'],
  ['sv', 'är det den lilla knappen på baksidan? är inte så bra på sånt här'],
] as const)('%s: "%s" at the power step says where the button is', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['cpe_powered_off'], { canDo: ['step.power_on'] }));
  await untilAsked(
    c,
    'step.power_on',
    `${c.pin}. ${lang === 'sv' ? 'inget internet, inga lampor lyser på routern' : 'no internet and no lights on the router'}`,
  );
  const replies = await c.send(msg);
  const out = replies.map((r) => r.text).join('\n');
  expect(out).not.toMatch(CANNOT);
  expect(out).toMatch(/back|baksida/);
  expect(out).toMatch(/safe to press|ofarlig/);
  expect(out).not.toMatch(/only change what I have described|ändrar bara/);
  expect(replies.at(-1)?.askKey).toBe('step.power_on');
});

it.each([
  [
    'sv',
    'routern sitter i hallen i ett skåp, kan inte flytta den riktigt. skulle mesh hjälpa? vad kostar det i så fall',
  ],
  ['sv', 'ok men du sa inte vad det kostar? säljer ni mesh eller måste jag köpa själv'],
  ['sv', 'mesh är gratis alltså?'],
  ['en', 'would a mesh help? how much would that be'],
  ['en', 'is an extender free then?'],
] as const)('%s: "%s" at weak Wi-Fi says mesh costs money', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['wifi_weak_signal'], { canDo: ['step.move_closer'] }));
  await untilAsked(
    c,
    'step.move_closer',
    `${c.pin}. ${lang === 'sv' ? 'wifin är jättesvag i sovrummet' : 'the wifi is really weak in the bedroom'}`,
  );
  const out = await c.say(msg);
  expect(out).not.toMatch(/^(Nothing|Ingenting)/m);
  expect(out).toMatch(/is not: it is equipment you buy|kostar: det är utrustning du köper/);
  if (/skåp/.test(msg)) expect(out).toMatch(/skåp eller en garderob dämpar/);
});

it.each([
  [
    'en',
    'Hi, Im moving to Storgatan 12 in Uppsala next month and want fibre there. How much is it and is a router included?',
  ],
  ['en', 'does the subscription come with a router?'],
  ['sv', 'hej, vi flyttar till Storgatan 12 och vill ha fiber. ingår routern?'],
] as const)('%s: "%s" from a would-be customer: a router is included, "yes"', async (lang, msg) => {
  const desk = memoryDesk({ triage: salesTriage() });
  const conv = await desk.agent.startConversation({ channel: 'chat', language: lang });
  await desk.agent.handleMessage(conv.ticketId, msg);
  const out = (
    await desk.agent.handleMessage(
      conv.ticketId,
      lang === 'sv' ? 'jag är inte kund, därför frågar jag' : "I'm not a customer, that's why I'm asking lol",
    )
  )
    .map((r) => r.text)
    .join('\n');
  expect(out).not.toMatch(/No — a router|Nej – en router/);
  if (/router/.test(msg)) expect(out).toMatch(/Yes — a router is included|Ja – en router ingår/);
  expect(out).not.toMatch(/Moving your subscription|Flytt av ditt abonnemang|flytta ditt abonnemang/i);
});

it.each([
  [
    'en',
    'will that mess up my devices, do I have to type the password again on everything? and will it be fixed for good then',
  ],
  ['en', 'ok but is it permanent?'],
  ['sv', 'kommer det hålla nu då?'],
] as const)('%s: "%s" at the channel change says whether it lasts', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['wifi_channel_congestion']));
  await untilAsked(
    c,
    'consent.wifi_change',
    `${c.pin}. ${lang === 'sv' ? 'wifi är jättesegt på kvällarna' : 'our wifi is really slow in the evenings'}`,
  );
  const out = await c.say(msg);
  expect(out).toMatch(/for a long time|hjälpa länge/);
  expect(out).toMatch(/write here|skriv då bara här/);
});

it.each([
  ['en', 'how would i know lol it only drops like 3 times a day. seems fine now i guess'],
  ['en', 'how can i tell, it only drops a couple times a day'],
] as const)('%s: "%s" after a firmware update says it shows over time', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['firmware_bug_drops']));
  await untilAsked(c, 'resolution.confirm', `${c.pin}. my internet drops out a few times a day`);
  const out = await c.say(msg);
  expect(out).not.toMatch(/after a restart or a new radio channel/);
  expect(out).toMatch(/write here|again/i);
});
