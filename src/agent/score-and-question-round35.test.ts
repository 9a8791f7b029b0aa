// Role-play round 35 (a#2, a#5, a#7): after the close, a score given together with a question or a new request
// ("5 — One more question: the TV box also has a grey cable …", "4 typ. asså en grej till, tror grannen snyltar på
// vårt wifi, kan ni kolla det?", "oh and we have a second phone upstairs, does that one need a box too?" with a 4)
// stored the question as the score's comment, thanked it as feedback, and then answered it wrongly or not at all
// (a TV question for a colleague, "I can't answer that", a new key only mentioned). The score is recorded with only
// the feedback words as its comment, and the question or request is handled exactly as it would be without it.
import { describe, expect, it } from 'vitest';
import type { FaultKind, Language, StepKey } from '../domain/index.js';
import { learnFacts } from '../runbooks/facts.js';
import { scoreSaid } from '../triage/score-beside.js';
import { techQuestionOf } from '../triage/tech-questions.js';
import { scoreComment } from './csat-comment.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

interface Case {
  faults: FaultKind[];
  canDo: StepKey[];
  splitter?: boolean;
  opening: Record<Language, string>;
}

const CABLE: Case = {
  faults: ['cable_unplugged'],
  canDo: ['step.check_cables'],
  opening: {
    en: 'no internet since we cleaned behind the tv',
    sv: 'inget internet sen vi städade bakom tv:n',
  },
};
const DSL: Case = {
  faults: ['dsl_low_snr'],
  canDo: ['step.check_cables'],
  splitter: true,
  opening: {
    en: 'the internet drops every time someone uses the landline',
    sv: 'internet går ner varje gång vi pratar i fasta telefonen',
  },
};
const WIFI: Case = {
  faults: ['wifi_channel_congestion'],
  canDo: ['step.rejoin_wifi'],
  opening: { en: 'the wifi is really slow in the evenings', sv: 'wifi är jättesegt på kvällarna' },
};

/** A chat on `k` in `lang`, asked the satisfaction question after the close. */
async function atScore(k: Case, lang: Language) {
  const c = await chat(lang, faultWorld(k.faults, { canDo: k.canDo, splitter: k.splitter ?? false }));
  await untilAsked(c, 'csat.score', `${k.opening[lang]} ${c.pin}`);
  return c;
}

/** The replies to `message` sent at the satisfaction question, the scores recorded and the cases opened. */
async function sent(k: Case, lang: Language, message: string) {
  const c = await atScore(k, lang);
  const replies = await c.send(message);
  const csat = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) => (e.type === 'csat' ? [e] : []));
  return { c, replies, text: replies.map((r) => r.text).join('\n'), csat, next: (await c.cases()).next };
}

/** The score recorded (none when `score` is null), with no comment: the words beside it asked something. */
function scoredWithoutComment(s: Awaited<ReturnType<typeof sent>>, score: number | null) {
  expect(s.csat.map((e) => e.score)).toEqual(score ? [score] : []);
  expect(s.csat.every((e) => !e.comment)).toBe(true);
}

const THANKED_COMMENT = /telling us why|berättar varför|comment|kommentar/;

describe('the comment kept with a score is only what judges the help', () => {
  it.each([
    [
      '5 — One more question: the TV box also has a grey cable that goes to the same wall socket. Does that one matter for the internet?',
      '',
    ],
    ['4 typ. asså en grej till, tror grannen snyltar på vårt wifi, kan ni kolla det?', ''],
    ['oh and we have a second phone upstairs, does that one need a box too? 4', ''],
    ['4 oh and we have a second phone upstairs does that one need a box too?', ''],
    ['5. we also have a phone in the kitchen, does that need one?', ''],
    ['4 en fråga till: vi har en telefon till på övervåningen, behöver den också en dosa?', ''],
    ['5 great help! oh and we have a second phone upstairs, does that one need a box too?', 'great help!'],
    [
      '3, tog lite lång tid. en fråga till: tvboxen har en kabel till uttaget, spelar den roll?',
      'tog lite lång tid.',
    ],
    ['4, took a while. we have a second phone upstairs, does it need a filter too?', 'took a while.'],
    // Near misses: no question beside the score, the words are the comment as before.
    ['4. we have two kids at home', 'we have two kids at home'],
    ['2 - you asked me twice', 'you asked me twice'],
  ])('"%s" → "%s"', (message, comment) => {
    expect(scoreComment(scoreSaid(message) ?? '')).toBe(comment);
  });
});

