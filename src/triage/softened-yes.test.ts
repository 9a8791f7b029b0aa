// Round-11 readings of answers (issue 14, s10 C): a yes with a softener, a go-ahead beside a negated
// "busy", a question at "does it work now?", positive words, a yes at the end ("…men ok"), a power-on
// said as the state reached ("both on now, lights blinking"), a wired test without a cable, and "wait,
// let me try". Each table holds the phrase the tester wrote and its neighbours, in English and Swedish.
import { describe, expect, it } from 'vitest';
import type { AskKey } from '../domain/index.js';
import { parseAnswer } from './answers.js';
import { readOpenConfirm } from './confirm-open.js';
import { isDeferral } from './deferral.js';
import { classifyReply } from './reply.js';

const act = (key: AskKey, text: string) => classifyReply(key, text).act;
const kind = (key: AskKey, text: string) => parseAnswer(key, text).kind;

describe('1. a yes with a softener is a yes', () => {
  const YES = [
    'i guess so yeah',
    'yeah i guess',
    'yeah i guess so',
    'i suppose so, sure',
    'sure, i guess',
    'ok i guess so',
    'yes i suppose',
    'probably yes',
    'guess so, go ahead',
    'yeah ok i suppose',
    'ja antar det',
    'jo, antar det',
    'ja, jag antar det',
    'ja kanske det, kör',
    'ok antar jag',
    'ja tror det, kör',
    'jaa okej då antar jag',
    'ja visst, antar jag',
    'jo det tror jag',
    'okej då, antar det',
  ];
  for (const text of YES)
    it(`"${text}" to a consent is a yes`, () => {
      expect(kind('consent.wifi_change', text)).toBe('yes');
      expect(act('consent.wifi_change', text)).toBe('answer');
    });

  const NOT_YES = [
    'maybe',
    'i guess?',
    'hmm not sure',
    'kanske',
    'vet inte riktigt',
    'i guess not',
    'antar inte',
  ];
  for (const text of NOT_YES)
    it(`"${text}" is not a yes`, () => expect(kind('consent.wifi_change', text)).not.toBe('yes'));
});

describe('2. an explicit go-ahead beside a negated "busy" is not a put-off', () => {
  const GO = [
    'ok go ahead. im not on a call now',
    "go ahead, i'm not in a meeting anymore",
    'yes do it, not on the phone any more',
    'go ahead im off the call now',
    'sure go ahead, no longer in a meeting',
    'do it now, not busy',
    'kör, jag sitter inte i något möte nu',
    'ja kör, är inte i ett samtal längre',
    'ok kör, sitter inte i telefon',
    'ja gör det nu, jag är inte upptagen',
    'kör på, inget möte nu',
  ];
  for (const text of GO)
    it(`"${text}" is a yes, not a deferral`, () => {
      expect(isDeferral(text)).toBe(false);
      expect(kind('consent.firmware_update', text)).toBe('yes');
    });

  const LATER = [
    'not now, im on a call',
    'kan vi ta det ikväll? sitter i ett möte',
    "yes but later, i'm in a meeting",
    'ja men inte nu, sitter i ett samtal',
    'im in a meeting',
  ];
  for (const text of LATER) it(`"${text}" is still a deferral`, () => expect(isDeferral(text)).toBe(true));
});

describe('3. a question at "does it work now?" is not a confirmation', () => {
  const NOT_YES = [
    'did you update it? it only drops a few times a day so how do i know its fixed',
    'how do i know its fixed',
    'is it fixed?',
    'so is it working now?',
    'how can i tell if it works',
    'how would i know if its fixed, it only drops at night',
    'hur vet jag att det är fixat',
    'är det fixat nu?',
    'har ni fixat det? hur vet jag om det funkar',
    'hur ser jag att det fungerar',
    'funkar det nu alltså?',
  ];
  for (const text of NOT_YES)
    it(`"${text}" is not a yes`, () => expect(kind('resolution.confirm', text)).not.toBe('yes'));

  const HOW_KNOW = [
    'did you update it? it only drops a few times a day so how do i know its fixed',
    'how do i know its fixed',
    'did you restart it? how will i know if it worked',
    'har ni gjort något? hur vet jag att det är fixat',
    'hur vet jag om det funkar nu',
  ];
  for (const text of HOW_KNOW)
    it(`"${text}" leaves the question open (how to know)`, () =>
      expect(readOpenConfirm(text)).toBe('how_know'));

  const YES = ['funkar det? ja nu funkar det', 'yes it works now', 'ja det är fixat'];
  for (const text of YES)
    it(`"${text}" is a yes`, () => expect(kind('resolution.confirm', text)).toBe('yes'));
});

describe('4. positive words at "does it work now?" are a yes; an unknown answer is never a no', () => {
  const YES = [
    'nat type 2 now lets go',
    "let's gooo",
    'nice!',
    'perfect',
    '🎉',
    'sweet, thx',
    'awesome',
    'yay finally',
    'works like a charm',
    'all good now 👍',
    'grymt!',
    'kanon',
    'äntligen!',
    'härligt',
    'toppen 🎉',
    'najs',
    'helt perfekt',
    'nu går det som tåget',
  ];
  for (const text of YES)
    it(`"${text}" is a yes`, () => expect(kind('resolution.confirm', text)).toBe('yes'));

  const NOT_YES = ['not nice', 'inte grymt alls', 'still not working, nice try', 'nope'];
  for (const text of NOT_YES)
    it(`"${text}" is not a yes`, () => expect(kind('resolution.confirm', text)).not.toBe('yes'));

  const UNKNOWN = ['hmm', 'nat type 3', 'the ps5 says something', 'asdf', 'vet inte'];
  for (const text of UNKNOWN)
    it(`"${text}" is neither a yes nor a no, and not taken as an answer`, () => {
      expect(kind('resolution.confirm', text)).not.toBe('no');
      expect(act('resolution.confirm', text)).toBe('hedge');
    });
});

