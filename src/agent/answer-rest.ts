// "yes its back :) while youre at it can u rename it to Hallbergs?", "ja det funkar bättre nu. men kan
// jag byta till ett billigare abonnemang då, typ 250?", "ok ill check tonight. another thing while i have
// you, why was my last invoice 100 kr more than usual??": an answer to "does it work now?" that carries a
// second request. The part that answers closes the case as usual; the rest is taken up in the same reply
// as what it is (a rename, a plan change for sales, an invoice for billing, another service, a second
// fault) on its own linked case, and the satisfaction question waits until that one is done.
import { dropsRefund } from './refund-dropped.js';
import { teamDisowned } from './secondary-topics.js';
import { wantedLater } from '../triage/deferral.js';
import type { AskKey, Intent, Language, Ticket } from '../domain/index.js';
import type { TriageApi, TriageLike } from '../runbooks/ports.js';
import { learnFacts } from '../runbooks/facts.js';
import { cueAlternation } from '../triage/add-on-cues.js';
import { fold } from '../triage/normalize.js';
import { asksRouterLogin, topicsOf } from '../triage/topics-of.js';
import { accountPasswordMeant } from '../triage/question-topics.js';
import type { ConversationState } from './conversation-state.js';
import { otherServiceBeside } from './other-beside.js';
import { secondProblemBeside, toldOfBefore } from './second-problem.js';
import { asksOwnPlan } from './plan-question.js';
import { renameAsk, renameRequest } from './rename-remarks.js';
import { scoreLater } from './csat-once.js';
import { salesWaitsForCase } from './sales-wish.js';
import type { Turn } from './turn.js';
import { hasMessage, type MessageKey } from './messages/index.js';
import { questionClauses } from './side-questions.js';
import { techQuestionOf } from '../triage/tech-questions.js';

export type RestKind =
  'other_service' | 'rename' | 'wifi_key' | 'account_change' | 'billing' | 'second_problem';

export interface AnswerRest {
  kind: RestKind;
  /** What the next case opens with (the customer's words, or the request worded plainly). */
  text: string;
  /** The customer's own words of the rest. */
  said: string;
}

export interface RestReaders {
  triage(text: string): Pick<TriageLike, 'intent' | 'confidence'>;
  parseWifiName(text: string): string | null;
  /** The conversation's intent, when known: in a sign-in case a bare "password" is the account pages' one. */
  intent?: string | null;
}

/** The readers over the desk's triage. */
export function restReaders(triage: Pick<TriageApi, 'triage' | 'parseWifiName'>): RestReaders & {
  triage(text: string): TriageLike;
} {
  return {
    triage: (text) => triage.triage(text),
    parseWifiName: (text) => triage.parseWifiName?.(text) ?? null,
  };
}

/**
 * Questions whose answer can close the case, so that what is asked beside it needs a case of its own:
 * "does it work now?" and a step the customer reports done ("done, ipad is on. btw … my bill went up?").
 */
function canClose(askKey: AskKey): boolean {
  return askKey === 'resolution.confirm' || askKey.startsWith('step.');
}

/**
 * Where the rest of a message begins: a sentence end (an emoji ends one too: "mobilen är inne nu 👍 kan jag byta
 * namn på nätet också?", round 34 a#7), or a word that turns to something else.
 */
const TURN = new RegExp(
  `(?<=[.!?\\n]|\\p{Extended_Pictographic}\\uFE0F?)\\s*|[\\s,;:]+(?=(?:${cueAlternation('turn', 'join', 'but')})\\b)`,
  'u',
);

/** "rename it to Hallbergs", "döp om det": a rename whose object is the network spoken of. */
const RENAME_IT =
  /\b(rename|renaming)\b[^.?!]{0,12}\b(it|that|this|mine|ours)\b|\b(change|set) (its|the) name\b|\bbyt\w* namn pa (den|det|dem)\b|\bdop\w* om (den|det)\b/;

/**
 * "did you rename that one too or not?", "har ni döpt om 5 GHz-nätet också?", "is the 5 GHz one renamed too?": a
 * question about a rename already made — answered, never a new rename taken up.
 */
