// Symptoms whose words the statistical model reads as a different request: "the router keeps
// restarting itself" is a fault (often the router's hardware), not a request to restart it; a red
// LOS lamp is a connection down, however little else the message says. Folded text; data only.
import type { Intent } from '../domain/index.js';
import { fold } from './normalize.js';

const SYMPTOMS: [Intent, RegExp][] = [
  [
    'intermittent',
    /\b(restart\w*|reboot\w*|turn\w* (itself )?off)\b[^.!?]{0,20}\b(by itself|on its own|itself|all the time|constantly|over and over|again and again|every (few )?(minute|hour|day)\w*)\b|\bkeeps? (on )?(restarting|rebooting|turning (itself )?off|switching off)\b|\b(startar|stanger|slar|bootar|rebootar) (om|av)? ?(sig )?(sjalv\w*|av sig sjalv|hela tiden|hela tiden|jamt|konstant|stup i ett|gang pa gang|om och om igen|varje (timme|dag|minut))\b|\bstartar om sig\b/,
  ],
  [
    'no_connection',
    /\blos\b[^.!?]{0,30}\b(lamp\w*|light\w*|led|lys\w*|red|rod\w*|rott|blink\w*|on)\b|\b(lamp\w*|light\w*|led|lampa\w*|red|rod|rott|lyser)\b[^.!?]{0,30}\blos\b/,
  ],
  [
    // "is mine still on the factory one? can u change it", "byt adminlösenordet": the router's admin login
    // (not a restart, a factory reset, the portal password or the Wi-Fi key).
    'router_config',
    /^(?!.*(factory.?reset|fabriksaterst|aterstall\w* (till )?fabrik|(wi-?fi|wlan|tradlos|wireless)\S*[^.!?]{0,20}(password|losenord|key|nyckel|kod)))(?=.*(\badmin\w*[ -]?(password|losenord|login|inloggning)|\badmin\/admin\b|\b(factory|default|standard|fabriks)[ -]?(admin )?(password|losenord|login|inloggning)|\b(still|fortfarande)( on| pa)? (the )?(factory|default|fabriks\w*|standard\w*)\b))/,
  ],
  [
    // "Wi-Fi is weak in my bedroom, like 1 bar. would pressing the WPS button help??", "wifit är svagt i sovrummet":
    // a weak Wi-Fi told, whatever is asked beside it.
    'wifi_problem',
    /\b(wi-?fi\w*|wlan\w*|tradlos\w*|wireless)\b[^.!?]{0,20}\b(is |are |ar |e |blir |gets |getting )?(so |very |really |super |jatte |sa |valdigt |rigtigt )?(weak|weaker|svag\w*|poor|bad|dalig\w*|terrible|usel\w*|kass\w*)\b|\b(weak|svag\w*|poor|bad|dalig\w*) (wi-?fi\w*|wlan\w*|wifi-?signal\w*|wi-?fi signal|wireless signal|tackning|coverage|reception)\b|\b(1|one|ett|en|bara (ett|en)|only one) (bar|streck|stapel)\b/,
  ],
  [
    // "we were charged 449 kr twice for November", "dubbeldebiterade", "vi har betalat två gånger": a charge
    // told as wrong is billing's, whatever the model makes of the rest of a long e-mail.
    'billing',
    /\b(charged|billed|debited|invoiced|paid|taken|drawn|withdrawn)\b[^.!?]{0,30}\b(twice|two times|double|2 times)\b|\bdouble[ -]?(charg\w*|bill\w*|payment|debit\w*)\b|\bdubbel ?(debiter\w*|fakturer\w*|betal\w*|dragning\w*)|\b(debiter\w*|fakturer\w*|betal\w*|dragit|drog|dragits)\b[^.!?]{0,30}\b(tva ganger|2 ganger|dubbelt)\b/,
  ],
];

/** The intent the words name as a symptom, or null. */
export function symptomIntent(cleaned: string): Intent | null {
  const t = fold(cleaned).replace(/\s+/g, ' ');
  return SYMPTOMS.find(([, re]) => re.test(t))?.[0] ?? null;
}

/** "the internet isn't working", "internet slutade funka i förrgår": the connection is down, in so many words. */
const DOWN =
  /\b(internet|internetet|netet|natet|connection|uppkoppling\w*|anslutning\w*|bredband\w*|broadband)\b[^.!?]{0,25}\b((is|has|'?s)? ?(not|n'?t|stopped|quit) (working|work|functioning)|(doesn'?t|does not|don'?t|do not|isn'?t|won'?t|wont|aint|ain'?t) (work|working|function\w*)|is down|went down|gone|dead|(funkar|fungerar|gar) (inte|ej)|(inte|ej) (funkar|fungerar|gar)|slutade (funka|fungera|ga)|ligger nere|har (dott|lagt av|slutat (funka|fungera)))\b|\b(no|inget|ingen) (internet|connection|uppkoppling|anslutning)\b|\bslutade (funka|fungera)\b/;
/** A drop-out in the words ("drops", "kommer och går", "ibland"): intermittent, whatever else stops. */
const COMES_AND_GOES =
  /\b(drop\w*|tappar|tappa|kommer och gar|av och pa|on and off|off and on|ibland|sometimes|now and then|comes and goes|cuts? out|cutting out|disconnect\w*|keeps? (going|cutting)|hela tiden|all the time|igen|again|several times a (day|week)|flera ganger (om|per|i) (dagen|veckan|timmen))\b/;
/** Signing in named ("log in", the account pages, "password"): a login problem may stand. */
const SIGN_IN =
  /\b(log ?in\w*|logga in|login|sign(ing)? ?in|my ?pages|mina sidor|password|losenord|bankid|locked out|utelast)\b/;

/**
 * The model's intent corrected for a connection that is down in so many words: "my tenant says the internet
 * isn't working … the customer number on the account" is no login problem, and "internet slutade funka i
 * förrgår, har startat om routern flera gånger" no drop-out (and a doubtful no_connection is sure). Null
 * when the model's intent stands.
 */
export function downInstead(cleaned: string, intent: Intent): Intent | null {
  if (!['login_problem', 'intermittent', 'other', 'no_connection'].includes(intent)) return null;
  const t = fold(cleaned).replace(/[’`´]/g, "'").replace(/\s+/g, ' ');
  if (!DOWN.test(t)) return null;
  if (intent === 'login_problem' && SIGN_IN.test(t)) return null;
  if (intent === 'intermittent' && COMES_AND_GOES.test(t)) return null;
  return 'no_connection';
}