describe('a TV box cable question beside the score is answered, never a TV question for a colleague', () => {
  it.each([
    [
      'en',
      '5 — One more question: the TV box also has a grey cable that goes to the same wall socket. Does that one matter for the internet?',
      5,
    ],
    ['en', '5 one more thing the tv box has a cable to the wall too does that matter for internet', 5],
    [
      'sv',
      '5. en fråga till: tv-boxen har också en grå kabel till samma uttag. spelar den någon roll för internet?',
      5,
    ],
    ['sv', '4 tvn har en sladd till väggen också, påverkar den internet?', 4],
    [
      'en',
      'One more question: the TV box also has a grey cable to the same wall socket. Does that one matter for the internet?',
      null,
    ],
  ] as const)('%s: "%s"', async (lang, message, score) => {
    const s = await sent(CABLE, lang as Language, message);
    expect(s.text).toMatch(lang === 'en' ? /does not carry your internet/ : /bär inte ditt internet/);
    expect(s.text).not.toMatch(/colleague|kollega|fuse|säkring/);
    expect(s.next).toBeUndefined();
    scoredWithoutComment(s, score);
    if (score) expect(s.text).not.toMatch(THANKED_COMMENT);
  });
  it('a TV box with no picture beside the score still goes to a colleague (near miss)', async () => {
    const s = await sent(
      CABLE,
      'en',
      '4. one more thing, the tv box has no picture either, is that on your side too?',
    );
    expect(s.next).toBeDefined();
  });
});

describe('a second phone beside the score: every phone needs its own filter', () => {
  it.each([
    ['en', 'oh and we have a second phone upstairs, does that one need a box too? 4', 4],
    ['en', '4 oh and we have a second phone upstairs does that one need a box too', 4],
    ['sv', '4 en fråga till: vi har en telefon till på övervåningen, behöver den också en dosa?', 4],
    ['sv', 'vi har en till telefon uppe, behöver den ett eget filter? 5', 5],
    ['en', 'oh and we have a second phone upstairs, does that one need a box too?', null],
  ] as const)('%s: "%s"', async (lang, message, score) => {
    const s = await sent(DSL, lang as Language, message);
    expect(s.text).toMatch(lang === 'en' ? /every phone/ : /varje telefon/);
    expect(s.text).not.toMatch(/can’t answer|kan jag inte svara/);
    scoredWithoutComment(s, score);
  });
});

describe('a neighbour on the Wi-Fi beside the score: a new key offered with consent', () => {
  it.each([
    ['sv', '4 typ. asså en grej till, tror grannen snyltar på vårt wifi, kan ni kolla det?', 4],
    ['sv', '4 en grej till tror grannen snor vårt wifi kan ni kolla', 4],
    ['en', '4. one more thing, i think the neighbour is using our wifi, can you check that?', 4],
    ['en', '5 btw pretty sure the neighbours are stealing our wifi', 5],
    ['sv', 'asså en grej till, tror grannen snyltar på vårt wifi, kan ni kolla det?', null],
  ] as const)('%s: "%s"', async (lang, message, score) => {
    const s = await sent(WIFI, lang as Language, message);
    scoredWithoutComment(s, score);
    expect(s.text).toMatch(/thrown off|kastas ut/);
    expect(s.text).not.toMatch(/security team|säkerhetsavdelning/);
    expect(s.replies.at(-1)?.askKey).toMatch(/^consent\./);
    expect(s.next).toBeDefined();
    // Nothing is changed before the customer's yes; with it, the new key is set on the linked case, never security.
    const before = await s.c.desk.tickets.timeline(s.next!.id);
    expect(before.some((e) => e.type === 'action_done')).toBe(false);
    await s.c.send(lang === 'sv' ? 'ja' : 'yes');
    const after = await s.c.desk.tickets.timeline(s.next!.id);
    expect(after.some((e) => e.type === 'action_done' && e.action === 'wifi_password_change')).toBe(true);
    expect(after.some((e) => e.type === 'escalation')).toBe(false);
  });

  it.each([
    ['en', '4. can the neighbours use my wifi without the password?'],
    ['sv', '4 kan grannarna använda mitt wifi utan lösenordet?'],
  ] as const)(
    '%s: "%s" only asks whether they can: answered, no case opened (near miss)',
    async (lang, message) => {
      const s = await sent(WIFI, lang as Language, message);
      expect(s.text).toMatch(/encrypted|krypterat/);
      expect(s.next).toBeUndefined();
    },
  );

  it('a break-in told in so many words is still the security worry (near miss)', async () => {
    const s = await sent(
      WIFI,
      'sv',
      '4. tror grannen snor vårt wifi och har tagit sig in i routern, kan ni kolla?',
    );
    expect(s.next).toBeDefined();
    expect(s.text).toMatch(/säkerhetsavdelning/);
  });
});

