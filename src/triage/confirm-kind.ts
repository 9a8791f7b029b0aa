// What a reply to "does it work now?" is, as one table of kinds: it works, it does not, a hedge ("i guess?",
// "vet inte"), a question, a hedge with a question, or a correction of what the desk took from an earlier
// reply ("i didnt say it doesnt work", "nej vänta, nu laddar sidorna"). Only `not_working` is a no: a light
// that is "still blinking" is not a connection that "still does not work". Folded text, sv + en.
import { withoutDeskRemarks, withoutQuestions } from './confirm-words.js';
import { cleanText, fold } from './normalize.js';
import { confirmClauses } from './confirm-clauses.js';

export type ConfirmKind =
  'works' | 'not_working' | 'partly' | 'better' | 'hedge' | 'question' | 'hedge_question' | 'correction';

export interface ConfirmKindReading {
  kind: ConfirmKind;
  /** The reply says, somewhere, that it works now ("it loads fine", "nu laddar sidorna"). */
  works: boolean;
  /** The reply asks something. */
  asks: boolean;
  /** It asks how the router's lights should look, or how long the router takes to come up. */
  startup: boolean;
  /** Read clause by clause: it works in one clause, and another names the device or site still failing. */
  partly: boolean;
}

/** "i didnt say it doesnt work", "i never said go", "det sa jag inte": the words after it are what was not said. */
const CORRECTION_SAID =
  /\bi (didn'?t|didnt|did not|never) (say|said|write|wrote|mean|meant|ask|asked)\b|\bthat'?s not what i (said|meant)\b|\bjag (sa|skrev|menade) (ju )?(inte|aldrig)\b|\bdet (sa|skrev|menade) jag (ju )?(inte|aldrig)\b|\b(du|ni) (missforstod|har missforstatt)\b|\byou (misunderstood|got (me|that) wrong)\b/;
/** "va??", "wait what?!", "nej vänta": taken aback at what the desk made of the last reply. */
const CORRECTION_LEAD = /^(va|vad|what|wait what)[?!]+|^(va[?!]* )?(nej|no|nä|na) (vanta|wait)\b/;
/** The corrected words themselves ("i didnt say it doesnt work"): not read as the customer's answer. */
const CORRECTED_CLAUSE = new RegExp(`(${CORRECTION_SAID.source})[^.!?]*|${CORRECTION_LEAD.source}`, 'g');

/** Plain signs that it works now ("nu kommer tidningen upp på datorn": a page that comes up). */
const WORKS =
  /\b(funkar|fungerar|works|working|laddar|loads|loading|loaded|opens|oppnas|kommer in|kommer (?!(det|den|nagot|nat|nagon|inte|ej) )(\w+ ){0,2}upp|kom (?!(det|den|nagot|nat|nagon|inte|ej) )(\w+ ){0,2}upp|dyker upp|comes up|came up|shows up|(pages|sites|it|sidorna|sidor) (load|open|work)|(ar|is|it'?s|its|seems|seems to be|verkar|verkar vara) (tillbaka|back|up|fine)|seems to (work|be working)|verkar (funka|fungera)|back (online|up)|uppe igen|fixed|all good)\b/;

/** "still not working", "doesn't work", "nej", "funkar fortfarande inte": a clear no. */
const NOT_WORKING =
  /\b(doesn'?t|doesnt|does not|isn'?t|isnt|is not|not|still not|still no|aint|won'?t|wont) (work|working|load|loading|connect|connecting|online|up)\b|\bstill (nothing|no (internet|connection|signal|wifi|luck)|dead|down|offline|broken|the same|same problem|not|slow|dropping|drops|buffering|laggy)\b|\bno (internet|connection)\b|\b(funkar|fungerar|laddar|gar|kommer) (fortfarande |fortfarande inte|andå |anda |tyvarr )?(inte|ej|inget)\b|\b(inte|ej) (funkar|fungerar|laddar)\b|\bfortfarande (inget|ingen|nere|dott|samma|inte|segt|langsamt|seg)\b|\binget (internet|natt?)\b|^(no|nope|nah|nej|nä|na|nix)\b(?! (technician|visit|need|vanta|wait|tekniker))/;

/** "i guess", "maybe", "not sure", "vet inte", "kanske", "tror det". */
const HEDGE =
  /\b(i guess|guess so|maybe|perhaps|not sure|unsure|i think so|kinda|sort of|dunno|don'?t know|dont know|no idea|hard to say|vet inte|vet ej|ingen aning|kanske|tror (det|jag|att)|osaker|nja|svart att saga)\b/;

/**
 * "seems faster", "kinda better", "lite bättre faktiskt": an improvement reported — not a no, and not yet
 * "it works" either (whether it is good enough now is asked once). "not any better", "inte snabbare" deny it.
 */
const IMPROVED =
  /\b(better|faster|quicker|improved|improving|snappier|smoother|more stable|steadier|battre|snabbare|kvickare|stabilare|mer stabil\w*|jamnare)\b/;
const NOT_IMPROVED =
  /\b(not|no|any|inte|ej|ingen|inget|knappt|hardly|barely|isn'?t|isnt|wasn'?t|nagot|nat|ett dugg)\s+(\w+\s+)?(better|faster|quicker|battre|snabbare)\b|\b(worse|samre)\b/;
/** Still wrong beside the improvement ("better but still slow upstairs"): a "but" for confirm-open.ts, or a no. */
const STILL_BAD_TOO =
  /\b(still|fortfarande|but|men|though|fast|except|utom|annu)\b|\b(inte|not) (bra|good|great|ok|okay|fine|perfekt|perfect|enough|nog)\b/;

/** Lights and start-up: "still blinking, should it be steady?", "hur lång tid tar det innan den är igång?". */
const STARTUP =
  /\b(blink\w*|flash\w*|steady|solid|fast sken|lyser (inte )?(fast|stadigt)|lampa\w*|light\w*|led)\b[^.!?]{0,60}\b(blink\w*|flash\w*|steady|solid|fast|stadig\w*|normal\w*|should|ska|borde)\b|\b(blink\w*|flash\w*|blinkar)\b|\bhow long (does it take |until |till |before )[^.!?]{0,40}\b(up|ready|on|working|started|connected)\b|\bhur (lang tid|lange)[^.!?]{0,40}\b(igang|uppe|klar|startat|ansluten|fungerar)\b/;

/**
 * "vet inte, datorn säger fortfarande ingen anslutning. hur länge tar det?", "not sure, still no connection.
 * how long does it take?": a hedge first and a question how long to wait — the start-up asked about, not a no.
 */
const LEADING_HEDGE =
  /^(i guess|maybe|perhaps|not sure|unsure|dunno|don'?t know|dont know|no idea|hard to say|hmm+|vet inte|vet ej|ingen aning|kanske|osaker|inte saker|nja)\b/;
const HOW_LONG_ASKED = /\b(how long|how much longer|how soon|hur (lang tid|lange)|hur snart)\b[^.!]*\?/;

/** Something asked: a question mark, or a question word at the start of a clause. */
const ASKS =
  /\?|(^|[.!,]\s*)(should|is (it|that)|does|do i|can|how|why|what|when|ska|borde|ar det|hur|varfor|vad|nar|kan)\b/;

/** A clause that opens with a question word and ends in a question mark. */
const ASKED_CLAUSE =
  /(^|[.!?,]\s*)(how|when|why|what|should|is it|will it|hur|nar|varfor|vad|ska|kommer den)\b[^.!?]*\?+/g;

function folded(text: string): string {
  return fold(cleanText(String(text ?? '')).slice(0, 600))
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function waitAsked(t: string): boolean {
  return LEADING_HEDGE.test(t) && HOW_LONG_ASKED.test(t);
}

/** The kinds in order: the first row that holds is the kind. */
const KINDS: ReadonlyArray<{
  kind: ConfirmKind;
  holds(r: Omit<ConfirmKindReading, 'kind'>, t: string): boolean;
}> = [
  {
    kind: 'correction',
    holds: (_, t) =>
      (CORRECTION_SAID.test(t) || CORRECTION_LEAD.test(t)) &&
      !NOT_WORKING.test(t.replace(CORRECTED_CLAUSE, ' ')),
  },
  { kind: 'hedge_question', holds: (r, t) => waitAsked(t) && !r.works },
  // "BBC loads now on the iPad and the laptop. The bank's site still gave me 'server not found' on the laptop":
  // the fix worked, one device or site is left behind — answered and asked again, never "fix did not help".
  { kind: 'partly', holds: (r) => r.partly },
  { kind: 'not_working', holds: (r, t) => NOT_WORKING.test(t) && !r.works },
  { kind: 'works', holds: (r) => r.works },
  {
    kind: 'better',
    holds: (_, t) => {
      const said = withoutQuestions(t);
      return IMPROVED.test(said) && !NOT_IMPROVED.test(said) && !STILL_BAD_TOO.test(said);
    },
  },
  { kind: 'hedge_question', holds: (r, t) => HEDGE.test(t) && r.asks },
  { kind: 'hedge', holds: (_, t) => HEDGE.test(t) },
  { kind: 'question', holds: (r) => r.asks },
];

/** The kind of a reply to "does it work now?"; null when it is none of them (the plain parser decides). */
export function confirmKind(text: string): ConfirmKindReading | null {
  // "you still didnt answer about wifi 6": a remark about the desk says nothing about the connection.
  const t = withoutDeskRemarks(folded(text));
  if (!t) return null;
  // Neither the corrected words nor a question ("how long until its up?") say that it works.
  const said = t.replace(CORRECTED_CLAUSE, ' ').replace(ASKED_CLAUSE, ' ');
  // "still not working" beside "it works" is not a yes: only a reply without a clear no counts as working.
  // Read clause by clause too: "ja nu syns nätverket i plattan igen. men lampan … blinkar, är det meningen?"
  // says it works in one clause and asks in another (confirm-clauses.ts).
  const clauses = confirmClauses(text);
  const base = {
    works: (WORKS.test(said) && !NOT_WORKING.test(said)) || clauses.clearYes,
    partly: clauses.partly,
    asks: ASKS.test(t),
    startup: STARTUP.test(t) || waitAsked(t),
  };
  const row = KINDS.find((k) => k.holds(base, t));
  return row ? { kind: row.kind, ...base } : null;
}

/** "it works now", "the page just loaded", "nu laddar sidorna": the connection, not a time that "works for me". */
const CONNECTION_WORKS =
  /\b(it|the internet|internet|wi-?fi|pages?|sites?|the page|sidorna|sidan|det|natet) (\w+ )?(works|is working|loads|loaded|opens|funkar|fungerar|laddar)\b|\b(now|nu) (it |det )?(works|loads|funkar|fungerar|laddar)\b|\b(is|its|it'?s|ar|seems|seems to be|verkar|verkar vara) (back|tillbaka|up again|uppe igen)\b|\b(seems to (work|be working)|verkar (funka|fungera))\b/;

/** At a later question (a visit's time): the reply says the connection works now, not that a time works. */
export function saysConnectionWorks(text: string): boolean {
  const reading = confirmKind(text);
  return !!reading?.works && CONNECTION_WORKS.test(folded(text).replace(ASKED_CLAUSE, ' '));
}

/** Only a clear "no / still not working" may lead to a visit or an escalation. */
export function isClearNo(reading: ConfirmKindReading | null): boolean {
  return !reading || reading.kind === 'not_working';
}