describe('5. a question about who switched it off is answered beside the yes', () => {
  const WHO = [
    'could someone else have done it',
    'could someone have turned it off?',
    'did someone switch it off?',
    'who turned it off?',
    'how did it get switched off',
    'kan någon ha stängt av det?',
    'vem har stängt av wifit?',
    'har någon slagit av det?',
    'hur kunde det stängas av?',
    'could my neighbour have switched it off?',
  ];
  /** The topics that ask how it went off (answered from the cause: the Wi-Fi button, not a break-in). */
  const CAUSE_TOPICS: string[] = ['why_broke', 'who_switched_off'];
  const topicOf = (text: string) => {
    const r = classifyReply('consent.wifi_change', text);
    return 'topic' in r ? r.topic : null;
  };
  for (const text of WHO)
    it(`"${text}" asks how it went off`, () => {
      expect(act('consent.wifi_change', text)).toBe('question');
      expect(CAUSE_TOPICS).toContain(topicOf(text));
    });

  // A question about the fault, not about the change, leaves the yes standing (rp11b); a question about
  // what the change does waits for its answer (rp13a #1, tested in consent-question tests).
  const YES_BESIDE = [
    'ok yes but you didnt answer, could someone have turned it off?',
    'yes. but who turned it off?',
    'ja men vem har stängt av det?',
    'ja, kan någon ha stängt av det?',
  ];
  for (const text of YES_BESIDE)
    it(`"${text}" is consent, with the question answered`, () => {
      expect(act('consent.wifi_change', text)).toBe('answer');
      expect(CAUSE_TOPICS).toContain(topicOf(text));
    });

  it('a question that may change the answer stays a question', () =>
    expect(act('consent.wifi_change', 'ok yes but will i lose my settings?')).toBe('question'));
});

describe('6. "…men ok", "…but fine" at the end is a yes', () => {
  const YES = [
    'den startar ju om hela tiden ändå men ok',
    'it restarts all the time anyway but ok',
    'i already did that but fine',
    'seems pointless but sure',
    'not sure it helps but ok go ahead',
    'jag har redan gjort det men visst',
    'tveksamt men kör',
    'det har jag redan provat men ok då',
    'låter onödigt men okej',
    'whatever but fine',
    'weird but ok',
  ];
  for (const text of YES)
    it(`"${text}" is a yes`, () => {
      expect(kind('consent.reboot', text)).toBe('yes');
      expect(act('consent.reboot', text)).toBe('answer');
    });

  const NOT_YES = [
    'ok but will i lose my settings?',
    'fine but not now',
    'men ok?',
    'ok but what does it cost?',
  ];
  for (const text of NOT_YES)
    it(`"${text}" is not consent`, () => expect(act('consent.reboot', text)).not.toBe('answer'));
});

describe('7. the state a power-on brings about is the step done', () => {
  const DONE = [
    'omg the power strip was switched off, my kid. ok both on now, lights blinking',
    'on now',
    'its on now',
    'lights are on',
    'lights blinking now',
    'it is back on',
    'switched it back on',
    'den är på nu',
    'lampan lyser',
    'nu lyser lamporna',
    'lamporna blinkar nu',
    'den är igång nu',
    'grenuttaget var avslaget, nu är båda på',
  ];
  for (const text of DONE) it(`"${text}" is done`, () => expect(kind('step.power_on', text)).toBe('done'));

  const NOT_DONE = [
    'which box? theres the white fibre box and the black router thing. no lights on any of them i think',
    'no lights on',
    'its not on',
    'den är inte på',
    'inga lampor lyser',
    'nothing is on',
  ];
  for (const text of NOT_DONE)
    it(`"${text}" is not done`, () => expect(kind('step.power_on', text)).not.toBe('done'));
});

describe('8. no cable or no port for the wired test is a cannot', () => {
  const CANNOT = [
    'jag har bara en laptop utan nätverksuttag. vet inte om jag har nån kabel ens',
    'my laptop has no ethernet port',
    'i only have a macbook, no network port',
    'dont think i have a network cable',
    'no cable here',
    'datorn saknar nätverksuttag',
    'har ingen nätverkskabel',
    'vet inte om jag har någon kabel',
    'only phones and an ipad here',
    'bara mobiler och en ipad här',
    'the laptop doesnt have a port for a cable',
  ];
  for (const text of CANNOT)
    it(`"${text}" is a cannot`, () => {
      expect(kind('step.wired_test', text)).toBe('cannot');
      expect(act('step.wired_test', text)).toBe('refusal');
    });
});

describe('9. "wait, let me try" is a wait', () => {
  const WAIT = [
    'vänta ska testa',
    'wait, let me try',
    'hold on, trying now',
    'one sec, checking',
    'vänta lite',
    'ska testa nu',
    'let me check',
    'give me a minute',
    'jag testar nu',
    'ett ögonblick, kollar',
  ];
  for (const key of ['step.power_cycle', 'resolution.confirm'] as AskKey[])
    for (const text of WAIT)
      it(`"${text}" at ${key} is a wait`, () =>
        expect(classifyReply(key, text)).toEqual({ act: 'hedge', wait: true }));
});
