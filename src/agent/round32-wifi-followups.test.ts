// Role-play round 32 (b#8, c#4, a#9): a "no, still slow … yes btw, please give the 5 GHz its own name" is no
// confirmation; the iPhone-faulty and Wi-Fi-schedule questions are answered; a correction carrying a new name is
// that name; the 5 GHz question after a rename is answered; a question about a rename done starts no new rename.
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../triage/answers.js';
import { techQuestionOf } from '../triage/tech-questions.js';
import { topicsOf } from '../triage/topics-of.js';
import { answerFor } from './question-answers.js';
import { answerRestOf } from './answer-rest.js';
import { correctedName } from './rename-name-answer.js';
import { onlyGeneralQuestions, sideAnswers } from './side-questions.js';
import { techKeyFor } from './general-questions.js';
import { coverageReading } from './wifi-limited.js';

const read = { triage: () => ({ intent: 'other' as const, confidence: 0 }), parseWifiName: () => null };

describe('round 32: a no at "does it work now?" with a go-ahead for something else at the end', () => {
  it.each([
    'Nej, mobilen är fortfarande seg i soffan, routern står två rum bort. Men är iPhonen trasig eller inte? Ja förresten, ge gärna 5 GHz ett eget namn så jag kan välja själv.',
    'no, still slow on the sofa. is the phone broken? yes btw, please give the 5 GHz its own name.',
    'still slow in the bedroom. ok and please rename the 5 GHz one too.',
  ])('is no yes: %s', (text) => {
    expect(parseAnswer('resolution.confirm', text)).not.toEqual({ kind: 'yes' });
  });

  it('a plain yes at the end still is one', () => {
    expect(parseAnswer('resolution.confirm', 'hmm ok. ja funkar nu. tack')).toEqual({ kind: 'yes' });
  });

  it.each([
    'Nej, mobilen är fortfarande seg i soffan, routern står två rum bort.',
    'no, the phone is still slow on the couch, two rooms away',
  ])('the sofa two rooms away is further away, still poor: %s', (text) => {
    expect(coverageReading(text).farBad).toBe(true);
  });
});

describe('round 32: general questions answered', () => {
  it.each([
    ['Men är iPhonen trasig eller inte?', 'device_faulty'],
    ['så det är mobilen som är dålig alltså?', 'device_faulty'],
    ['is my phone faulty then?', 'device_faulty'],
    ['vad är det för schema, var ställer man in det', 'wifi_schedule'],
    ['hur stänger man av det där schemat', 'wifi_schedule'],
    ['where do I turn off that wifi schedule?', 'wifi_schedule'],
  ])('%s → %s', (text, q) => {
    expect(techQuestionOf(text)).toBe(q);
  });

  it('a faulty-device question in a Wi-Fi speed case gets the case text (no, it is the band and the distance)', () => {
    expect(techKeyFor('device_faulty', { cause: 'speed_wifi_limited' })).toBe(
      'tech.device_faulty.speed_wifi_limited',
    );
  });

  it('the schedule asked beside the yes is answered (no question mark needed)', () => {
    expect(
      sideAnswers('ja nu syns det! schema? vad är det för schema, var ställer man in det', {
        askKey: 'resolution.confirm',
      }).keys,
    ).toContain('tech.wifi_schedule');
  });

  it.each([
    'en grej till. mamma säger att wifi stängdes av förra veckan också vid typ midnatt. hur stänger man av det där schemat',
    'nej wifi funkar ju nu. jag frågade om SCHEMAT, var stänger man av det',
    'one more thing. it went off last week too around midnight. how do I turn off that schedule?',
  ])('after the close, a how-to with its background is only a question (no new case): %s', (text) => {
    expect(onlyGeneralQuestions(text)).toEqual(['tech.wifi_schedule']);
  });
});

describe('round 32: the rename', () => {
  it.each([
    ['actually no, make it LindHome without the space, easier to type on the old printer', 'LindHome'],
    ['nej, kör på Nilssons istället', 'Nilssons'],
    ['no, call it Villa12 instead', 'Villa12'],
    ['no, use Lind_Home please', 'Lind_Home'],
  ])('a no carrying a name is that name: %s', (text, name) => {
    expect(correctedName(text, 'Lind Home')).toBe(name);
  });

  it.each(['nej, inte det namnet', 'no', 'nej ta bort det'])(
    'a no without a name names nothing: %s',
    (text) => {
      expect(correctedName(text, 'Lind Home')).toBeNull();
    },
  );

  it.each([
    'will the 5GHz one change too? we have one called the same with -5G at the end',
    'I still also see the old name with -5G, is that still there?',
    'byts 5 GHz-nätet också?',
  ])('the 5 GHz question after the rename is answered from it: %s', (text) => {
    expect(topicsOf(text)).toContain('five_ghz_name');
    expect(answerFor('five_ghz_name', { askKey: 'step.rejoin_wifi', actions: ['wifi_ssid_change'] })).toBe(
      'reply.five_ghz_name.wifi_ssid_change',
    );
    expect(answerFor('five_ghz_name', { askKey: 'consent.wifi_change', cause: 'wifi_rename_request' })).toBe(
      'reply.five_ghz_name.wifi_rename_request',
    );
  });

  it.each([
    'done, I said it connected. my question is about the OTHER network, the old name with -5G. did you rename that one too or not?',
    'klart. har ni döpt om 5 GHz-nätet också?',
  ])('a question about the rename done starts no new rename: %s', (text) => {
    expect(answerRestOf('step.rejoin_wifi', text, 'en', read)?.kind).not.toBe('rename');
  });

  it.each([
    'I see LindHome on my phone now and it connected. but I still also see the old name with -5G, is that still there?',
    'the laptop just connected',
  ])('the rejoin step told done in other words: %s', (text) => {
    expect(parseAnswer('step.rejoin_wifi', text)).toMatchObject({ kind: 'done' });
  });

  it.each(["it hasn't connected yet", 'the phone never connected'])('not done: %s', (text) => {
    expect(parseAnswer('step.rejoin_wifi', text)).not.toEqual({ kind: 'done' });
  });
});
