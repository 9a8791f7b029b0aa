// A question after the outcome about what the case itself did: "måste jag byta det tillfälliga
// lösenordet direkt?" after a portal password reset, "ska jag flytta tillbaka sladden till TEL-hålet?"
// after a DSL filter check, "will the port stay open if the router restarts?" after a port forward.
// Each is answered from the action or step done (a table: what was done, the words that ask about it,
// the answer), never opened as a new case. Matched against folded text (lower case, å/ä/ö → a/a/o).
import type { Finding } from '../domain/index.js';
import { WHY_NOT_AUTOMATIC } from '../triage/question-topics.js';
import type { MessageKey } from './messages/index.js';

interface ActionQuestion {
  /** The case did this: an action or step done, or a finding code prefix of what was checked. */
  done: (c: { done: readonly string[]; findings: readonly Finding[] }) => boolean;
  /** The words that ask about it. */
  words: { test(t: string): boolean };
  /** Said as a statement too ("wifi i arbetsrummet är segt"), not only asked. */
  stated?: true;
  answer: MessageKey;
}

/** A room away from the router. */
const FAR_ROOM =
  /\b(arbetsrum\w*|sovrum\w*|kok(et)?|vardagsrum\w*|kontor(et)?|office|bedroom|kitchen|living room|study|work ?room|upstairs|downstairs|overvaning\w*|kallar\w*|basement|garage\w*|langst bort|langt (bort|fran)|far (away|from)|other end|andra (sidan|anden|rummet)|another room|ett annat rum|rummet|the room)\b/;
/** Slow or weak there, or asked about. */
const WEAK_THERE =
  /\b(seg\w*|slow\w*|langsam\w*|svag\w*|weak\w*|dalig\w*|bad|poor|fortfarande inte|still not|still bad|inte bra|no good)\b|\?/;
/** A booster asked about: the extender answer (in-case replies), not this one. */
const BOOSTER = /\b(forstark\w*|extender\w*|booster\w*|repeater\w*|mesh\w*)\b/;

/** Findings of a case whose line was fine and whose Wi-Fi limited the speed or the signal. */
const WIFI_LIMITED: ReadonlySet<string> = new Set(['wifi.client_on_24ghz', 'wifi.client_weak_signal']);

/** Actions after which the Wi-Fi key, its name or the router's own passwords are no longer what they were. */
const CHANGES_WIFI_DETAILS: ReadonlySet<string> = new Set([
  'wifi_password_change',
  'wifi_ssid_change',
  'cpe_factory_reset',
  'admin_password_change',
]);

/** The Wi-Fi key, its name or the settings asked after: still the same, or changed by what was done? */
const STILL_THE_SAME =
  /\b(wi-?fi ?(password|key|name)|losen\w*|password\w*|settings?|installning\w*|wi-?fi-?namn\w*|network name|natverksnamn\w*)\b.{0,40}\b(still|same|samma|kvar|unchanged|as before|som forut|som innan|changed|andrats?|andrad\w*|bytts?|different|annorlunda)\b|\b(still|same|samma|changed|andrat|bytt|did (it|that|the update|the restart|you) change|har (den|det|ni|du|uppdateringen|omstarten) (andrat|bytt))\b.{0,40}\b(wi-?fi ?(password|key|name)|losen\w*|password\w*|settings?|installning\w*)\b/;
/** A report that something does not work ("my wifi password still doesn't work"): not this question. */
const NOT_WORKING =
  /\b(not work\w*|doesn'?t work|does not work|dont work|don'?t work|isn'?t working|wont work|won'?t work|funkar inte|fungerar inte|gar inte|wrong|fel|incorrect|rejected|nekas)\b/;
