// Collects what the agent says during one turn and turns it into replies (paragraphs grouped into
// messages; the question, if any, closes the last message).
import { paragraphDigest } from './paragraph-digest.js';
import type { AskKey, Channel, Language } from '../domain/index.js';
import type { Say } from '../runbooks/engine.js';
import type { AnswerRest } from './answer-rest.js';
import {
  brandParams,
  channelParams,
  hasMessage,
  messageKey,
  NEUTRAL_WORDS,
  optionsFor,
  t,
  type BrandWords,
  type MessageKey,
  type Params,
} from './messages/index.js';
import { answeredQuestion } from './question-answers.js';

export interface DraftReply {
  text: string;
  askKey: AskKey | null;
  options: string[];
  final: boolean;
}

/** A question as it was put, so that it can be put again word for word after a repair. */
export interface AskSpec {
  key: AskKey;
  message?: string;
  params?: Params;
  options?: string[];
}

/** A parameter left unfilled in a rendered text. */
const MISSING = /\{[A-Za-z]\w*\}/;

/** Texts that say nothing but when the team answers (said once per reply: Turn.promisedAlready). */
const PROMISE_ONLY: ReadonlySet<string> = new Set(['desk_limit.when', 'handoff.next']);

export class Turn {
  private groups: string[][] = [[]];
  private askKey: AskKey | null = null;
  private askSpec: AskSpec | null = null;
  private askOptions: string[] = [];
  /** The text of the question this turn put, for what is said before it. */
  private askText: string | null = null;
  private isFinal = false;
  deviceWaitMs = 0;
  readonly secrets: string[] = [];
  /** The second request beside this turn's answer, read once (answer-rest.ts restOfTurn). */
  answerRest: { askKey: AskKey | null; text: string; lang: Language; rest: AnswerRest | null } | null = null;
  /** Keys left unsaid because a `{name}` in them had no value: never a raw placeholder in front of a customer. */
  readonly unfilled: string[] = [];
  /** Values every text of the turn may use (the case's reference), under what a caller passes. */
  private caseParams: Params = {};

  /** What the case knows that a text may name ("{channelTo}"), set at the start of the turn. */
  facts: Params = {};

  constructor(
    public language: Language,
    private readonly words: BrandWords = NEUTRAL_WORDS,
    /** The conversation's channel: the texts name it ("here in the e-mail", never "in the chat"). */
    readonly channel: Channel | null = null,
  ) {}

  /** The parameters every text of this turn gets: the operator's words and the channel's. */
  private base(): Params {
    return { ...brandParams(this.words, this.language), ...channelParams(this.channel, this.language) };
  }

  /**
   * Says `key` just before the question this turn put ("200143. did you turn it off?" answered before "May I
   * switch your Wi-Fi on?"), or at the end when no question was put.
   */
  sayBeforeAsk(key: MessageKey, params?: Params) {
    if (this.insteadOf.has(key)) return this.say(key, params);
    if (this.answeredAlready(key)) return;
    const text = this.render(key, params);
    if (text === null || this.saidInEarlierReply(key, text)) return;
    const group = this.askText ? this.groups.find((g) => g.includes(this.askText as string)) : undefined;
    if (!group || this.groups.some((g) => g.includes(text))) return this.add(text);
    group.splice(group.indexOf(this.askText as string), 0, text);
  }

  /**
   * What the customer said that some texts have a variant for ("sticker_gone": "lappen på routern är borta"): a
   * text with such a variant (`<key>.sticker_gone`) is said in it.
   */
  readonly variants = new Set<string>();

  say(given: MessageKey, params?: Params) {
    const variant = [...this.variants].map((v) => `${given}.${v}`).find((k) => hasMessage(k));
    const key = variant ? messageKey(variant) : given;
    const instead = this.insteadOf.get(key);
    if (instead !== undefined) {
      if (instead) this.say(instead.key, instead.params);
      return;
    }
    if (this.answeredAlready(key)) return;
    const chosen = this.notAgain(key);
    let text = this.render(chosen, params);
    if (text === null) return;
    // Said in an earlier reply word for word: its `.again` form when it has one, never the same paragraph.
    const again = `${key}.again`;
    let short = chosen !== key || key.endsWith('.again');
    if (!short && this.saidBefore(text) && hasMessage(again)) {
      text = this.render(again as MessageKey, params) ?? text;
      short = true;
    }
    if (this.saidInEarlierReply(key, text, short)) return;
    const when = params?.when ?? this.caseParams.when;
    if (PROMISE_ONLY.has(key) && when) this.promises.set(text, String(when));
    this.add(text);
  }

