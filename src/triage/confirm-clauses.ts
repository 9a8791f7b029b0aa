// A reply to "does it work now?" read clause by clause, never word by word over the whole message: "yes looks
// fine, wifi still on. how do I get to that settings page?" has a clause that says it works ("yes looks fine"),
// one that says something stayed as it should ("wifi still on") and a question — a yes with a question beside
// it, never "still not working" because the word "still" stands somewhere in it. "BBC loads now on the iPad and
// the laptop. The bank's site still gave me 'server not found' on the laptop" has a clause that works and one
// that names where it still fails: a fix that worked, with one device or site left behind (`partly`).
// Each clause is read on its own: a no or a fault said in it (`broken`), a yes or a sign that it works (`works`),
// or neither. Tables only (folded text, sv + en).
import { endsAtSmileys, withoutDeskRemarks } from './confirm-words.js';
import { cleanText, fold } from './normalize.js';

export type ClauseSays = 'works' | 'broken' | 'neutral';

export interface ConfirmClause {
  text: string;
  says: ClauseSays;
  /** The clause opens with a yes ("yes looks fine", "ja nu syns nätverket"). */
  yesLed: boolean;
  /** The clause names a device, a site or an app ("on the laptop", "the bank's site", "i plattan"). */
  where: boolean;
}

export interface ConfirmClauses {
  clauses: ConfirmClause[];
  /** A clause says it works and none says it does not: a yes, whatever is asked beside it. */
  clearYes: boolean;
  /** A clause says it works and another names a device or site where it still fails. */
  partly: boolean;
}

/** Where a sentence splits into clauses: a comma or semicolon, or before "but", "men", "although"… */
const CLAUSE_SPLIT =
  /\s*[,;:]\s*|\s+(?=(?:but|men|although|though|however|except|whereas|while|fast|dock|utom|medan|och|and)\s)/;

/** A clause that asks: opened by a question word (the sentence's "?" is read before). */
const ASKING =
  /^(?:(?:so|and|but|then|or|sa|och|men|da|eller)\s+)?(?:how|why|what|when|where|which|who|is (?:it|that|this|there)|are (?:you|they|we|there)|should|shall|can (?:i|we|you)|could|do (?:i|we|you)|does|did (?:you|u)|will|would|hur|varfor|vad|nar|var (?:ar|finns|hittar)|vilken|vilket|ar det|ska|skall|borde|kan (?:jag|vi|ni|du)|maste|behover (?:jag|vi)|finns det|gjorde (?:ni|du)|funkar det|fungerar det|kommer det)\b/;

/** A yes at the clause's start. ("ok" alone is an acknowledgement, not a report that it works.) */
const YES_LEAD =
  /^(?:(?:well|oh|ah|jaha|aha|hmm+|mm+|nu|now)\s+)?(?:yes+|yeah|yea|yep|yup|ya|yh|ja+|japp|jepp|jo+|jajamen|absolut\w*|definitely|indeed|sure|visst|precis|yes sir)\b(?!\s*,?\s*(?:but|men|no|nej|not|inte)\b)/;

/** A no at the clause's start. */
const NO_LEAD =
  /^(?:nej|nae|nix|nope|no|nah|nay|not yet|inte an|inte annu|icke)\b(?!\s+(?:problem|worries|need|fel|problem\w*)\b)/;

/** Signs that it works now (the connection, a page, the network showing, a look that is fine). */
const WORKS =
  /\b(funkar|fungerar|works|working|laddar|loads|loading|loaded|opens|oppnas|kommer in|kom in|(?:kommer|kom) (?:jag|vi|man|hon|han) (?:nu )?in|(?:can|could) (?:now )?(?:get|log) (?:in|on)|dyker upp|comes up|came up|shows up|showed up|shows (?:now|again)|showing (?:now|again)|syns|visible|(?:i|we) (?:can )?see (?:it|the network|the wi-?fi)|ser (?:det|natet|natverket|wifi\w*)|back (?:online|up|on)|(?:is|it'?s|its|ar|e) (?:back|tillbaka|up|uppe)|uppe igen|igang|fixed|sorted|solved|all good|(?:looks?|seems?|ser|verkar)(?: \w+)? (?:fine|good|ok|okay|great|normal|right|bra|fint|normalt|ut att funka|ut att fungera|ratt)|fine now|ok now|okay now|bra nu|perfect\w*|perfekt\w*|great|toppen|super|as it should|som det ska|som vanligt|allt (?:ar |e )?(?:bra|ok|fint)|everything (?:is |'s )?(?:fine|ok|good|works|working))\b/;