const RENAME_DONE_ASKED =
  /\b(did|have|has) (you|u|it|that|this|the \w+)( \w+)? (renam\w*|chang\w*)\b|\b(is|was) (it|that|the \w+( \w+)?) (also |too )?(renamed|changed)\b|\b(har|blev) (ni|du|det|den|\w+(et|en)) (ocksa |aven )?(dopts? om|dopt om|bytt namn|andrats|andrat)\b|\bdopte (ni|du)\b/;

/** A rename asked for: a verb of changing the name, not only the name mentioned. */
const RENAME_ASKED =
  /\b(rename\w*|change|changing|set|new name|call it|name it|byt\w*|andra|dop\w*|nytt namn|kalla)\b/;

/** The subscription itself, not equipment ("kan jag köpa en sån av er?" is a question for the answer). */
const PLAN =
  /\b(abonnemang\w*|plan|plans|subscription\w*|hastighet\w*|speed tier|uppgradera\w*|nedgradera\w*|upgrad\w*|downgrad\w*|sag\w* upp|cancel\w*|(byta|ga ner|ga upp|switch|change|move|go down|go up) (till|to) (ett |en |a )?(\w+ )?\d{2,4})\b/;

/** The customer's own pages, not "can they still get in?" about the Wi-Fi. */
const PORTAL = /\b(mina sidor|my pages|portal\w*|kontot|mitt konto|account|inlogg\w*|logga in|log ?in)\b/;
/** "varför blev kontot låst?", "why was my account locked": a question about why, never a new request. */
const WHY =
  /^((och|and|men|but|so|sa|ok|okay|tack|thanks)\b[\s,]*)*(varfor|vrf|vafor|why|how come|hur kommer det sig)\b/;

/**
 * Questions about a password that ask for no new Wi-Fi key, answered from what the case did: the account
 * pages' password ("hur byter jag lösenordet sen?" after a sign-in fix), whether the key is safe ("also what
 * about the wifi password, is that one safe?"), whether the devices need it ("wait do my smart tv and stuff
 * need the new password now?" after a new admin password).
 */
const ASKED_ABOUT_KEY: ReadonlySet<string> = new Set([
  'account_password',
  'key_safe',
  'reconnect_devices',
  'each_device',
  'devices_drop',
]);

/** The intents a rest is taken up as when triage is this sure of the clause. */
const SURE = 0.8;

interface Finder {
  kind: RestKind;
  /** The rest of `text` that is this kind of request, or null. */
  find(text: string, read: RestReaders): string | null;
  /** What the next case opens with. */
  opening?(rest: string, lang: Language, read: RestReaders): string;
}

