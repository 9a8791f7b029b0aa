import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Intent, Language, TimelineEvent } from '../domain/index.js';
import { createKnowledgeBase, type KnowledgeBase } from '../kb/index.js';
import { openTestDb, type TestDb } from '../kb/testing/db.js';
import type { HelpAnswer, KnowledgePort } from '../runbooks/ports.js';
import { defaultTriage } from './defaults.js';
import {
  answerableFromHelpCentre,
  questionKind,
  questionTopic,
  shortQuote,
  type QuestionKind,
} from './knowledge.js';
import { converse, faultWorld, memoryDesk, type MemoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const ANSWERS: Record<Language, Record<string, string>> = {
  en: { 'identity.customer_number': '100482', 'identity.pin': '4711', 'consent.*': 'yes' },
  sv: { 'identity.customer_number': '100482', 'identity.pin': '4711', 'consent.*': 'ja' },
};

interface FakeArticle {
  slug: string;
  language: Language;
  title: string;
  excerpt: string;
  /** Words that must all be in the question. */
  words: string[];
  audience?: 'customer' | 'staff';
}

const ARTICLES: FakeArticle[] = [
  {
    slug: 'wifi-password',
    language: 'en',
    title: 'Changing your Wi-Fi password',
    excerpt: 'You can change the Wi-Fi password yourself in My Pages under Router, or we can do it for you.',
    words: ['wifi', 'password'],
  },
  {
    slug: 'router-lights',
    language: 'sv',
    title: 'Lamporna på routern',
    excerpt: 'Orange blinkande lampa betyder att routern startar eller uppdaterar sin programvara.',
    words: ['lampan', 'orange'],
  },
  {
    slug: 'wifi-bands',
    language: 'en',
    title: 'Wi-Fi bands: 2.4 and 5 GHz',
    excerpt: '5 GHz is faster close to the router; 2.4 GHz reaches further through walls.',
    words: ['ghz'],
  },
  {
    slug: 'staff-only',
    language: 'en',
    title: 'Internal: bridge mode checklist',
    excerpt: 'Tier-2 only.',
    words: ['bridge'],
    audience: 'staff',
  },
];

const CAUSE_ARTICLES: Record<string, string> = {
  cpe_hung: 'restart-router',
  wifi_password_forgotten: 'wifi-password',
};

/** A small knowledge port: keyword articles, cause articles, and a record of every call. */
function fakeKnowledge(opts: { failing?: boolean } = {}) {
  const calls: { question: string; lang: Language; intent: Intent | null | undefined }[] = [];
  const causes: string[] = [];
  const port: KnowledgePort = {
    async bestAnswer(question, o) {
      calls.push({ question, lang: o.lang, intent: o.intent });
      if (opts.failing) throw new Error('kb down');
      const q = question.toLowerCase();
      const a = ARTICLES.find((x) => x.language === o.lang && x.words.every((w) => q.includes(w)));
      if (!a) return null;
      const hit: HelpAnswer = {
        article: { slug: a.slug, language: a.language, title: a.title, audience: a.audience ?? 'customer' },
        excerpt: a.excerpt,
        url: `https://help.example.net/help/${a.slug}?lang=${a.language}`,
        relevance: 0.9,
      };
      return hit;
    },
    async articleForCause(cause, lang) {
      causes.push(cause);
      const slug = CAUSE_ARTICLES[cause];
      return slug
        ? { title: `Article ${slug}`, url: `https://help.example.net/help/${slug}?lang=${lang}` }
        : null;
    },
  };
  return { port, calls, causes };
}

function desk(knowledge?: KnowledgePort, faults: Parameters<typeof faultWorld>[0] = []) {
  const world = faultWorld(faults);
  return memoryDesk({ world, knowledge, triage: defaultTriage });
}

async function open(d: MemoryDesk, language: Language) {
  d.directory.add(KARIN);
  return d.agent.startConversation({ channel: 'chat', language });
}

/** A whole conversation with Karin, who identifies herself and consents to everything. */
function run(d: MemoryDesk, language: Language, opening: string) {
  return converse(d, { customer: KARIN, language, opening, answers: ANSWERS[language] });
}

const notes = (tl: TimelineEvent[]) => tl.flatMap((e) => (e.type === 'note' ? [e.text] : []));

describe('question detection', () => {
  it('tells how-to questions from requests and small talk', () => {
    const kinds: [string, QuestionKind | null][] = [
      ['how do I change my wifi password myself', 'howto'],
      ['vad betyder lampan som blinkar orange', 'howto'],
      ["what's the difference between 2.4 and 5 GHz", 'howto'],
      ['hur byter jag lösenord på wifi:t?', 'howto'],
      ['is the fibre box supposed to be warm?', 'question'],
      ['can you change my wifi password?', null],
      ['what is your name?', null],
      ['Hej!', null],
      ['please change my wifi password', null],
    ];
    for (const [text, kind] of kinds) expect(questionKind(text), text).toBe(kind);
  });

  it('never sends troubleshooting intents to the help centre', () => {
    const answerable = (text: string) =>
      answerableFromHelpCentre(defaultTriage.triage(text), text, defaultTriage.clarifyThreshold);
    const yes = [
      'how do I change my wifi password myself',
      'vad betyder lampan som blinkar orange',
      'what is the difference between 2.4 and 5 GHz',
    ];
    const no = [
      'my internet is down, how do I fix it?',
      'why is my invoice higher this month?',
      'Vi ska flytta nästa månad, hur flyttar jag mitt abonnemang?',
      'what is the password for my wifi? I lost the sticker',
      'Is there a software update for my modem? It keeps disconnecting.',
      'I want to talk to a person, how do I do that?',
    ];
    for (const text of yes) expect(answerable(text), text).toBe(true);
    for (const text of no) expect(answerable(text), text).toBe(false);
  });

  it('drops words no article contains and keeps quotes short', () => {
    expect(questionTopic('how do I change my wifi password myself?')).toBe(
      'how do I change my wifi password ?',
    );
    expect(questionTopic('kan jag byta lösenordet själv?')).toBe('kan jag byta lösenordet ?');
    const long = 'Word '.repeat(200);
    expect(shortQuote(long).length).toBeLessThanOrEqual(321);
    expect(shortQuote('Short and sweet.')).toBe('Short and sweet.');
  });
});

describe('answers from the help centre (fake knowledge port)', () => {
  it('quotes and links the article, notes it on the timeline, asks if it helped, and closes the case on yes', async () => {
    const kb = fakeKnowledge();
    const d = desk(kb.port, ['wifi_password_forgotten']);
    const { ticketId } = await open(d, 'en');
    const replies = await d.agent.handleMessage(ticketId, 'how do I change my wifi password myself');
    const last = replies.at(-1)!;
    const text = replies.map((r) => r.text).join('\n');
    expect(text).toContain('help centre');
    expect(text).toContain('Changing your Wi-Fi password');
    expect(text).toContain('You can change the Wi-Fi password yourself');
    expect(text).toContain('https://help.example.net/help/wifi-password?lang=en');
    expect(last.askKey).toBe('resolution.confirm');
    expect(last.options).toEqual(['Yes, that helped', "No, that didn't help"]);
    expect(kb.calls).toEqual([
      { question: 'how do I change my wifi password', lang: 'en', intent: 'wifi_password' },
    ]);

    const tl = await d.tickets.timeline(ticketId);
    expect(tl.find((e) => e.type === 'triage')).toMatchObject({ intent: 'wifi_password' });
    expect(notes(tl).some((n) => n.includes('help centre') && n.includes('wifi-password'))).toBe(true);

    const done = await d.agent.handleMessage(ticketId, 'Yes, that helped');
    expect(done.at(-1)?.final).toBe(true);
    expect(done.at(-1)?.askKey).toBe('csat.score');
    const after = await d.tickets.timeline(ticketId);
    const resolution = after.find((e) => e.type === 'resolution');
    expect(resolution).toMatchObject({ outcome: 'resolved', disposition: 'resolved.help_centre' });
    expect((await d.tickets.get(ticketId))?.status).toBe('resolved');
    expect(d.world.calls).toHaveLength(0);
    expect(notes(after).some((n) => n.includes('answered the question'))).toBe(true);
  });

  it('answers a Swedish question in Swedish and asks again what is needed when it did not help', async () => {
    const kb = fakeKnowledge();
    const d = desk(kb.port);
    const { ticketId } = await open(d, 'sv');
    const replies = await d.agent.handleMessage(ticketId, 'vad betyder lampan som blinkar orange');
    const text = replies.map((r) => r.text).join('\n');
    expect(text).toContain('hjälpcenter');
    expect(text).toContain('Lamporna på routern');
    expect(text).toContain('Orange blinkande lampa');
    expect(replies.at(-1)?.askKey).toBe('resolution.confirm');
    expect(replies.at(-1)?.options).toEqual(['Ja, det hjälpte', 'Nej, det hjälpte inte']);

    const next = await d.agent.handleMessage(ticketId, 'Nej, det hjälpte inte');
    expect(next.map((r) => r.text).join('\n')).toContain('Berätta lite mer');
    expect(next.at(-1)?.askKey).toBeNull();
    const tl = await d.tickets.timeline(ticketId);
    expect(tl.some((e) => e.type === 'resolution')).toBe(false);
    expect(notes(tl).some((n) => n.includes('did not help'))).toBe(true);
    expect((await d.agent.conversation(ticketId))?.phase).toBe('opening');
  });

  it('runs the runbook when the article did not help with something the desk can do', async () => {
    const kb = fakeKnowledge();
    const d = desk(kb.port, ['wifi_password_forgotten']);
    const res = await run(d, 'en', 'how do I change my wifi password myself');
    // The simulated customer answers "did that help?" truthfully: the password is still unknown.
    expect(res.transcript.some((m) => m.text.includes('Changing your Wi-Fi password'))).toBe(true);
    expect(res.outcome).toBe('resolved');
    expect(res.disposition).toBe('resolved.remote_fix');
    expect(d.world.actionsDone()).toContain('wifi_password_change');
    expect(res.turns).toBeLessThanOrEqual(8);
    // The closing message links the article for the cause.
    const closing = res.lastReplies.map((r) => r.text).join('\n');
    expect(closing).toContain('https://help.example.net/help/wifi-password?lang=en');
    expect(kb.causes).toContain('wifi_password_forgotten');
  });

  it('never answers troubleshooting from the help centre and links the cause article after the fix', async () => {
    const kb = fakeKnowledge();
    const d = desk(kb.port, ['cpe_hung']);
    const res = await run(d, 'en', 'internet stopped working, how do I fix it? the lights look normal');
    expect(kb.calls).toHaveLength(0);
    expect(res.outcome).toBe('resolved');
    expect(d.world.actionsDone()).toContain('cpe_reboot');
    const closing = res.lastReplies.map((r) => r.text).join('\n');
    expect(closing).toContain('Read more about what happened');
    expect(closing).toContain('https://help.example.net/help/restart-router?lang=en');
  });

  it('offers an article once, never a staff article, and falls back to the usual reply', async () => {
    const kb = fakeKnowledge();
    const d = desk(kb.port);
    const { ticketId } = await open(d, 'en');
    const first = await d.agent.handleMessage(ticketId, 'what is the difference between 2.4 and 5 GHz?');
    expect(first.at(-1)?.askKey).toBe('resolution.confirm');
    // A new question instead of yes/no: handled as a fresh message; the same article is not repeated.
    const again = await d.agent.handleMessage(
      ticketId,
      'what is the difference between 2.4 and 5 GHz exactly?',
    );
    expect(again.map((r) => r.text).join('\n')).not.toContain('help centre');
    expect((await d.agent.conversation(ticketId))?.helpShown).toEqual(['wifi-bands']);

    const d2 = desk(kb.port);
    const t2 = await open(d2, 'en');
    const staff = await d2.agent.handleMessage(t2.ticketId, 'what is bridge mode and how do I use it?');
    expect(staff.map((r) => r.text).join('\n')).not.toContain('Internal');
  });

  it('answers a question after a closed case without reopening it', async () => {
    const kb = fakeKnowledge();
    const d = desk(kb.port, ['cpe_hung']);
    const res = await run(d, 'en', 'internet stopped working, the lights look normal though');
    expect(res.outcome).toBe('resolved');
    const replies = await d.agent.handleMessage(
      res.ticketId,
      'what is the difference between 2.4 and 5 GHz?',
    );
    expect(replies.map((r) => r.text).join('\n')).toContain('Wi-Fi bands: 2.4 and 5 GHz');
    expect(replies.at(-1)?.askKey).toBe('resolution.confirm');
    const thanks = await d.agent.handleMessage(res.ticketId, 'Yes, that helped');
    expect(thanks.map((r) => r.text).join('\n')).toContain('Glad I could help');
    expect(thanks.at(-1)?.final).toBe(true);
    const tl = await d.tickets.timeline(res.ticketId);
    expect(tl.filter((e) => e.type === 'resolution')).toHaveLength(1);
    expect((await d.tickets.get(res.ticketId))?.status).toBe('resolved');
  });

  it('behaves as before without a knowledge port or when the knowledge base fails', async () => {
    for (const knowledge of [undefined, fakeKnowledge({ failing: true }).port]) {
      const d = desk(knowledge);
      const { ticketId } = await open(d, 'sv');
      const replies = await d.agent.handleMessage(ticketId, 'vad betyder lampan som blinkar orange');
      expect(replies.map((r) => r.text).join('\n')).toContain('Jag hjälper gärna till');
      expect(replies.at(-1)?.askKey).toBeNull();
    }
  });
});

describe('answers from the real knowledge base (seeded, in-memory SQLite)', () => {
  let db: TestDb;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    db = await openTestDb('sqlite');
    kb = createKnowledgeBase({ db: db.db, engine: db.engine, publicBaseUrl: 'https://help.example.net' });
    await kb.seed();
  });
  afterAll(async () => {
    await db.close();
  });

  const cases: { lang: Language; question: string; slug: string }[] = [
    { lang: 'sv', question: 'vad betyder lampan som blinkar orange', slug: 'router-lights' },
    { lang: 'en', question: 'what is the difference between 2.4 and 5 GHz', slug: 'wifi-bands' },
  ];
  for (const c of cases) {
    it(`quotes the seeded article "${c.slug}" for a ${c.lang} question`, async () => {
      const article = await kb.get(c.slug, c.lang);
      expect(article?.audience).toBe('customer');
      const d = desk(kb);
      const { ticketId } = await open(d, c.lang);
      const replies = await d.agent.handleMessage(ticketId, c.question);
      const text = replies.map((r) => r.text).join('\n');
      expect(text).toContain(article!.title);
      expect(text).toContain(`https://help.example.net/help/${c.slug}?lang=${c.lang}`);
      // The quote is a passage of the article itself.
      const quote = /[“”]([^“”]+)”\n\n/.exec(text.split(article!.title)[1] ?? '')?.[1] ?? '';
      expect(quote.length).toBeGreaterThan(20);
      const firstWords = quote.split(' ').slice(0, 4).join(' ');
      expect(article!.body.replace(/[*_`#>-]/g, '').replace(/\s+/g, ' ')).toContain(
        firstWords.replace(/[*_`#>-]/g, ''),
      );
      expect(replies.at(-1)?.askKey).toBe('resolution.confirm');
    });
  }

  it('links the seeded article for the cause when a case is resolved', async () => {
    const d = desk(kb, ['cpe_hung']);
    const res = await run(d, 'sv', 'Internet har slutat funka men alla lampor ser normala ut');
    expect(res.outcome).toBe('resolved');
    const article = await kb.get('restart-router', 'sv');
    const closing = res.lastReplies.map((r) => r.text).join('\n');
    expect(closing).toContain(article!.title);
    expect(closing).toContain('https://help.example.net/help/restart-router?lang=sv');
  });
});