/** The fault said in the clause: a no, an error, something that does not work. */
const FAULT =
  /\b(?:doesn'?t|doesnt|does not|don'?t|dont|do not|didn'?t|didnt|did not|isn'?t|isnt|is not|wasn'?t|won'?t|wont|can'?t|cant|cannot|couldn'?t|not|no longer|never)\b(?:\s+\w+){0,2}?\s+(?:work\w*|load\w*|open\w*|connect\w*|re-?connect\w*|re-?join\w*|join\w*|online|up|reach\w*|find\w*|show\w*|see)\b|\b(?:server not found|not found|error\w*|fel(?:meddelande\w*|kod\w*)?|timed? ?out|no (?:internet|connection|signal|network)|inget (?:internet|natt?|natverk)|ingen (?:anslutning|uppkoppling|signal)|down|offline|dead|broken|trasig\w*|nere|dott|slow|seg\w*|langsam\w*|drops?|dropping|dropped|buffer\w*|lag\w*|same (?:problem|issue|thing)|samma (?:problem|fel)|no (?:change|difference)|ingen skillnad|worse|samre)\b|\b(?:funkar|fungerar|laddar|gar|kommer|oppnas|syns|kopplar|ansluter|hittar) (?:\w+ ){0,2}(?:inte|ej|inget)\b|\b(?:inte|ej) (?:\w+ )?(?:funkar|fungerar|laddar|oppnas|syns|igang)\b/;

/**
 * "jag kan inte läsa lösenordet", "I can't read the new password": the customer cannot do something — a clause
 * that says so is no yes, whatever works word stands in the rest ("det syns bara punkter"). Idioms of praise
 * ("I can't complain", "kan inte klaga") are no fault.
 */
// ("I can't test with the phone until…" is a limit on checking it, not a fault: works-for-now.)
const CANNOT_DO =
  /\b(?:jag|vi|i|we) (?:kan|kunde) (?:inte|ej) (?!klaga|fatta|tro|testa|kolla|prova|veta|saga|bekrafta|kontrollera|se efter)[a-z]+|\b(?:i|we) (?:can'?t|cannot|couldn'?t|could not|am unable to|are unable to) (?!complain|believe|thank|test|check|try|verify|confirm|tell|say|know|be sure)[a-z]+/;

/** "still", "fortfarande", "ännu": a fault that stayed, unless its clause says a good state stayed. */
const STILL = /\b(?:still|fortfarande|annu|fortfarande)\b/;
/** What may stay as it was and be good: "wifi still on", "it's still up", "lampan lyser fortfarande grönt". */
const GOOD_WORDS = String.raw`on|up|there|connected|online|working|works|going|running|fine|ok|okay|good|visible|green|lit|stable|uppe|igang|pa|paslaget|ansluten|uppkopplad|funkar|fungerar|bra|fint|kvar|gron\w*|lyser|synligt?|stabil\w*`;
const GOOD_STATE = new RegExp(
  String.raw`\b(?:still|fortfarande|annu)\b(?:\s+\w+){0,2}?\s+(?:${GOOD_WORDS})\b|\b(?:${GOOD_WORDS})\s+(?:\w+\s+)?(?:still|fortfarande)\s*$`,
);
/**
 * A setting that stayed as it was: "the wifi password is still the one on the sticker", "nätverksnamnet är
 * fortfarande det gamla" — a fact about the setting (often the start of a question about changing it), no fault.
 */