/** In this order: the first kind that finds a rest is what the rest is. */
const FINDERS: Finder[] = [
  { kind: 'other_service', find: (text) => otherServiceBeside(text) },
  {
    kind: 'rename',
    find: (text) =>
      restWhere(
        text,
        (rest) =>
          !RENAME_DONE_ASKED.test(fold(rest)) &&
          (!!learnFacts({}, rest).ssidRename || RENAME_IT.test(fold(rest))),
      ),
    opening: (rest, lang, read) => {
      const name = read.parseWifiName(rest);
      // "one more thing - could you rename my wifi too? its called some ugly FL-xxxx thing": the rename,
      // never the whole remark triaged (a question nothing answers, "I can't answer that").
      // "i only have one network name in the list" tells, it asks for no rename: the remark as it is.
      if (name) return renameRequest(lang, name);
      return RENAME_ASKED.test(fold(rest)) ? renameAsk(lang) : rest;
    },
  },
  // "Btw can you also tell me what the wifi password is, the sticker on the box is gone": a new key (the
  // desk cannot read the old one out), set with its own permission on a linked case.
  {
    kind: 'wifi_key',
    find: (text, read) =>
      restWhere(
        text,
        // "ja nu funkar det. hur byter jag lösenordet sen?" after a sign-in fix: the account pages' password,
        // answered (question-topics.ts account_password), never a new Wi-Fi key.
        (rest) =>
          !learnFacts({}, rest).ssidRename &&
          !topicsOf(rest).some((t) => ASKED_ABOUT_KEY.has(t)) &&
          !accountPasswordMeant(fold(rest), read.intent) &&
          isIntent(rest, read, 'wifi_password'),
      ),
  },
  {
    kind: 'account_change',
    find: (text, read) =>
      restWhere(
        text,
        // "ska jag uppgradera till 1000 då eller?" asks for advice (answered from the findings), not for a change.
        (rest) =>
          PLAN.test(fold(rest)) &&
          !topicsOf(rest).includes('upgrade_helps') &&
          isIntent(rest, read, 'account_change'),
      ),
  },
  // ("men kan jag se mina fakturor där?" asks where they are: answered, never a billing case.)
  {
    kind: 'billing',
    // ("men ska jag inte skicka nåt till fakturaavdelningen alltså, jag har ingen fråga till dom": no invoice rest.)
    find: (text, read) =>
      teamDisowned(text, 'billing')
        ? null
        : restWhere(text, (rest) => !asksWhereItWorks(rest) && isIntent(rest, read, 'billing')),
  },
  // "förresten jag kommer inte in på mina sidor heller, kontot är låst": the portal login as its own case.
  {
    kind: 'second_problem',
    find: (text, read) =>
      restWhere(
        text,
        (rest) =>
          PORTAL.test(fold(rest)) &&
          !WHY.test(fold(rest.toLowerCase())) &&
          // "I asked if it is normal that the account locks after only 3-4 wrong passwords": a question, answered.
          !topicsOf(rest).includes('is_normal') &&
          !asksRouterLogin(rest) &&
          !asksWhereItWorks(rest) &&
          isIntent(rest, read, 'login_problem'),
      ),
  },
  // "btw is my plan actually 1000? feels slower than that": a question about the plan, answered from the
  // service record (plan-question.ts), never a slow-speed case opened on a feeling.
  {
    kind: 'second_problem',
    find: (text) => {
      const rest = secondProblemBeside(text);
      return rest && !asksOwnPlan(fold(rest)) ? rest : null;
    },
  },
  // "och förresten min mobil laddar sidor jättelångsamt på dagen också": a fault told as an aside.
  {
    kind: 'second_problem',
    find: (text, read) =>
      restWhere(
        text,
        (rest) =>
          ASIDE.test(fold(rest.toLowerCase())) &&
          !asksOwnPlan(fold(rest)) &&
          // ("… but it also worked between the drops earlier": the fault as it was before, no new one.)
          !toldOfBefore(rest) &&
          FAULT_INTENTS.has(read.triage(rest).intent),
      ),
  },
];

/**
 * "och kan jag se mina fakturor där?", "kan jag se fakturan på iPaden också eller måste jag ha datorn?", "can I use
 * My pages on my phone?": where the account pages or the invoices are seen — answered, never a case (round 34 c#2).
 */
function asksWhereItWorks(rest: string): boolean {
  return (
    topicsOf(rest).includes('portal_invoices') ||
    questionClauses(rest).some((c) => techQuestionOf(c) === 'portal_device')
  );
}

/** A clause that turns to something else by the way. */
const ASIDE =
  /^(och |and |men |but |plus )?(forresten|btw|by the way|dessutom|another thing|en annan sak|one more thing|also)\b/;

/** Faults a second problem told as an aside is taken up as. */
const FAULT_INTENTS: ReadonlySet<string> = new Set([
  'slow_speed',
  'no_internet',
  'wifi_problem',
  'intermittent',
]);

/** The clauses of `text` from the second on, each with what follows it. */
function rests(text: string): string[] {
  const clauses = String(text ?? '')
    .slice(0, 1000)
    .split(TURN)
    .map((c) => c.trim())
    .filter(Boolean);
  return clauses.slice(1).map((_, i) => clauses.slice(i + 1).join(' '));
}

function restWhere(text: string, test: (rest: string) => boolean): string | null {
  return rests(text).find(test) ?? null;
}

