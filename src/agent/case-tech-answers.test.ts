// Role-play round 28: questions about the customer's own case were met with "I can't answer that from here",
// noted for a colleague, or dropped when the desk moved on or closed — "the light is blinking now, is that
// good?", "var sitter wifi-knappen?", "kan jag ha sabbat nåt?", "24 timmar??", "so it's just the distance?",
// "is 290 ok?", "can I swap the patch cable?", "can I just pull the plug myself?". A technician answers each in
// a line, for this case (the fault found, the step in hand, the team that has it), and the answer comes first
// in the reply that moves on.
import { expect, it } from 'vitest';
import type { FaultKind, Language, StepKey } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CANNOT =
  /can’t answer|cannot answer|inte svara på|noted your question|noterat din fråga|kollega svarar|återkommer till det/;

const problem = (lang: Language) => (lang === 'sv' ? 'internet funkar inte' : 'my internet is down');

it.each([
  ['en', 'I plugged the cable back. The light that was off is blinking now. Is that good?', /blinks while/],
  ['sv', 'klart, nu sitter kabeln. och den som blinkar då, ska den lysa fast?', /blinkar medan/],
] as const)('%s: "%s" at the step is answered first, then the step goes on', async (lang, q, answer) => {
  const c = await chat(lang, faultWorld(['cable_unplugged']));
  const asked = await c.send(`${c.pin}. ${problem(lang)}`);
  const step = asked.at(-1)?.askKey as StepKey;
  expect(step).toMatch(/^step\./);
  c.desk.world.performStep(step);
  const replies = await c.send(q);
  const out = replies.map((m) => m.text).join('\n');
  expect(out).not.toMatch(CANNOT);
  expect(replies[0]?.text).toMatch(answer);
});

it.each([
  ['en', 'yes I can see it on my phone again! where is that wifi button?', /front or the side/],
  ['sv', 'japp nu syns det i mobilen! var sitter den där wifi-knappen?', /fram- eller sidan/],
] as const)('%s: "%s" at the close is answered before the close', async (lang, q, answer) => {
  const c = await chat(lang, faultWorld(['wifi_radio_disabled']));
  await c.say(`${c.pin}. ${lang === 'sv' ? 'wifi syns inte i mobilen' : 'my wifi is gone from my phone'}`);
  await c.say(c.yes);
  const out = await c.say(q);
  expect(out).toMatch(answer);
  // This case's own words: a press by mistake is what switches it off.
  expect(out).toMatch(/by mistake|av misstag/);
  expect(out.search(answer)).toBeLessThan(out.search(/closed|avslutat/));
});

it.each([
  ['sv', 'på wifi fick jag 290. Är det ok?', /Ja, det är bra för wifi/],
  ['en', 'on wifi I got 290. is that ok?', /Yes, that is fine for Wi-Fi/],
] as const)('%s: "%s" after the wired test is answered for this case', async (lang, q, answer) => {
  const c = await chat(lang, faultWorld(['speed_wifi_limited']));
  await c.say(
    `${c.pin}. ${lang === 'sv' ? 'internet är segt, jag har 500' : 'my internet is slow, I pay for 500'}`,
  );
  await c.say(c.yes);
  const out = await c.say(q);
  expect(out).toMatch(answer);
  expect(out).not.toMatch(CANNOT);
});

it.each([
  ['sv', '24 timmar?? det är väl jättelänge', /längsta tiden innan fältteknikerna/],
  ['en', '24 hours?? that is really long', /longest it takes for the field team/],
] as const)('%s: "%s" after a handoff to the field team is answered, not noted', async (lang, q, answer) => {
  const c = await chat(lang, faultWorld(['docsis_power_out_of_range']));
  await c.say(`${c.pin}. ${lang === 'sv' ? 'internet är segt och tappar' : 'my internet is slow and drops'}`);
  await c.say(lang === 'sv' ? 'vardagar efter 17' : 'weekdays after 5 pm');
  const out = await c.say(q);
  expect(out).toMatch(answer);
  expect(out).not.toMatch(CANNOT);
});

