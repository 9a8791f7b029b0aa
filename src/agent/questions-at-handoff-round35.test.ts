// Round 35 (c #4, b #5): a question beside the times the customer can be reached, after a handoff — "does a
// technician have to come to us? if so I can only after 3 pm … how long does it take, days or weeks?" — is
// answered from what the diagnosis found (a fibre fault: yes, usually within days; a line fault with second
// line: remotely first, a visit booked with them if needed), and the times are noted; never only "Noted".
import { expect, it } from 'vitest';
import { chat, handedOver } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const FEW_DAYS = /några dagar|few days/;

it.each([
  [
    'sv',
    'Tack. Betyder det att en tekniker måste komma hem till oss? I så fall kan jag bara efter kl 15 på vardagar, eller när som helst på lördag. Och hur länge kan det ta innan det är lagat, dagar eller veckor?',
    true,
  ],
  ['sv', 'så en tekniker ska komma hit alltså? jag kan bara efter 15 på vardagar', false],
  ['sv', 'hur lång tid tar det tills det är fixat', true],
  [
    'en',
    'does that mean a technician has to come to us? if so i can only do after 3pm on weekdays. how long will it take, days or weeks?',
    true,
  ],
  ['en', 'so a technician will come out? how long until its fixed', true],
] as const)('%s: "%s" after a person was asked for on a fibre fault', async (lang, msg, days) => {
  const c = await chat(lang, faultWorld(['fiber_los']));
  await c.say(
    lang === 'sv'
      ? 'röd LOS-lampa på fiberboxen, inget internet. jag vill prata med en person som kan boka en tekniker'
      : 'red LOS light on the fibre box, no internet. i want to talk to a person who can book a technician',
  );
  await c.say(c.pin);
  const out = await c.say(msg);
  if (/tekniker|technician/.test(msg)) expect(out).toMatch(/behöver komma ut|needs to come out/);
  if (days) expect(out).toMatch(FEW_DAYS);
  if (/15|3pm/.test(msg)) expect(out).toMatch(/Noterat|Noted/);
});

it.each([
  ['sv', 'Och blir det en tekniker som kommer hem till oss, i så fall kan jag bara efter kl 16.'],
  ['sv', 'kommer en tekniker att behöva komma hem till oss?'],
  ['en', 'and will a technician come to our house? if so i can only do after 4pm'],
] as const)('%s: "%s" after a tier2 handoff: remotely first, a visit booked if needed', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['speed_line_degraded']));
  await handedOver(
    c,
    `${c.pin}. ${lang === 'sv' ? 'internet är jättelångsamt även med kabel' : 'my internet is very slow even with a cable'}`,
  );
  const out = await c.say(msg);
  expect(out).toMatch(/på distans|from a distance/);
  if (/16|4pm/.test(msg)) expect(out).toMatch(/Noterat|Noted/);
});

// Near misses: when the team answers is still the team's time, not the repair's.
it.each([
  ['sv', 'hur länge dröjer det innan ni hör av er?', /24 timmar/],
  ['en', 'how long until they get back to me?', /24 hours/],
] as const)('%s: "%s" after a tier2 handoff is the team\'s time', async (lang, msg, when) => {
  const c = await chat(lang, faultWorld(['speed_line_degraded']));
  await handedOver(
    c,
    `${c.pin}. ${lang === 'sv' ? 'internet är jättelångsamt även med kabel' : 'my internet is very slow even with a cable'}`,
  );
  const out = await c.say(msg);
  expect(out).toMatch(when);
  expect(out).not.toMatch(FEW_DAYS);
});