/** Triage reads `rest`, on its own, as `intent`: "men kan jag byta till 250?" (account_change). */
function isIntent(rest: string, read: RestReaders, intent: Intent): boolean {
  const tri = read.triage(rest);
  return tri.intent === intent && tri.confidence >= SURE;
}

/**
 * "ok thanks. 13:32 today? and btw my bill went up this month, why?": the last part of a message that
 * triage reads, on its own, as an invoice question (null when none does).
 */
export function billBeside(text: string, read: RestReaders): string | null {
  // "Men jag har inte frågat något om fakturan, jag ville bara veta vilken hastighet vi har": the invoice named
  // only to say it was never asked about is no invoice question.
  if (teamDisowned(text, 'billing')) return null;
  return (
    rests(text)
      .filter((rest) => isIntent(rest, read, 'billing'))
      .at(-1) ?? null
  );
}

/** The second request inside an answer to `askKey`, or null when the message carries none. */
export function answerRestOf(
  askKey: AskKey | null | undefined,
  text: string,
  lang: Language,
  read: RestReaders,
): AnswerRest | null {
  if (!askKey || !canClose(askKey)) return null;
  return restIn(text, lang, read);
}

/**
 * answerRestOf read once a turn: withAnswerRest, answerPart and the rename after a close share what the
 * turn found, kept on the turn for the question, text and language it was read for.
 */
export function restOfTurn(
  turn: Turn | undefined,
  askKey: AskKey | null | undefined,
  text: string,
  lang: Language,
  read: RestReaders,
): AnswerRest | null {
  const kept = turn?.answerRest;
  if (kept && kept.askKey === (askKey ?? null) && kept.text === text && kept.lang === lang) return kept.rest;
  const rest = answerRestOf(askKey, text, lang, read);
  if (turn) turn.answerRest = { askKey: askKey ?? null, text, lang, rest };
  return rest;
}

/** The second request in `text`, whatever was asked. */
function restIn(text: string, lang: Language, read: RestReaders): AnswerRest | null {
  for (const finder of FINDERS) {
    const rest = finder.find(text, read);
    if (rest) return { kind: finder.kind, text: finder.opening?.(rest, lang, read) ?? rest, said: rest };
  }
  return null;
}

/** The part of `text` that answers `askKey`: what comes before a second request, else all of it. */
export function answerPart(
  askKey: AskKey | null | undefined,
  text: string,
  lang: Language,
  read: RestReaders,
  turn?: Turn,
): string {
  const rest = restOfTurn(turn, askKey, text, lang, read);
  const at = rest ? text.lastIndexOf(rest.said) : -1;
  return at > 0 ? text.slice(0, at).trim() : text;
}

export interface AnswerRestDeps extends RestReaders {
  note(ticketId: string, text: string): Promise<void>;
  /** Takes a request up as a new linked case after the conversation's case has closed. */
  reopen(ticket: Ticket, conv: ConversationState, turn: Turn, text: string, tri: TriageLike): Promise<void>;
  triage(text: string): TriageLike;
  /** The cause the case's checks found (for the why asked beside the request taken up next). */
  cause?(ticket: Ticket): Promise<string | null>;
}

/**
 * Handles a customer message with `handle` (the answer as such). When the message answered the closing
 * question with a second request beside it, and `handle` closed the case without taking that request up,
 * the request is taken up in the same reply; the satisfaction question then waits for it.
 */
