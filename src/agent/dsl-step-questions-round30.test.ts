// Round 30 c#6 and b#4: questions at the DSL cable step, after a handoff to second line, and after a close.
// c#6: "we don't use the landline anymore, do I still need it?" (asked twice) was never answered; "found it
// behind the sofa … done" got Wi-Fi advice about a TV and lost its "done"; "do I have to stay home for this?" was
// only noted; "is it ok to keep using it or will it break something?" got "restarting cannot break it".
// b#4: "Sorry, that's not what I asked. Is it ok to switch it off at night?" after a close got the topics of the
// message before it (English) or opened a new case with a restart (Swedish).
import { expect, it } from 'vitest';
import { chat, handedOver, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const NO_LANDLINE = {
  en: /do not need a filter.*every jack with a phone needs its own filter/s,
  sv: /behövs inget filter.*varje jack med en telefon ett eget filter/s,
};

/** A DSL chat with a noisy line (no splitter at fault), at the cable step. */
async function atCableStep(lang: 'sv' | 'en') {
  const c = await chat(lang, faultWorld(['dsl_low_snr'], { canDo: ['step.check_cables'] }));
  await untilAsked(
    c,
    'step.check_cables',
    `${c.pin}. ${lang === 'sv' ? 'nätet går ner hela tiden' : 'internet keeps dropping'}`,
  );
  return c;
}

it.each([
  [
    'en',
    "what's a splitter exactly? the little white box at the phone socket? we don't even use the landline anymore, do I still need it?",
  ],
  ['en', 'without a phone on the line, do I need that box at all?'],
  ['sv', 'vad är en splitter? vi använder inte hemtelefonen längre, behöver jag den ens?'],
  ['sv', 'behövs den när vi inte har någon telefon?'],
] as const)('%s: "%s" at the cable step: no filter without a landline', async (lang, q) => {
  const c = await atCableStep(lang);
  const replies = await c.send(q);
  expect(replies.at(-1)?.askKey).toBe('step.check_cables');
  expect(replies.map((r) => r.text).join('\n')).toMatch(NO_LANDLINE[lang]);
});

it.each([
  [
    'en',
    "ok found it behind the sofa, the cable into the white box was kind of loose, pushed it in till it clicked. done. you didn't say if I need it if there's no phone though",
  ],
  [
    'sv',
    'ok hittade den bakom soffan, kabeln satt löst, tryckte i den tills det klickade. klart. du sa inte om den behövs när vi inte har någon telefon',
  ],
] as const)('%s: "%s" counts the step done, with no Wi-Fi advice about a TV', async (lang, msg) => {
  const c = await atCableStep(lang);
  c.desk.world.performStep('step.check_cables');
  const out = await c.say(msg);
  expect(out).not.toMatch(/behind the TV|bakom tv|Wi-Fi/i);
  const done = (await c.desk.tickets.timeline(c.ticketId)).some(
    (e) => e.type === 'customer_step' && e.step === 'step.check_cables',
  );
  expect(done).toBe(true);
});

it.each([
  [
    'en',
    'ok. so do I have to stay home for this? and what do I do in the meantime, is it ok to keep using it or will it break something?',
    /do not need to stay in.*exchange/s,
    /keep using it as usual/,
  ],
  [
    'sv',
    'ok. måste jag stanna hemma för det här? och kan jag fortsätta använda internet under tiden?',
    /behöver inte stanna hemma.*stationen/s,
    /använd den som vanligt/,
  ],
] as const)(
  '%s: "%s" after the handoff to second line is answered, never noted',
  async (lang, q, home, use) => {
    const c = await chat(lang, faultWorld(['dsl_low_snr'], { canDo: ['step.check_cables'] }));
    await handedOver(
      c,
      `${c.pin}. ${lang === 'sv' ? 'nätet går ner hela tiden' : 'internet keeps dropping'}`,
    );
    expect((await c.cases()).first?.queue).toBe('tier2');
    const out = await c.say(q);
    expect(out).toMatch(home);
    expect(out).toMatch(use);
    expect(out).not.toMatch(/restarting cannot break|omstarter skadar inte|noted it on your case|noterat/);
  },
);

/** A firmware case fixed and closed, at the satisfaction question. */
async function closedFirmware(lang: 'sv' | 'en') {
  const c = await chat(lang, faultWorld(['firmware_bug_drops']));
  await untilAsked(
    c,
    'resolution.confirm',
    `${c.pin}. ${lang === 'sv' ? 'nätet tappar ibland' : 'my connection drops now and then'}`,
  );
  await c.asks(lang === 'sv' ? 'ja nu funkar det' : 'yes it works now', 'csat.score');
  return c;
}

it.each([
  [
    'en',
    'My wife asks if we should switch the router off at night, does that help or is it bad for it?',
    "Sorry, that's not what I asked. Is it ok to switch the router OFF every night, or should we leave it on?",
    /leave it on/i,
  ],
  [
    'en',
    'does it help to restart the router now and then?',
    "you didn't answer my question. should we turn the router off at night?",
    /left on|leave it on/i,
  ],
  [
    'sv',
    'Min fru undrar om vi ska stänga av routern på natten, hjälper det eller är det dåligt för den?',
    'Förlåt, det var inte det jag frågade. Är det okej att stänga av routern varje natt, eller ska vi låta den vara på?',
    /låt den vara på/i,
  ],
  [
    'sv',
    'hjälper det att starta om routern ibland?',
    'du svarade inte på frågan. ska vi stänga av routern på natten?',
    /vara på/i,
  ],
] as const)(
  '%s: "%s" then "%s" after the close: that question answered, no new case',
  async (lang, first, again, answer) => {
    const c = await closedFirmware(lang);
    await c.send(first);
    const out = await c.say(again);
    expect(out).toMatch(answer);
    expect(out).not.toMatch(/I only change what I have described|most likely fix|Jag ändrar bara/);
    const { first: own, next } = await c.cases();
    expect(next).toBeUndefined();
    expect(own?.status).not.toBe('escalated');
  },
);