const SETTING = String.raw`password\w*|passcode|key|wi-?fi ?(?:name|key)|network name|ssid|name|settings?|losen\w*|nyckel\w*|namn\w*|natverksnamn\w*|installning\w*|kod\w*`;
const SETTING_UNCHANGED = new RegExp(
  String.raw`\b(?:${SETTING})\b.{0,40}?\b(?:still|fortfarande|annu)\b(?:\s+\w+)?\s+(?:the (?:same|one|default|factory|original|old|printed)|the one|same|unchanged|default|samma|den (?:gamla|som|pa|fran)|det (?:gamla|som|pa|fran)|standard\w*|fabriks\w*|original\w*|oforandrad\w*|ursprungliga)\b`,
);
/**
 * A setting still as it came: "its still the long default thing from the sticker", "det heter fortfarande det
 * långa från klistermärket", "it's still called NETGEAR-5G" — what the router came with, said before asking to
 * change it: no fault that stayed.
 */
const STILL_AS_SHIPPED = new RegExp(
  String.raw`\b(?:still|fortfarande|annu)\b(?:\s+[\w-]+){0,4}?\s+(?:default|sticker|factory|standard\w*|fabrik\w*|klistermark\w*|lappen|etikett\w*|original\w*|ursprungliga)\b|\b(?:heter|hette|kallas|called|named)\s+(?:\w+\s+)?(?:still|fortfarande|annu)\b|\b(?:still|fortfarande|annu)\s+(?:\w+\s+)?(?:called|named|heter|kallas)\b`,
);
/**
 * The customer's own curiosity that lasts: "I'm still curious why…", "jag är fortfarande nyfiken på varför…",
 * "undrar fortfarande" — the "still" is about wondering, never a fault that stayed.
 */
const STILL_WONDERING =
  /\b(?:still|fortfarande|annu)\s+(?:(?:a bit|a little|lite|litet|rather|quite|ganska)\s+)?(?:curious|wondering|wonder|puzzled|interested|nyfiken\w*|undrande|fundersam\w*|funderar|undrar|intresserad\w*)\b|\b(?:wonder|wondering|undrar|funderar)\s+(?:\w+\s+)?(?:still|fortfarande|annu)\b/g;
/**
 * The text with a "still" that reports no fault taken out: the customer's lasting curiosity ("still curious why…")
 * and a setting that stayed as it was ("the wifi password is still the one on the sticker"). Folded text.
 */
export function withoutHarmlessStill(t: string): string {
  return t
    .replace(STILL_WONDERING, (m) => m.replace(/\b(?:still|fortfarande|annu)\b/, ' '))
    .replace(new RegExp(SETTING_UNCHANGED.source, 'g'), (m) =>
      m.replace(/\b(?:still|fortfarande|annu)\b/, ' '),
    )
    .replace(new RegExp(STILL_AS_SHIPPED.source, 'g'), (m) =>
      m.replace(/\b(?:still|fortfarande|annu)\b/, ' '),
    )
    .replace(/ {2,}/g, ' ');
}
/** A fault light or sign that "still on" keeps bad: "the red light is still on", "LOS lyser fortfarande". */
const FAULT_SIGN = /\b(?:red|rod\w*|los|error|fel\w*|alarm\w*|orange|amber|off|av|slackt|not|inte|ej)\b/;

/** A device, a site or an app named in the clause. */
const WHERE =
  /\b(?:laptop\w*|computer|pc|mac\w*|phone\w*|mobile|iphone|ipad\w*|tablet|tv|console|ps[45]|xbox|printer|sonos|speaker|dator\w*|mobil\w*|telefon\w*|plattan|surfplatt\w*|paddan|skrivar\w*|site|sites|website\w*|page|pages|sida|sidan|sidor|sidorna|webbplats\w*|webbsid\w*|app|apps|appen|appar\w*|bank\w*|browser|webblasar\w*|[a-z0-9-]+\.(?:com|se|co\.uk|org|net|nu))\b|'s (?:site|page|app)\b/;