export async function withAnswerRest(
  deps: AnswerRestDeps,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  handle: () => Promise<void>,
): Promise<void> {
  const ticketId = ticket.id;
  const read = { ...deps, intent: conv.intent };
  // "and forget the refund thing": money back taken back is no billing request beside the answer.
  const dropped = dropsRefund(text);
  const read0 =
    conv.phase === 'runbook' ? restOfTurn(turn, conv.pendingAsk, text, conv.language, read) : null;
  const found = dropped && read0?.kind === 'billing' ? null : read0;
  // "yeah way better now. so what about the faster plan?": sales gets it as a linked case at the close (sales-wish.ts).
  const now = found?.kind === 'account_change' && salesWaitsForCase(conv) ? null : found;
  // Told beside an answer that does not close the case ("ja. förresten … kontot är låst"): remembered.
  const aside =
    !now && !dropped && conv.phase === 'runbook' && conv.pendingAsk
      ? asideRest(text, conv.language, read)
      : null;
  const remembered = aside && !conv.laterRequest ? aside : null;
  if (remembered) {
    conv.laterRequest = remembered.text;
    await deps.note(
      ticketId,
      `the customer told of more beside the answer (${remembered.kind}): taken up after this case`,
    );
  }
  const rest = now ?? (conv.phase === 'runbook' && conv.laterRequest ? laterRest(conv.laterRequest) : null);
  if (!rest && conv.phase === 'closed') return withRequestAfter(deps, ticket, conv, turn, text, handle);
  if (!rest) {
    // "yes its back. what caused it? and can i switch to a cheaper plan?": sales takes the plan at the close
    // (sales-wish.ts); the why beside it is this case's, answered once the case has closed.
    const before = conv.workTicketId ?? null;
    await handle();
    if (found && conv.phase === 'closed' && (conv.workTicketId ?? null) === before)
      await causeBeside(deps, ticket, turn, found, read);
    return;
  }
  const work = conv.workTicketId ?? null;
  const held = { csatLater: conv.csatLater, csatCovers: conv.csatCovers };
  // "Ja nu kom jag in! Men fakturan då?": the invoice taken up now is never also offered as "you also mentioned".
  const restIntent = REST_INTENT[rest.kind];
  const offered = conv.secondaryIntents;
  if (restIntent) conv.secondaryIntents = offered.filter((i) => i !== restIntent);
  scoreLater(conv, ticketId);
  await handle();
  const sameCase = (conv.workTicketId ?? null) === work;
  // "…och btw räkningen gick upp, vet du varför?" while the case goes on: said in this reply that it is
  // taken up after this, never dropped without a word.
  if (remembered && sameCase && conv.phase === 'runbook')
    turn.beforeAsk(remembered.kind === 'billing' ? 'aside.later.billing' : 'aside.later');
  // The case goes on: the score is as before. The request was already taken up as its own case: done.
  if (sameCase && conv.phase !== 'closed') Object.assign(conv, held);
  if (sameCase && conv.phase !== 'closed' && restIntent) conv.secondaryIntents = offered;
  if (!sameCase || conv.phase !== 'closed') return;
  conv.laterRequest = null;
  await deps.note(ticketId, `the customer asked for more beside the answer (${rest.kind}): taken up at once`);
  const next = await causeBeside(deps, ticket, turn, rest, read);
  await deps.reopen(ticket, conv, turn, next, deps.triage(next));
}

/** Requests whose case a why beside them is never about (a second fault's why is that fault's). */
const WHY_NOT_THEIRS: ReadonlySet<RestKind> = new Set(['billing', 'account_change', 'rename', 'wifi_key']);

/**
 * "ja nu funkar det!! men fakturan då? och varför hände det ens?": a why asked beside the request taken up
 * next is about the case just closed — answered from the cause its checks found, and left out of what the
 * next case opens with (never answered as that team's question). A why about the request itself ("varför
 * gick fakturan upp?", read as that request) stays with it. Returns what the next case opens with.
 */
async function causeBeside(
  deps: AnswerRestDeps,
  ticket: Ticket,
  turn: Turn,
  rest: AnswerRest,
  read: RestReaders,
): Promise<string> {
  if (!deps.cause || !WHY_NOT_THEIRS.has(rest.kind)) return rest.text;
  const theirs = REST_INTENT[rest.kind];
  const whys = questionClauses(rest.said).filter(
    (clause) => topicsOf(clause).includes('why_broke') && (!theirs || !isIntent(clause, read, theirs)),
  );
  if (!whys.length) return rest.text;
  const cause = await deps.cause(ticket);
  const key = [`after.cause.${cause}`, `reply.why_broke.${cause}`].find((k) => cause && hasMessage(k));
  if (!key) return rest.text;
  turn.sayBeforeAsk(key as MessageKey);
  const left = whys
    .reduce((text, clause) => text.replace(clause, ' '), rest.text)
    .replace(/\s+/g, ' ')
    .trim();
  return /\p{L}/u.test(left) ? left : rest.text;
}