/** "it's still the default one, can you change it to AnnasNet": a request for a change, not a question about one. */
const WANTS_A_CHANGE =
  /\b((can|could|would) you|please|i want|i'?d like|kan (du|ni)|vill (jag|vi)|snalla)\b.{0,30}\b(change|rename|set|byta|byt|andra|satta)\b|\b(change|set|byt|andra) (it|det|den) till\b|\bchange it to\b|\b(new|nytt?|nya) (one|password|name|losen\w*|namn)\b/;

/** "om jag tappar bort det nya lösenordet då? var hittar jag det", "how do i see it later if i forget it?". */
const PASSWORD_LATER =
  /\b(tappa\w*|glomm?\w*|glomt|forlor\w*|lose|loses|lost|loose|forget\w*|forgot\w*|misplace\w*)\b.{0,40}\b(losen\w*|password\w*|kod(en)?)\b|\b(losen\w*|password\w*)\b.{0,40}\b(tappa\w*|glomm?\w*|glomt|forlor\w*|lose|lost|forget\w*|forgot\w*)\b|\b(var|where)\b.{0,25}\b(hitta\w*|find|finns|star|is|see|se|look)\b.{0,30}\b(losen\w*|password\w*)\b|\b(losen\w*|password\w*)\b.{0,30}\b(var (hittar|finns|star)|where (do|can|is|will))\b/;

const did = (action: string) => (c: { done: readonly string[] }) => c.done.includes(action);

const ACTION_QUESTIONS: ActionQuestion[] = [
  {
    // Full speed to the router, slow on the Wi-Fi: a room far from it is coverage — advice, not a fault.
    done: (c) => c.findings.some((f) => WIFI_LIMITED.has(f.code) && f.severity !== 'ok'),
    words: { test: (t) => FAR_ROOM.test(t) && WEAK_THERE.test(t) && !BOOSTER.test(t) },
    stated: true,
    answer: 'after.action.wifi_coverage',
  },
  {
    done: did('account_password_reset'),
    words:
      /\b(tillfallig\w*|temporar\w*|temp|engangs\w*|one-?time)\b.{0,30}\b(losen\w*|password\w*|kod(en)?|code)\b|\b(losen\w*|password\w*)\b.{0,30}\b(tillfallig\w*|temporar\w*)\b|\b(byta|byt|andra|change|keep|behalla)\b.{0,20}\b(det|den|it)\b.{0,20}\b(direkt|nu|genast|right away|now|straight away|immediately|later|sen|senare)\b/,
    answer: 'after.action.account_password_reset',
  },
  {
    // The DSL line was checked at the filter: which of its sockets the router's cable belongs in.
    done: (c) => c.findings.some((f) => f.code.startsWith('line.dsl_')),
    words:
      /\b(tel|phone|telefon\w*|dsl|adsl|modem|line)\b.{0,12}\b(hal\w*|hole|uttag\w*|port\w*|socket\w*|jack\w*|ingang\w*|sida|side|kontakt\w*)\b|\b(hal\w*|hole|uttag\w*|port|socket|ingang\w*)\b.{0,12}\b(tel|phone|dsl|adsl|modem)\b|\b(filtr\w*|filter|splitter\w*)\b.{0,40}\b(sladd\w*|kabel\w*|cable|cord|uttag\w*|port\w*|socket\w*|hal\w*|sitta|sit|plug\w*)\b|\b(sladd\w*|kabel\w*|cable|cord)\b.{0,40}\b(filtr\w*|filter|splitter\w*|tillbaka|back)\b/,
    answer: 'after.action.dsl_filter',
  },
  {
    done: did('port_forward_add'),
    words:
      /\b(restart\w*|reboot\w*|omstart\w*|starta\w* om|power cut|stromavbrott\w*|switch\w* off|turn\w* off|stang\w* av)\b|\b(stay|remain|kvar|permanent\w*|forever|for good|for alltid)\b/,
    answer: 'after.action.port_forward_add',
  },
  {
    // "om jag tappar bort det nya lösenordet då? var hittar jag det": where the new admin password is kept.
    done: did('admin_password_change'),
    words: PASSWORD_LATER,
    answer: 'after.action.admin_password_change',
  },
  {
    // "how do i see the password later if i forget again?" after a new Wi-Fi key: where it can be seen later.
    done: did('wifi_password_change'),
    words: PASSWORD_LATER,
    answer: 'after.action.wifi_password_change',
  },
  {
    // "is the wifi password still the same?" after a case that changed neither the Wi-Fi key nor its name:
    // what the case did left it as it was — a question about a change, never an offer to make one.
    done: (c) => c.done.length > 0 && !c.done.some((a) => CHANGES_WIFI_DETAILS.has(a)),
    words: {
      test: (t) => STILL_THE_SAME.test(t) && !NOT_WORKING.test(t) && !WANTS_A_CHANGE.test(t),
    },
    answer: 'after.action.wifi_details_kept',
  },
  {
    done: did('cpe_firmware_upgrade'),
    // ("why wasnt the update pushed automatically?" asks why this one was not: WHY_NOT_AUTOMATIC.)
    words: {
      test: (t) => FIRMWARE_AGAIN.test(t) && !WHY_NOT_AUTOMATIC.test(t),
    },
    answer: 'after.action.cpe_firmware_upgrade',
  },
];

/** "do I have to update it again myself?", "uppdateras den automatiskt nu?": whether later updates come by themselves. */
const FIRMWARE_AGAIN =
  /\b(update|upgrade|uppdater\w*|mjukvara\w*|software|firmware)\b.{0,40}\b(again|igen|myself|sjalv|automatic\w*|automatisk\w*|by itself|av sig sjalv|next time|nasta gang|every|varje|regularly|regelbundet)\b|\b(again|igen|myself|sjalv)\b.{0,30}\b(update|upgrade|uppdater\w*)\b/;

/** Words that ask (or, where a statement does, tell) about one of the actions in the table, whatever the case did. */
export function asksAboutAnAction(t: string, asks = true): boolean {
  return ACTION_QUESTIONS.some((q) => (asks || q.stated) && q.words.test(t));
}

/** The answers, from what the case did, to the questions about it in `t` (folded text). */
export function actionAnswers(
  t: string,
  c: { done: readonly string[]; findings: readonly Finding[] },
): MessageKey[] {
  return ACTION_QUESTIONS.filter((q) => q.done(c) && q.words.test(t)).map((q) => q.answer);
}