/** The TV picture without signal ("tv-boxen visar ingen signal", "the tv box says no signal"): the TV service. */
const TV_SIGNAL =
  /\b(?:tv\w*|tv-?box\w*|set-?top\w*|digitalbox\w*|dekoder\w*|decoder|kanaler\w*|channels?)\b.*\b(?:no signal|ingen signal|inga kanaler|no channels)\b/;

/** Unsure or only better: such a clause settles nothing ("maybe it works", "works a bit better"). */
const UNSETTLED =
  /\b(?:maybe|perhaps|i guess|guess so|i think|probably|not sure|unsure|dunno|don'?t know|kinda|sort of|typ|ungefar|kanske|tror (?:det|jag|att)|nog|vet inte|osaker|better|faster|battre|snabbare|for now|just nu|an sa lange|so far)\b/;

function folded(text: string): string {
  return fold(cleanText(String(text ?? '')).slice(0, 1000))
    .replace(/[’`´]/g, "'")
    .replace(/(\d)\.(?=\d)/g, '$1,')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What one clause (no question) says about whether it works. */
function clauseSays(clause: string): ClauseSays {
  const c = clause.replace(STILL_WONDERING, (m) => m.replace(/\b(?:still|fortfarande|annu)\b/, ' ')).trim();
  if (NO_LEAD.test(c)) return 'broken';
  if (FAULT.test(c) || CANNOT_DO.test(c)) return 'broken';
  if (
    STILL.test(c) &&
    !(GOOD_STATE.test(c) && !FAULT_SIGN.test(c)) &&
    !SETTING_UNCHANGED.test(c) &&
    !STILL_AS_SHIPPED.test(c)
  )
    return 'broken';
  if (UNSETTLED.test(c)) return 'neutral';
  if (YES_LEAD.test(c) || WORKS.test(c)) return 'works';
  return 'neutral';
}

/** The reply's statements, clause by clause (what it asks and its remarks about the desk left out). */
export function confirmClauses(text: string): ConfirmClauses {
  // ("netflix plays again :) what was wrong?": a smiley ends the sentence before it.)
  const sentences = endsAtSmileys(withoutDeskRemarks(folded(text))).match(/[^.!?\n]+[.!?\n]*/g) ?? [];
  const clauses: ConfirmClause[] = [];
  for (const s of sentences) {
    const asked = s.trim().endsWith('?');
    const parts = s.replace(/[.!?\n]+$/, '').split(CLAUSE_SPLIT);
    for (const [i, part] of parts.entries()) {
      const c = part.trim().replace(/^['"(]+|['")]+$/g, '');
      if (!c || ASKING.test(c)) continue;
      const says = clauseSays(c);
      const where = WHERE.test(c);
      // "men min mobil kopplar inte upp av sig själv, måste jag skriva in lösenordet igen?": in a sentence that
      // asks, only a device said outright to fail before the question counts (the question itself is never a
      // report, and "the TV is still loading something, maybe it needs a minute?" is a wait asked about).
      // ("en sak till, tv-boxen visar ingen signal, kan du kolla den med?": the TV picture is another service, a
      // second request beside the yes — never a device the fix left behind.)
      if (
        asked &&
        !(i < parts.length - 1 && says === 'broken' && FAULT.test(c) && where && !TV_SIGNAL.test(c))
      )
        continue;
      clauses.push({ text: c, says, yesLed: YES_LEAD.test(c), where });
    }
  }
  const works = clauses.filter((c) => c.says === 'works');
  const broken = clauses.filter((c) => c.says === 'broken');
  return {
    clauses,
    // A yes said outright, or works said for more than one device or place: never narrowed to one spot.
    clearYes: !broken.length && works.some((c) => c.yesLed || !c.where),
    partly: works.length > 0 && broken.length > 0 && broken.every((c) => c.where),
  };
}