  /** Texts that only promise when the team answers ("Our billing team answers you here within 4 hours."). */
  private readonly promises = new Map<string, string>();

  /** Whether `text` only promises a time another paragraph of `all` already gives: said once per reply. */
  private promisedElsewhere(text: string, all: readonly string[]): boolean {
    const when = this.promises.get(text);
    if (!when) return false;
    // ("within 4 hours" is not given by "within 24 hours".)
    const given = new RegExp(`(^|[^\\d])${when.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    return all.some((other) => other !== text && !this.promises.has(other) && given.test(other));
  }

  /** The answers the previous reply gave (ConversationState.lastAnswers), and those this turn gives. */
  answersBefore: ReadonlySet<string> = new Set();
  readonly answers: string[] = [];

  /**
   * "who do I talk to about a discount?" asked again right after the answer: its `.again` form, more direct,
   * never the same paragraph word for word.
   */
  private notAgain(key: MessageKey): MessageKey {
    if (!answeredQuestion(key)) return key;
    this.answers.push(key);
    const again = `${key}.again`;
    return this.answersBefore.has(key) && hasMessage(again) ? (again as MessageKey) : key;
  }

  /**
   * The answer paragraphs said in earlier replies of this conversation (ConversationState.answersSaid, counted
   * by digest), those
   * this turn says for the first time, and those it left out because an earlier reply said them word for word:
   * a paragraph already said is never the answer to a new question (turn-entry.ts sayOnceMore).
   */
  answersSaidBefore: ReadonlyMap<string, number> = new Map();
  readonly answersSaidNow: string[] = [];
  readonly repeatsLeftOut: string[] = [];
  /**
   * The customer said the last answer missed their question ("my question was…", "det jag undrade var…",
   * "that's the mesh answer again"): an answer said before is not said again, not even once more.
   */
  answerMissed = false;

  /** How many earlier replies gave `text`, when it is the one that would be said again now. */
  private saidBefore(text: string, short = false): boolean {
    const times = this.answersSaidBefore.get(paragraphDigest(text)) ?? 0;
    // (A short `.again` form is made to be said when asked again; only a missed question stops it.)
    return (times >= 2 && !short) || (times >= 1 && this.answerMissed);
  }

  /**
   * Whether `text` (of `key`) is an answer earlier replies gave word for word twice already, or once when the
   * customer said it missed their question: left out. Otherwise counted.
   */
  private saidInEarlierReply(key: MessageKey, text: string, short = false): boolean {
    if (!ANSWER_KINDS.test(key) || NOT_AN_ANSWER.test(key)) return false;
    if (this.saidBefore(text, short)) {
      this.repeatsLeftOut.push(text);
      return true;
    }
    this.answersSaidNow.push(text);
    return false;
  }

  /**
   * Says, once, that the answer was given already and who answers the rest (in place of the same paragraph
   * again); `personReads`: a colleague will read the case.
   */
  saySaidBefore(personReads: boolean) {
    const text = this.render(personReads ? 'reply.said_before.case' : 'reply.said_before');
    if (text === null) return;
    const group = this.askText ? this.groups.find((g) => g.includes(this.askText as string)) : undefined;
    if (!group || this.groups.some((g) => g.includes(text))) return this.add(text);
    group.splice(group.indexOf(this.askText as string), 0, text);
  }

  /** Rewrites the answer paragraphs this turn said for the first time (answer-openers.ts fitOpener). */
  rewriteAnswers(by: (paragraph: string) => string) {
    for (const group of this.groups)
      for (let i = 0; i < group.length; i++) {
        const p = group[i] as string;
        if (!this.answersSaidNow.includes(p)) continue;
        const next = by(p);
        if (next === p) continue;
        group[i] = next;
        const tag = this.tags.get(p);
        if (tag !== undefined) this.tags.set(next, tag);
      }
  }

  /** The questions this turn has answered (question-answers.ts answeredQuestion): each answered once. */
  private readonly answered = new Set<string>();

  /**
   * Whether `key` answers a question this turn already answered ("A software update keeps your settings…"
   * then "No — a software update keeps your settings…"); otherwise it counts as answered from now on.
   */
  private answeredAlready(key: string): boolean {
    const question = answeredQuestion(key);
    if (!question) return false;
    if (this.answered.has(question)) return true;
    this.answered.add(question);
    return false;
  }

  /** Texts this turn says in place of others (null: nothing), e.g. a request already taken care of. */
  private readonly insteadOf = new Map<string, { key: MessageKey; params?: Params } | null>();

  /** From now on in this turn, `keys` say `by` instead (null: nothing). */
  sayInstead(keys: readonly MessageKey[], by: { key: MessageKey; params?: Params } | null) {
    for (const key of keys) if (key !== by?.key) this.insteadOf.set(key, by);
  }

  /** Takes back a paragraph said earlier in this turn (a promise the same turn has since kept). */
  unsay(key: MessageKey, params?: Params) {
    const text = this.render(key, params);
    if (text === null) return;
    for (const group of this.groups) {
      const at = group.indexOf(text);
      if (at >= 0) group.splice(at, 1);
    }
  }

  /** The case the turn speaks about: its reference fills `{reference}` wherever a caller left it out. */
  forCase(reference: string): this {
    this.caseParams = { reference };
    return this;
  }

  /**
   * The text of `key`, or null when a parameter it names is missing (the key is kept in `unfilled`). A text
   * naming a fact the desk does not have ("it is on channel {channelTo} now" before the router has reported
   * it) first gives way to the more general text above it (what_wifi_channel.<cause> → what_wifi_channel).
   */
  /** Every key this turn rendered, in order (what the reply offered: knowledge-routes.ts rememberTeamOffer). */
  readonly keysSaid: string[] = [];

  private render(key: MessageKey, params?: Params): string | null {
    this.keysSaid.push(key);
    const all = {
      ...this.base(),
      ...this.caseParams,
      ...this.facts,
      ...params,
    };
    const text = t(this.language, key, all);
    if (!MISSING.test(text)) return text;
    const parts = key.split('.');
    for (let n = parts.length - 1; n >= 2; n--) {
      const general = parts.slice(0, n).join('.');
      if (!hasMessage(general)) continue;
      const said = t(this.language, general, all);
      if (!MISSING.test(said)) return said;
    }
    this.unfilled.push(key);
    return null;
  }

  /** A key built at run time (the engine's, a topic's): checked against the catalogue. */
  sayKey(key: string, params?: Params) {
    this.say(messageKey(key), params);
  }

  text(text: string) {
    this.add(text);
  }

  /** Starts a new message (e.g. after "I'm testing your line…"). */
  break() {
    if (this.current().length) this.groups.push([]);
  }

  sayEngine(s: Say) {
    if ('text' in s) this.text(this.language === 'sv' ? s.text.sv : s.text.en);
    else {
      this.sayKey(s.key, s.params);
      if (s.key === 'testing') this.break();
    }
  }

  ask(askKey: AskKey, messageKey?: string, params?: Params, options?: string[]) {
    const missing = this.unfilled.length;
    if (messageKey) this.sayKey(messageKey, params);
    const plain = `ask.${askKey}`;
    if (!messageKey || (this.unfilled.length > missing && hasMessage(plain))) this.sayKey(plain, params);
    this.askText = this.current().at(-1) ?? null;
    this.askKey = askKey;
    this.askSpec = { key: askKey, message: messageKey, params, options };
    this.askOptions = options ?? optionsFor(askKey, this.language);
  }

  /** Says `key` before the pending question (the question stays last), or at the end when none is pending. */
  beforeAsk(key: MessageKey, params?: Params) {
    const group = this.current();
    const asked = this.askKey && group.length ? group.pop() : undefined;
    this.say(key, params);
    if (asked !== undefined) group.push(asked);
  }

  /** Puts a question again exactly as it was put. */
  askAgain(spec: AskSpec) {
    this.ask(spec.key, spec.message, spec.params, spec.options);
  }

  /** Puts a question again in its short form (`brief`); it stays the question it was. */
  askAgainIn(spec: AskSpec, brief: MessageKey) {
    this.say(brief, spec.params);
    this.keepAsk(spec);
  }

  /** Keeps a question open without putting it again (the customer is trying something now). */
  keepAsk(spec: AskSpec) {
    this.askKey = spec.key;
    this.askSpec = spec;
    this.askOptions = spec.options ?? optionsFor(spec.key, this.language);
  }

  get pendingAskSpec(): AskSpec | null {
    return this.askSpec;
  }

  final() {
    this.isFinal = true;
  }

  get pendingAsk(): AskKey | null {
    return this.askKey;
  }

  get empty(): boolean {
    return this.groups.every((g) => g.length === 0);
  }

  /** The paragraphs of each message this turn sends. */
  private shown(): string[][] {
    const all = this.groups.flat();
    return this.groups
      .map((g) => g.filter((text) => !this.promisedElsewhere(text, all)))
      .filter((g) => g.length > 0);
  }

  /**
   * The conversation moved on to a linked case during this turn (follow-up.ts): what was said so far
   * belongs to the case `ticketId` it was working on (its closing and summary), the rest to the new one.
   */
  nextCase(ticketId: string) {
    this.earlier ??= { ticketId, said: new Set(this.groups.flat()) };
  }

  private earlier: { ticketId: string; said: ReadonlySet<string> } | null = null;

  /**
   * Each message's paragraphs said for the earlier case and for the case worked on now, when the turn
   * moved on to a linked case (null: it did not; everything is the current case's).
   */
  byCase(): { ticketId: string; parts: { before: string; after: string }[] } | null {
    const earlier = this.earlier;
    if (!earlier) return null;
    const parts = this.shown().map((g) => ({
      before: g.filter((p) => earlier.said.has(p)).join('\n\n'),
      after: g.filter((p) => !earlier.said.has(p)).join('\n\n'),
    }));
    return { ticketId: earlier.ticketId, parts };
  }

  drafts(): DraftReply[] {
    const groups = this.shown();
    return groups.map((g, i) => {
      const last = i === groups.length - 1;
      return {
        text: g.join('\n\n'),
        askKey: last ? this.askKey : null,
        options: last ? this.askOptions : [],
        final: last && this.isFinal,
      };
    });
  }

  private current() {
    return this.groups[this.groups.length - 1];
  }

  /**
   * Moves what this turn has said so far into `to` (an interim message sent before a long wait),
   * message by message; a pending question stays here, and nothing moved is said again.
   */
  handOver(to: Turn) {
    if (this.askKey) return;
    for (const group of this.groups.filter((g) => g.length > 0)) {
      to.break();
      for (const text of group) to.text(text);
      for (const text of group) this.handedOver.add(text);
    }
    to.secrets.push(...this.secrets);
    // What is moved keeps the case it was said for; what this turn says after belongs to the new one.
    if (this.earlier) to.earlier ??= this.earlier;
    this.groups = [[]];
  }

  private readonly handedOver = new Set<string>();
  /** Paragraph → the question it answers (answer-order.ts), while `answering` names one. */
  private readonly tags = new Map<string, string>();
  private tagNow: string | null = null;

  /** The question the next paragraphs answer (null: none); they can then be put in the order asked. */
  answering(tag: string | null) {
    this.tagNow = tag;
  }

  /** Where the current message stands now (for `orderSince`). */
  mark(): number {
    return this.current().length;
  }

  /** The tags of what was said in the current message since `mark`. */
  tagsSince(mark: number): string[] {
    return this.current()
      .slice(mark)
      .flatMap((p) => {
        const tag = this.tags.get(p);
        return tag ? [tag] : [];
      });
  }

  /** Puts the paragraphs said since `mark` in the order of their questions' `rank` (stable; untagged last). */
  orderSince(mark: number, rank: (tag: string | undefined) => number) {
    const group = this.current();
    const tail = group.slice(mark).map((p, i) => ({ p, i, r: rank(this.tags.get(p)) }));
    tail.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r < b.r ? -1 : 1));
    group.splice(mark, tail.length, ...tail.map((x) => x.p));
  }

  /**
   * Puts `text` where the paragraph of `key` stands in this reply (an open answer instead of "I can't answer
   * that from here"); false when that paragraph is not in it.
   */
  replaceSaid(key: MessageKey, text: string): boolean {
    const said = t(this.language, key, { ...this.base(), ...this.caseParams, ...this.facts });
    for (const group of this.groups) {
      const at = group.indexOf(said);
      if (at < 0) continue;
      group[at] = text;
      return true;
    }
    return false;
  }

  /** Adds a paragraph to the current message; one already said in this turn is not said twice. */
  private add(text: string) {
    if (this.handedOver.has(text)) return;
    if (this.groups.some((g) => g.includes(text))) return;
    this.current().push(text);
    if (this.tagNow) this.tags.set(text, this.tagNow);
  }
}

/**
 * The kinds of paragraph that answer something (a question, a remark): the catalogue's answers, the answers
 * after an outcome, about the case, technical and advice texts. Said once in a conversation.
 */
const ANSWER_KINDS = /^(reply|after|case|tech|advice|incase)\./;
/** Not answers: the desk's own repairs and the text that says an answer was given already. */
const NOT_AN_ANSWER = /^reply\.(said_before|which_question)\b/;

/** Replaces every secret in `text` by a mask of the same shape (for timelines, transcripts, logs). */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join('•'.repeat(Math.min(12, Math.max(8, s.length))));
  return out;
}