/** The intent a rest is taken up as, when it is one another team has. */
const REST_INTENT: Partial<Record<RestKind, Intent>> = {
  billing: 'billing',
  account_change: 'account_change',
};

/** Asides worth a case of their own: a bill, a login, a fault (not a rename or a plan, which the case may do). */
function asideRest(text: string, lang: Language, read: RestReaders): AnswerRest | null {
  const rest = restIn(text, lang, read);
  if (!rest || (rest.kind !== 'billing' && rest.kind !== 'second_problem')) return null;
  // Told as an aside ("förresten …", "btw …"), never a question about the case in hand ("måste jag betala för besöket?").
  if (ASIDE.test(fold(rest.said.toLowerCase()))) return rest;
  // "Försvinner mina inställningar då …? Och btw räkningen gick upp …": the aside starts further on.
  const at = fold(rest.said.toLowerCase()).search(ASIDE_WITHIN);
  if (at < 0 || rest.kind !== 'billing') return null;
  const said = rest.said.slice(at).replace(/^[\s.!?,;:]+/, '');
  return read.triage(said).intent === 'billing' ? { ...rest, text: said, said } : null;
}

/** An aside that begins after a sentence or a comma ("…? Och btw räkningen …"). */
const ASIDE_WITHIN = new RegExp(`(?<=[.!?,;:])\\s*(?=${ASIDE.source.slice(1)})`);

function laterRest(text: string): AnswerRest {
  return { kind: 'second_problem', text, said: text };
}

/** "…och kan ni byta wifilösenordet medan ni håller på?": a request for a change asked of us, beside the rest. */
const ASKED_CHANGE =
  /\b(kan (ni|du)|could you|can you|will you|would you|please|vill (jag|ha)|i want|i'd like|byt\w*|change|reset)\b/;

/**
 * "should i change my other passwords as well?", "in the meantime, should I … change the wifi password myself?":
 * what the customer asks about doing themselves, not a request of us.
 */
const SELF_QUESTION =
  /^((and|och|also|ocksa|but|men|so|sa|in the meantime|meanwhile|until then|for now|under tiden|tills dess|sa lange)[, ]+)*(should|do|must|shall|ska|maste|behover|borde) (i|we|jag|vi)\b|\b(myself|ourselves|by myself|on my own|sjalv|sjalva|pa egen hand)\b/;

/** The message from `part` on: what is said of the request is said with it or after it ("…? inte nu dock"). */
function fromPart(text: string, part: string): string {
  const at = text.indexOf(part);
  return at < 0 ? part : text.slice(at);
}

/** Intents a request beside a question about a closed or handed-over case is taken up as. */
const CHANGE_INTENTS: ReadonlySet<string> = new Set(['wifi_password']);

/**
 * After the outcome ("ska jag starta om routern sen? och kan ni byta wifilösenordet medan ni håller på"):
 * when the message is handled as a question about the case and nothing took the request beside it up,
 * the request is taken up as its own linked case in the same reply.
 */
async function withRequestAfter(
  deps: AnswerRestDeps,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  handle: () => Promise<void>,
): Promise<void> {
  const rest = restWhere(
    text,
    (r) =>
      ASKED_CHANGE.test(fold(r.toLowerCase())) &&
      !SELF_QUESTION.test(fold(r.toLowerCase()).trim()) &&
      CHANGE_INTENTS.has(deps.triage(r).intent) &&
      deps.triage(r).confidence >= SURE,
  );
  const work = conv.workTicketId ?? null;
  await handle();
  // "kan jag byta namn på wifit nån gång? inte nu dock": wanted some other time, told how (after-close.ts forLater).
  if (
    !rest ||
    wantedLater(fromPart(text, rest)) ||
    (conv.workTicketId ?? null) !== work ||
    conv.phase !== 'closed'
  )
    return;
  await deps.note(
    ticket.id,
    'the customer asked for a change beside a question about the case: taken up at once',
  );
  await deps.reopen(ticket, conv, turn, rest, deps.triage(rest));
}