it.each([
  [
    'sv',
    'hardware_failure',
    'Ska jag ge den gamla routern till teknikern eller skicka tillbaka den själv?',
    /tar med sig den gamla/,
  ],
  [
    'en',
    'optical_power_low',
    'can I swap the short fibre cable between the wall and the box myself? I have a spare',
    /you can try that yourself/,
  ],
  ['sv', 'optical_power_low', 'kan jag själv byta patchkabeln mellan väggen och fiberboxen?', /prova själv/],
] as const)('%s %s: "%s" once a visit is being booked is answered', async (lang, fault, q, answer) => {
  const c = await chat(lang, faultWorld([fault as FaultKind]));
  await c.say(`${c.pin}. ${problem(lang)}`);
  await c.say(c.yes);
  await c.say(lang === 'sv' ? 'tisdag förmiddag' : 'tuesday morning');
  const out = await c.say(q);
  expect(out).toMatch(answer);
  expect(out).not.toMatch(CANNOT);
});

it.each([
  ['en', 'thanks. how many tries before it locks again?', /portal locks after/],
  ['sv', 'tack. hur många försök har jag innan det låses igen?', /Portalen låses/],
] as const)('%s: "%s" after a portal unlock is about the portal, not the PIN', async (lang, q, answer) => {
  const c = await chat(lang, faultWorld(['portal_account_locked']));
  await c.say(
    `${c.pin}. ${lang === 'sv' ? 'jag är utelåst från Mina sidor' : 'I am locked out of My Pages'}`,
  );
  const closed = await c.say(c.yes);
  expect(closed).toMatch(/closed|avslutat/);
  const out = await c.say(q);
  expect(out).toMatch(answer);
  expect(out).not.toMatch(/welcome letter|välkomstbrevet/);
});

it.each([
  ['sv', 'om det händer igen, kan jag bara dra ur sladden själv då?', /^Ja – dra ur routerns strömsladd/],
  ['en', 'if it happens again, can I just pull the plug myself?', /^Yes — pull the router’s power plug/],
] as const)('%s: "%s" after the close is answered yes', async (lang, q, answer) => {
  const c = await chat(lang, faultWorld(['cpe_hung']));
  await c.say(`${c.pin}. ${problem(lang)}`);
  await c.say(c.yes);
  expect(await c.say(c.yes)).toMatch(/closed|avslutat/);
  const out = await c.say(q);
  expect(out).toMatch(answer);
  expect((await c.cases()).next).toBeUndefined();
});

it.each([
  ['sv', 'har startat om routern typ 3 ggr nu, kan jag ha sabbat nåt?', /omstarter skadar inte routern/],
  [
    'en',
    'I have restarted it three times now, could I have damaged something?',
    /restarts do not harm the router/,
  ],
  ['en', 'will I get an email or sms when it is fixed?', /cannot send text messages/],
] as const)('%s: "%s" at a step is answered, then the step again', async (lang, q, answer) => {
  const c = await chat(lang, faultWorld(['cpe_powered_off']));
  const asked = await c.send(`${c.pin}. ${problem(lang)}`);
  const step = asked.at(-1)?.askKey;
  const replies = await c.send(q);
  expect(replies[0]?.text).toMatch(answer);
  expect(replies.at(-1)?.askKey).toBe(step);
});

it.each([
  [
    'sv',
    'Hej, jag funderar på att teckna fiber hos er. Behöver någon komma hem och installera?',
    /Oftast inte/,
  ],
  [
    'en',
    'Hi, thinking of getting fibre from you. Does a technician need to come and install it?',
    /Usually not/,
  ],
] as const)('%s: "%s" before the account is known is answered', async (lang, first, answer) => {
  const c = await chat(lang, faultWorld([]));
  const out = (await c.send(first)).map((m) => m.text).join('\n');
  expect(out).toMatch(answer);
});
