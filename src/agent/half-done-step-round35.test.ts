// Round 35 a#5 and b#6: a cable step done only in part. "I pushed the cable into the router … what's a splitter
// though? there's a little white box on the phone socket, is that it?" got "Yes — that was it", the step recorded
// as done and the splitter explained twice; "ok I pushed it in at the router end … the wall end is behind the
// sofa, I can't get to it right now" got "Yes — that was it" ("it right now" read as "is that right?") and the
// step recorded only as "could not". Right: the question answered once, the rest of the step asked for, the half
// done said back as such.
import { expect, it } from 'vitest';
import { chat, untilAsked } from './testing/chat.js';
import { stateChecks } from './unanswered.js';
import { techQuestionOf } from '../triage/tech-questions.js';
import { faultWorld } from './testing/memory-desk.js';

/** A DSL chat with a noisy line, at the cable step; `splitter`: the splitter is the cause. */
async function atCableStep(lang: 'sv' | 'en', splitter: boolean, canDo = true) {
  const world = faultWorld(['dsl_low_snr'], { splitter, canDo: canDo ? ['step.check_cables'] : [] });
  const c = await chat(lang, world);
  await untilAsked(
    c,
    'step.check_cables',
    `${c.pin}. ${lang === 'sv' ? 'nätet går ner när vi pratar i telefon' : 'internet drops when we use the phone'}`,
  );
  return c;
}

const stepEvents = async (c: Awaited<ReturnType<typeof atCableStep>>) =>
  (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) => (e.type === 'customer_step' ? [e.result] : []));

const THAT_WAS_IT = /that was it|det var det/i;
const IS_SPLITTER = { en: /is the splitter/i, sv: /är splittern|är filtret/i };
const REST_OF_STEP = { en: /PHONE.*DSL|DSL.*PHONE/s, sv: /TEL.*DSL|DSL.*TEL/s };

it.each([
  [
    'en',
    "I pushed the cable into the router, that was fine. what's a splitter though? there's a little white box on the phone socket, is that it?",
  ],
  ['en', 'plugged the router end in ok. is the small white thing on the wall jack the splitter?'],
  ['en', 'router cable is in. theres a white box on the phone jack, is that the splitter'],
  [
    'sv',
    'jag tryckte i kabeln i routern, den satt bra. vad är en splitter? det sitter en liten vit dosa på telefonjacket, är det den?',
  ],
  ['sv', 'sladden i routern sitter i. är den lilla vita boxen vid jacket splittern?'],
] as const)('%s: "%s": answered once, the rest of the step asked, not done', async (lang, msg) => {
  const c = await atCableStep(lang, true);
  const replies = await c.send(msg);
  const said = replies.map((r) => r.text).join('\n');
  expect(replies.at(-1)?.askKey).toBe('step.check_cables');
  expect(said).not.toMatch(THAT_WAS_IT);
  expect(said).toMatch(IS_SPLITTER[lang]);
  expect(said.match(IS_SPLITTER[lang])?.length ?? 0).toBe(1);
  expect(said).toMatch(REST_OF_STEP[lang]);
  expect(said).not.toMatch(/still see the fault|ser fortfarande felet/i);
  expect(await stepEvents(c)).toEqual([]);
  // Done when the customer says so.
  c.desk.world.performStep('step.check_cables');
  const after = await c.send(
    lang === 'sv' ? 'klart, telefonen sitter i TEL nu' : 'done, phone is in the PHONE port now',
  );
  expect(after.at(-1)?.askKey).toBe('resolution.confirm');
  expect(await stepEvents(c)).toEqual(['done']);
});

it.each([
  [
    'en',
    "ok I pushed it in at the router end, it was a bit loose maybe. the wall end is behind the sofa, I can't get to it right now",
  ],
  ['en', 'did the router end, cant reach the wall socket right now'],
  ['sv', 'tryckte i den vid routern, satt lite löst. väggen sitter bakom soffan, kommer inte åt den just nu'],
] as const)('%s: "%s": the half done said as such, never "that was it"', async (lang, msg) => {
  const c = await atCableStep(lang, false, false);
  const said = (await c.send(msg)).map((r) => r.text).join('\n');
  expect(said).not.toMatch(THAT_WAS_IT);
  expect((await c.cases()).first?.queue).toBe('tier2');
  const tl = JSON.stringify(await c.desk.tickets.timeline(c.ticketId));
  expect(tl).toMatch(/partly/);
  expect(said).toMatch(lang === 'sv' ? /delvis/ : /partly/);
});

it.each([
  [
    'en',
    'wait so do I still need to check the wall end when I can move the sofa? and will someone come out here?',
    /wall (socket|jack)/i,
  ],
  ['en', 'should i still do the wall end later?', /wall (socket|jack)/i],
  ['sv', 'vänta, ska jag fortfarande kolla väggänden när jag kan flytta soffan?', /väggjacket|väggen/i],
] as const)('%s: "%s" after the handoff: answered by the desk, never deferred', async (lang, q, how) => {
  const c = await atCableStep(lang, false, false);
  await c.send(
    lang === 'sv'
      ? 'tryckte i den vid routern. väggen sitter bakom soffan, kommer inte åt den just nu'
      : "pushed it in at the router end. the wall end is behind the sofa, I can't get to it right now",
  );
  const out = await c.say(q);
  expect(out).toMatch(how);
  expect(out).not.toMatch(
    /second-line team answers it|andralinjen svarar|I have put on case|lagt på ärende/i,
  );
});

it.each([
  ['en', 'I pushed both ends in. is that it?'],
  ['en', 'pushed the cable into the router and the wall end too, done'],
  ['sv', 'tryckte i båda ändarna. var det allt?'],
] as const)('near miss %s: "%s" is a step done, checked', async (lang, msg) => {
  const c = await atCableStep(lang, true);
  c.desk.world.performStep('step.check_cables');
  const replies = await c.send(msg);
  expect(replies.at(-1)?.askKey).toBe('resolution.confirm');
  expect(await stepEvents(c)).toEqual(['done']);
});

it.each([
  ['en', "I can't get to the router right now, it's behind the sofa"],
  ['sv', 'kommer inte åt routern just nu, den står bakom soffan'],
] as const)('near miss %s: "%s" is a cannot, never a step done in part', async (lang, msg) => {
  const c = await atCableStep(lang, false, false);
  await c.send(msg);
  expect(await stepEvents(c)).toEqual(['cannot']);
});

it.each([
  ["the wall end is behind the sofa, I can't get to it right now", []],
  ["there's a little white box on the phone socket, is that it?", []],
  ['2478. is that right?', ['given']],
  ['I pushed it in. is that it?', ['done']],
] as const)('"%s": checks of what was given or done %j', (text, kinds) => {
  expect(stateChecks(text).kinds).toEqual(kinds);
});

it.each([
  ['do I still need to check the wall end when I can move the sofa?', true],
  ['ska jag fortfarande kolla väggänden när jag kommer åt?', true],
  ['is the wall socket the problem?', false],
  ['after the visit should I plug the router into the wall socket?', false],
] as const)('"%s" asks about the wall end left for later: %s', (q, yes) => {
  expect(techQuestionOf(q) === 'other_end_later').toBe(yes);
});