/** The reply without the thanks for the score and the closing "anything else?" line. */
function answerPart(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim() && !/feedback|omdöme|score|betyget|anything else|något mer/i.test(l))
    .join('\n');
}

describe('the question or request beside the score is handled exactly as without it', () => {
  const TV =
    'One more question: the TV box also has a grey cable that goes to the same wall socket. Does that one matter for the internet?';
  it.each([
    ['en', '5', TV, CABLE],
    [
      'sv',
      '4',
      'en fråga till: tv-boxen har också en grå kabel till samma uttag. spelar den någon roll för internet?',
      CABLE,
    ],
    ['en', '4', 'oh and we have a second phone upstairs, does that one need a box too?', DSL],
    ['sv', '5', 'vi har en telefon till på övervåningen, behöver den också en dosa?', DSL],
    ['sv', '4 typ.', 'asså en grej till, tror grannen snyltar på vårt wifi, kan ni kolla det?', WIFI],
    ['en', '4.', 'one more thing, i think the neighbour is using our wifi, can you check that?', WIFI],
  ] as const)('%s: "%s %s"', async (lang, score, question, k) => {
    const alone = await sent(k, lang as Language, question);
    const beside = await sent(k, lang as Language, `${score} ${question}`);
    expect(beside.csat).toHaveLength(1);
    expect(answerPart(beside.text)).toBe(answerPart(alone.text));
    expect(beside.replies.at(-1)?.askKey ?? null).toBe(alone.replies.at(-1)?.askKey ?? null);
    expect(!!beside.next).toBe(!!alone.next);
  });
});

describe('the readings behind the answers', () => {
  it.each([
    [
      'the TV box also has a grey cable to the same wall socket. Does that one matter for the internet?',
      'tv_box_cable',
    ],
    ['tvn har en sladd till väggen också, påverkar den internet?', 'tv_box_cable'],
    ['we have a second phone upstairs, does that one need a box too?', 'microfilter'],
    ['vi har en telefon till på övervåningen, behöver den också en dosa?', 'microfilter'],
    // Near misses: other questions keep their own reading.
    ['can I connect the tv box with a cable to the router?', null],
    ['does my phone need a restart too?', 'restart_devices'],
  ])('"%s" → %s', (text, question) => {
    const sentences = text.split(/(?<=[.?])\s+/);
    const read = techQuestionOf(text) ?? techQuestionOf(sentences.at(-1) ?? '');
    expect(read).toBe(question);
  });

  it.each([
    ['tror grannen snyltar på vårt wifi', { wifiFreeloader: true }],
    ['i think the neighbours are stealing our wifi', { wifiFreeloader: true }],
    // A break-in told in so many words stays the security worry (the contract's "hacked" path).
    ['tror grannen snor mitt wifi och kanske kommer åt routern', { securityWorry: true }],
    ['grannen snor vårt wifi, kan nån ha hackat routern?', { securityWorry: true }],
    ['my neighbour uses your internet too and has no problems', {}],
  ])('"%s" → %j', (text, facts) => {
    const read = learnFacts({}, text);
    for (const [k, v] of Object.entries(facts)) expect(read[k as keyof typeof read]).toBe(v);
    if (!Object.keys(facts).length) expect(read.wifiFreeloader ?? read.securityWorry).toBeUndefined();
  });
});
