import { cueAlternation } from './add-on-cues.js';
import {
  PLUGGED_IN,
  SPEED_TESTED,
  DONT_KNOW,
  NO_ANYWHERE,
  RESTARTED,
  STILL_BROKEN,
  WORKS_NOW,
  YES_ANYWHERE,
} from './answers.js';
import {
  DID_YOU_ACT,
  NEW_PASSWORD_TOPICS,
  TOPICS_FIRST,
  TOPICS_LAST,
  WHO_SEES_PASSWORD,
  WIFI_OFFER_TOPICS,
} from './question-topics.js';
import { GET_SOMETHING_BACK } from './get-back.js';
import { IT_NEEDED, PIN_NEEDED } from './pin-needed.js';
import { DOUBTS, hedgeAlternation, SOFTENERS } from './hedge-words.js';
import type { QuestionTopic } from './reply.js';
import { STEP_TOPICS, WHICH_BUTTON, WHICH_TO_MOVE } from './step-topics.js';

// The words behind reply classification, Swedish and English, matched against folded text
// (lowercase, å/ä/ö → a/a/o). Data only: the decisions are in reply.ts.

/**
 * Not a worry word when it only says why the customer asks: "just to be safe", "to be on the safe side",
 * "dont want to break anything", "i dont wanna damage it", "vill inte förstöra nåt" (a lookbehind).
 */
const CAUTION_REMARK =
  /(?<!\bto be (?:on the )?)(?<!\b(?:don'?t|do not|vill inte|vill ju inte)(?: \w+){0,2} )/.source;

/** Topics of a question back, most specific first. */
/** How to find a device's IP address, asked in so many words (folded). */
export const FIND_DEVICE_IP =
  /\b(how|where|hur|var|vart)\b[^.?!]{0,25}\b(find|see|check|look up|get|hittar|hitta|ser|se|kollar|kolla|tar (jag|man) reda pa)\b[^.?!]{0,30}\b(ip|ip-?adress\w*|ip-?address\w*)\b/;

export const TOPIC_PATTERNS: [QuestionTopic, RegExp][] = [
  // "No I mean how do I find the IP address of the laptop", "var ser jag datorns ip-adress?".
  ['find_device_ip', FIND_DEVICE_IP],
  WHICH_TO_MOVE,
  ...TOPICS_FIRST,
  DID_YOU_ACT,
  WHICH_BUTTON,
  [
    'compensation',
    /\b(discount\w*|prisavdrag|take (it|this|that|something) off (my|the) (next )?(bill|invoice)|off my (next )?(bill|invoice)|ersattning(?!s-?(?:router|modem|box|enhet|utrustning))\w*|kompens\w*|compensat\w*|refund\w*|money back|pengar\w* tillbaka|tillbaka pengar\w*|aterbetal\w*|avdrag\w*|rabatt\w*|credit(ed)?|reimburs\w*|gottgor\w*|slippa betala|dra av|betala for (dagar|tiden)|pay for (the )?days|pengarna (da|for)\b|pengar for (avbrott\w*|dagarna|tiden|strul\w*)|(and|what about|how about) the money|money for (the )?(outage\w*|days|downtime|disruption\w*)|money off|(not|wont|won'?t|refuse to|never|inte|vagrar) (be |att )?(paying|pay|betala\w*) (for )?(the |those |de |dom )?(days|dagar\w*|tiden|time)|paying for (the )?(days|time))\b/,
  ],
  ['compensation', GET_SOMETHING_BACK],
  [
    // "will someone have to come out?", "kommer det behövas en tekniker?": whether a visit is needed at all.
    'technician_when',
    /\b(will|would|do|does|is|might) (someone|somebody|anyone|a technician|a tech|an engineer|you|they)( \w+)? (have to|need to|needs to|has to|going to|gonna)? ?(come|visit)\b( (out|over|round|here|by|home|to (me|us|my|our|the)\b))?(?=[^.!]*\?|[^.!?]* (out|over|round|here|by|home|to (me|us|my|our|the))\b)|\bkommer (det )?(att )?behov\w* (en|nan|nagon) tekniker\b|\b(behover|maste) (en|nan|nagon) tekniker (komma|hit|hem)\b/,
  ],
  [
    'technician_when',
    /\b(nar|hur snart) (kan|kommer) (de|ni|han|hon|nagon|teknikern|en tekniker)\b|\bhow soon (can|will) (someone|somebody|you|they|a technician)\b|\b(tekniker\w*|technician\w*|engineer\w*|montor\w*|besoket|the visit|installer)\b.{0,50}\b(nar|when|kommer|komma|come|coming|arrive\w*|dyker upp|boka\w*|book\w*|tid)\b|\b(nar|vilken (tid|dag)|hur (lang tid|snart)|when|what time|which day|how (long|soon))\b.{0,50}\b(tekniker\w*|technician\w*|engineer\w*|montor\w*|besok\w*|visit)\b|\b(kommer|ska)\b[^.?!]{0,15}\b(teknikern|en tekniker|nagon tekniker|montoren)\b|\b(is|will) (the|a|your|that) (technician|engineer|tech|installer) (still )?(coming|come)\b|\b(is|will) (someone|somebody|anyone) still (coming|come)\b/,
  ],
  [
    'cost',
    /\b(kostar|kosta|kostnad\w*|costs?|price\w*|pris\w*|avgift\w*|fees?|charged?|betala|pay|gratis|dyrare|pricier|more expensive|kostnadsfri\w*|free of charge|for free|free visit|(is|are|will) (it|that|this|they|the (visit|technician|repair|callout))( visit)? (be )?free|how much|hur mycket)\b/,
  ],
  [
    'why_pin',
    /\b(varfor|varfo|vafor|vrf|y do|why|how come|vad ska ni med|vad behover ni|what do you need|wozu)\b.{0,50}\b(pin\w*|kod(en)?|code|personnummer|kundnum\w*|kundnr|customer (number|no)|account (number|no)|identif\w*|verif\w*|legitim\w*|uppgifter\w*|details|number)\b|\b(vad ar|what is|what'?s|whats) (en |a |the |min |my )?pin\b/,
  ],
  ['why_pin', PIN_NEEDED],
  [
    'where_customer_number',
    /\b(var|vart|where|whre|wher|hur|how)\b.{0,40}\b(hittar|hitta|finns|find|see|se|locate|look|get|fa|star)\b.{0,40}\b(kundnum\w*|kundnr|customer ?(number|no|id)|cust\w* ?(no|nr|number|#)|account ?(number|no)|pin\w*|kod(en)?|avtalsnummer|code)\b|\b(vad ar|what is|what'?s|whats|vilket ar)\b.{0,8}\b(mitt|my)\b.{0,6}\b(kundnummer|customer number|account number)\b/,
  ],
  [
    'which_cable',
    /\b(vilken|vilka|vilket|which|what|witch|wich|whitch)\b.{0,25}\b(kabel\w*|kablar\w*|kabeln|sladd\w*|cables?|cords?|wires?|uttag\w*|socket|plug|kontakt\w*)\b|\b(kabel\w*|sladd\w*|cables?)\b.{0,20}\b(vilken|vilka|which one|which)\b/,
  ],
  [
    'which_light',
    /\b(vilken|vilka|vilket|which|what|var (sitter|ar|finns)|where (is|are))\b.{0,25}\b(lampa\w*|lampor\w*|ljus\w*|lights?|leds?|diod\w*|indikator\w*|symbol\w*)\b/,
  ],
  // ("do I need to flush DNS on the laptop?" asks about a flush, not what DNS is: tech-questions.ts flush_dns.)
  [
    'what_dns',
    /^(?!.*\b(flush\w*|ipconfig|(tom\w*|rensa\w*|clear\w*|nollstall\w*) (the |my |min |mitt )?(dns|cache\w*)))(?=(?:.*?[.?!]\s*)?(?![^.?!]*\b(hack\w*|intrang\w*|break-?in|(been|got|gotten|come|broken|varit|kommit) (in|inside|into|inne)|tagit sig in)\b)[^.?!]*\bdns\b)/,
  ],
  // ("do you have a TV package? … sports channels", "kanalpaket": TV channels, never the Wi-Fi's, unless the
  // Wi-Fi or the router is named too.)
  [
    'what_wifi_channel',
    /^(?!(?=.*\b(tv\w*|teve|sport\w*|viaplay|c ?more|hbo|netflix|disney\w*|package\w*|paket\w*|kanalpaket\w*|football|fotboll|hockey|movies?|film\w*)\b)(?!.*\b(wi-?fi\w*|wlan|router\w*|modem\w*|2[.,]4|5 ?ghz)\b)).*\b(kanal\w*|channels?)\b/,
  ],
  [
    'lose_settings',
    // "ändras mitt wifi lösen då?", "will my wifi password change?": the Wi-Fi's own name or key changed by
    // the action asked about (answered per action: a new key says so, a sign-in fix leaves it as it is).
    /\b(andras|byts|bytas|changes|changed)\b[^.?!]{0,25}\b(wi-?fi|wlan|natverks)[- ]?(losen\w*|pas+w\w*|pw|kod\w*|key|nyckel\w*|namn\w*|name)\b[^.?!]{0,20}(\?|$)|\b(wi-?fi|wlan|natverks)[- ]?(losen\w*|pas+w\w*|pw|kod\w*|key|nyckel\w*|namn\w*|name)\b[^.?!]{0,25}\b(andras|byts|change[sd]?|be changed|stay the same|stays the same)\b( too| also| as well| ocksa| da| then)?\s*(\?|$)|\b(bli av med|blir (jag|ja|vi) av med|get rid of|forlora|forlorar|forsvinna|forsvinner|tappa|tappar|lose|loose|losing|loosing|lost|erase[sd]?|wipe[sd]?|delete[sd]?|raderas|radera|nollstall\w*|aterstall\w*|reset)\b.{0,50}\b(installning\w*|settings?|setings?|setup|config\w*|konfiguration\w*|losenord\w*|pas+w\w*|data|wi-?fi\w*|namn\w*|ssid|port\w*|everything|allt|alla|stuff|things|grejer)\b|\b(installning\w*|settings?|losenord\w*|pas+w\w*|konfiguration\w*)\b.{0,40}\b(forsvinn\w*|raderas|kvar|lost|gone|erased|wiped|kept|stay|remain|samma|detsamma|densamma|desamma|same|unchanged|oforandrad\w*)\b|\b(be|is|stay|stays|remain|ar|e|bli|blir|vara|forbli|keep|behall\w*) (?:(?:it|det|den|de|dom|they|the|still|fortfarande|i|we|jag|vi|my|our|min|mitt|vart|var) ){0,2}(same|samma)\b[^.?!]{0,25}\b(namn\w*|name|ssid|network|natverk\w*|losenord\w*|pas+w\w*|installning\w*|settings?)\b/,
  ],
  [
    'is_it_safe',
    // A remark of caution beside another question ("just to be safe", "dont want to break anything", "vill
    // inte förstöra nåt") is no worry about a change: CAUTION_REMARK takes those words out. "will that make my
    // pc unsafe?", "blir datorn osäker?" ask it too (never "jag är osäker", unsure).
    new RegExp(
      /\b(is (that|it|this) bad|ar (det|den) (daligt|illa)|sakert|saker pa|secure|unsafe|insecure|vulnerable|sarbar\w*|(gor|blir|bli|gora) (\w+ ){0,2}osaker\w*|trygg\w*|farligt|riskabelt|riskfritt|risk\w*|safe\w*|dangerous|harm\w*|damage\w*|break (it|anything|something)|(ga|gar|gick|ha|har|gora|gor|sla|slar) sonder|forstora|skada)\b/.source.replace(
        /^\\b/,
        `\\b${CAUTION_REMARK}`,
      ),
    ),
  ],
  [
    'how_know_fixed',
    /\b(hur (vet|ser|marker|kollar|kontrollerar|testar) (jag|ja|jg|man|vi)|hur (kan|ska) (jag|ja|jg|man|vi) (veta|se|kolla|testa|marka)|how (do|will|would|can|could|should|shall) (i|we|you) (know|tell|check|see|verify|test)|how to (check|tell|know|verify)|vad ska jag (kolla|testa)|what should i (check|test))\b/,
  ],
  // "how long before the move do we need to contact you?", "hur långt innan flytten ska vi höra av oss?": how far
  // ahead to tell us, never how long something here takes.
  [
    'notice_before',
    /\b(how (long|many (days|weeks|months)|much time|far|early|soon)|hur (lang tid|lange|langt|manga (dagar|veckor|manader)|tidigt)|when)\b[^.?!]{0,25}\b(before|ahead of|in advance|beforehand|prior to|innan|fore|i forvag|i forvag)\b[^.?!]{0,30}\b(move|moving|the move|flytt\w*|cancel\w*|uppsag\w*|saga upp|contact|tell|notify|let you know|hora av|meddela|hor av)\b|\b(how (long|many (days|weeks|months)|far|early)|hur (lang tid|lange|langt|manga (dagar|veckor|manader)|tidigt))\b[^.?!]{0,10}\b(in advance|beforehand|ahead|i forvag)\b/,
  ],
  [
    'how_long',
    /\b(howlong|hur lang tid|hur lange|hur snart|how long|how much time|how many (minutes|hours)|hur manga (minuter|timmar)|tar (det|den) (lang|lange)|takes? (long|a while)|how soon)\b(?![^.?!]{0,25}\b(before|ahead of|in advance|beforehand|prior to|innan|fore|i forvag)\b[^.?!]{0,30}\b(move|moving|flytt\w*|cancel\w*|uppsag\w*|saga upp|contact|tell|notify|let you know|hora av|hor av|meddela)\b)/,
  ],
  [
    'what_happens_next',
    /\b(vad hander om|what happens if|what (do|should|shall) i do|what to do|vad ska jag gora|tell me what to do|sag vad jag ska gora|nar (hor|horer) (ni|de|nagon) av (er|sig)|nar far jag (svar|besked|veta)|when will (you|they|someone|i) (hear|get back|contact|call|be contacted|hear back)|hear back|get back to me|vad hander (nu|sen|sedan|da|efter)|what happens (now|next|then|after)|what now|vad gor (jag|vi) nu|what (do|should|shall) (i|we) do (now|next)|vad ska (jag|vi) gora (nu|sen)|och nu(?= *\?| *$)|and now(?= *\?| *$)|what'?s next|nasta steg|next steps?|vad blir nasta|sen da|(behover|maste|ska) (jag|vi) gora (nagot|nat|nagonting|nagot mer|nat mer) ?(efterat|sen|sedan|efter det|efter)?|(do|should|must) (i|we) (need to |have to )?do (anything|something)( else)? (after|afterwards|after that|then))\b/,
  ],
  ...STEP_TOPICS,
  ...TOPICS_LAST,
];

/**
 * "kan jag välja lösenordet själv?", "can i pick my own password?": the customer would choose it. Never the 5 GHz
 * band's own network asked for ("kan man få 5 GHz som ett eget nät?", "jag vill välja 5 GHz själv").
 */
const CHOOSE_OWN =
  /\b(valja|valjer|bestamma|satta|hitta pa|pick|choose|set|decide|make up|come up with)\b(?![^.?!]{0,30}\b(5 ?(ghz|g)|band\w*)\b)[^.?!]{0,30}\b(sjalv|sjalva|myself|ourselves|my self)\b|\b(eget|mitt eget|vart eget|ett eget|my own|our own|one myself)\b(?![^.?!]{0,8}\b(5 ?(ghz|g)|band\w*|nat|natet|natverk\w*|network\w*)\b)/;

/** Topics of a question that only the pending ask makes clear: [ask key prefix, pattern, topic]. */
/**
 * "måste jag?", "do i have to?", "is that really necessary?", "behövs det verkligen?", "can i skip it?": whether
 * the pending question must be done at all — asked bare, about the ask itself (folded). Never "do i have to pay",
 * "behöver jag göra något efteråt?" (their own topics).
 */
const MUST_I =
  /(^|[,.;:!?]\s*|\b(but|men|och|and|so|sa|ok|okay|ja|yes|hmm|well|fast|aha|jaha)\s+)((do|does) (i|we) (really |actually |still )?(have|need) to|(must|should) (i|we)( really)?|(i|we) have to|is (it|that|this) (really |actually |even )?(necessary|needed|required|a must)|maste (jag|vi|man)|behover (jag|vi|man)|behovs (det|den|detta)|ar (det|detta) (verkligen |ens )?(nodvandigt|ett maste)|kan (jag|vi) (inte )?(hoppa over|skippa|strunta i)|can (i|we) (not |just )?skip)( (it|that|this|det|den|detta|do (it|that|this)|gora (det|detta)|ha (en|ett|det|den)|say yes|agree|saga ja|ga med pa (det|det har)))?( (really|though|tho|then|now|verkligen|da|nu|ens|egentligen))*\s*(\?|$)/;

export const ASK_TOPICS: [string, RegExp, QuestionTopic][] = [
  // "vet inte om jag har en sån kabel. måste jag?", "do I have to?": whether the step, the permission or the
  // identity question must be done — answered for that ask, never "I can't answer that".
  ['step.', MUST_I, 'must_i'],
  ['consent.', MUST_I, 'must_i'],
  ['identity.', MUST_I, 'must_i'],
  // "wait move the router?? my parents wont let me", "flytta routern??": at the test close to the router, whether
  // the router itself has to be moved (no: the device is moved for the test).
  [
    'step.move_closer',
    // (Never the past: "flyttade routern till hallen. kanske lite bättre?" reports the step done.)
    /\b(move|moving|carry|flytta|flyttar|bara)\b[^.?!]{0,20}\b(router\w*|modem\w*|box(en)?|dosa\w*)\b/,
    'move_router',
  ],
  // "kan jag välja lösenordet själv?", "kan jag välja det själv?", "can i pick my own password?" (before
  // the sticker: "klistermärket är borta … kan jag välja det själv?" asks to choose).
  // "will you see it?", "can you guys see it though?": who sees the password the desk sets.
  ['consent.wifi_change', WHO_SEES_PASSWORD, 'who_sees_password'],
  ['consent.config_change', WHO_SEES_PASSWORD, 'who_sees_password'],
  ['consent.wifi_change', CHOOSE_OWN, 'choose_password'],
  // At the admin password: "can i pick the password myself instead?", "kan jag välja ett eget?".
  ['consent.config_change', CHOOSE_OWN, 'choose_password'],
  ...WIFI_OFFER_TOPICS,
  ...NEW_PASSWORD_TOPICS,
  // "what about my port forwards?", "och mina portöppningar då?", "you didn't answer about my port
  // forwards": the customer's own settings named at a change — whether the change leaves them as they are.
  [
    'consent.',
    /\b(port.?forward\w*|forwarded ports|portoppning\w*|portvidarebefordr\w*|my (nas|settings|setup|config\w*)|mina (installningar|portar))\b/,
    'breaks_other',
  ],
  ['config.port_forward', /\b(ip|ip-?adress\w*|ip-?address\w*|address|adress\w*)\b/, 'find_device_ip'],
  // "wait how do I check it's the right one?" at the port-forward permission: where the device shows its address.
  [
    'consent.config_change',
    /\b(how|hur)\b[^.?!]{0,20}\b(check|know|see|find|tell|kolla\w*|vet|veta|ser|se|hitta\w*)\b[^.?!]{0,25}\b(right|correct|ratt|samma)\b[^.?!]{0,15}\b(one|device|computer|laptop|ip|address|den|enhet\w*|dator\w*|adress\w*)?/,
    'find_device_ip',
  ],
  // "och var hittar jag den då?", "hur hittar jag den?" right after the address was asked for.
  [
    'config.port_forward',
    /\b(var|vart|hur|where|how) (hittar|finns|ser|kollar|tar (jag|man) reda pa|do i find|can i find|do i see|can i see|do i check|can i check) (jag |man |i )?(den|det|it|that|them)\b/,
    'find_device_ip',
  ],
  // Mid-case only: after a close the help centre answers it with its article.
  ['resolution.confirm', /\b(5 ?ghz|5g\b|2[.,]4( ?ghz)?|ghz)/, 'which_band'],
  // "whats the difference from the wifi password?" at the admin password: what the admin password is.
  [
    'consent.config_change',
    /\b(difference|differ\w*|skillnad\w*|same (as|thing)|samma (som|sak))\b/,
    'what_admin_password',
  ],
  // "does the password change?", "will the name stay the same?", "blir lösenordet kvar?" at a Wi-Fi permission:
  // the Wi-Fi's own key or name, whether the change asked about keeps it (answered per action).
  [
    'consent.wifi_change',
    /\b(losen\w*|pas+w\w*|pw|key|nyckel\w*|kod(en)?|namn\w*|name|ssid)\b[^.?!]{0,25}\b(andras|byts|bytas|change[sd]?|be changed|stay|stays|remain\w*|same|samma|detsamma|densamma|kvar)\b|\b(andras|byts|bytas|forandras|(it|that|this|you) change)\b[^.?!]{0,15}\b(losen\w*|pas+w\w*|pw|key|nyckel\w*|namn\w*|name|ssid)\b/,
    'lose_settings',
  ],
  // "ok men wifi lösenordet då??", "and the wifi password?" at a change of something else: whether it stays.
  [
    'consent.config_change',
    /\b(wi-?fi|wlan)[- ]?(losen\w*|pas+w\w*|pw|kod\w*|key|nyckel\w*|namn\w*|name)\b/,
    'lose_settings',
  ],
  // "how do i run a speed test?", "hur gör jag ett hastighetstest?".
  [
    'step.wired_test',
    /\b(how|hur|what|vad|var|where|which|vilken)\b[^.?!]{0,30}\b(speed ?tests?|speedtest\w*|hastighetstest\w*|bredbandskollen|test (the |my )?speed|measure (the |my )?speed|testa (hastighet\w*|farten)|mata (hastighet\w*|farten))\b/,
    'how_speed_test',
  ],
  [
    'step.wired_test',
    /\b(faster|snabbare|boost\w*|fix the wi-?fi|fixa wifi\w*|make the wi-?fi|gora wifi\w*)\b/,
    'boost_signal',
  ],
  [
    'step.move_closer',
    /\b(boost\w*|amplif\w*|stronger|increase|turn (it )?up|forstark\w*|starkare|hoja|oka|extender|repeater|mesh)\b/,
    'boost_signal',
  ],
  [
    'step.check_cables',
    /\b(vilken|vilka|vilket|which|what|witch)\b|\b(alla|all of them|every one|each one)\b/,
    'which_cable',
  ],
  // "is it on the back?", "sitter den på baksidan?" at the power step: where the button is.
  [
    'step.power_on',
    /\b(is it|is that|it'?s|its|are they|on the|sitter (den|det|knappen)|ar (den|det|knappen)|finns (den|det|knappen))\b[^.?!]{0,25}\b(back|side|bottom|underneath|top|front|baksidan|bak|sidan|undersidan|under|ovansidan|framsidan)\b[^.!]{0,20}\?/,
    'which_button',
  ],
  // "hur gör jag det, finns det en knapp?", "how do I turn it on, is there a switch?" at the power step: how
  // the router is switched on — the button, the switch — asked about ("är det farligt att röra den? … en liten
  // knapp" asks whether it is safe: answered as that).
  [
    'step.power_on',
    /^(?![\s\S]*\b(farlig\w*|dangerous|danger|safe|safely|saker\w*|stot\w*|shock\w*|electric\w*|elektri\w*)\b)[\s\S]*(\b(button|knapp\w*|switch|strombrytare\w*|brytare\w*|on\/off|av\/pa)\b|\b(how|hur)\b[^.?!]{0,20}\b(do (i|you|we) do (it|that|this)|do (i|you|we) (turn|switch|power|put|start)|turn (it|the \w+) on|switch (it|the \w+) on|gor (jag|man|vi) (det|sa)|(slar|satter|startar|knappar|tander) (jag|man|vi) (pa|igang|den|det)))/,
    'which_button',
  ],
  ['lights.', /\b(vilken|vilka|vilket|which|what|var|vart|where)\b/, 'which_light'],
  // "do you need my PIN or my daughter's?", "vems kod, min eller pappas?": the account holder's PIN.
  [
    'identity.pin',
    /\b(whose|vems)\b|\b(my|mine)\b[^.?!]{0,25}\bor\b[^.?!]{0,10}\b(my|his|her|their|the)\b[^.?!]{0,20}'s?\b(?![^.?!]{0,10}\b(pin|code)\b)|\b(min|mitt|mina)\b[^.?!]{0,25}\beller\b[^.?!]{0,10}\b(min|mitt|hans|hennes|deras|\w+s)\b|\bor (the )?(account ?holder|owner|subscriber)'?s?\b|\beller (konto|abonnemangs)?innehavarens\b/,
    'whose_pin',
  ],
  // "Den till bankdosan?", "bank one?" at the PIN: no, it is not a bank code (never given out). ("found it in my
  // banking app: 200 262": the bank is where the number stood.)
  ['identity.pin', /\b(bank\w*|bank-?id|card|kort\w*)\b(?![^.?!]{0,20}\d{3})/, 'pin_bank'],
  [
    'identity.',
    /\b(varfor|varfo|vafor|vrf|why|how come|what for|for what|y (do|would|is|are|r) (u|you|ya)|(need|want|use) (it|that|this|them|my \w+) for|(ha|anvanda) (det|den|dom|dem|numret) till|behover (ni|du) (det|den|dom|dem|numret) till|till vad)\b/,
    'why_pin',
  ],
  ['identity.', IT_NEEDED, 'why_pin'],
  // "Men jag HAR ingen PIN. Vad gör jag då?", "I don't have the pin, what do I do?": what to do without it, never
  // where it is again.
  [
    'identity.',
    /^(?=[\s\S]*\b(har (ju )?(ingen|inte (nan|nagon|den|det|koden|numret))|har inte (nan|nagon)|(don'?t|do not|dont) (have|know|remember)|have no|haven'?t got|havent got|vet (ju )?inte|kommer (ju )?inte ihag|minns inte|(lost|tappat|tappade|slangt|slangde|threw away|thrown away))\b)[\s\S]*\b(vad (gor|ska) (jag|vi|man)( gora)?( da| nu)?|hur gor (jag|vi|man) (da|nu)|what (do|can|should|shall) (i|we) do|what now|then what|what else can i do|vad finns det for (andra )?(satt|alternativ)|is there (another|any other) way|finns det (nat|nagot|nagot annat) (annat )?satt)\b/,
    'what_happens_next',
  ],
  [
    'identity.',
    /\b(var|vart|where|hur|how|vad|what|vilken|vilket|which)\b|\b(faktura\w*|invoice|bill|avtal\w*|contract|brev\w*|letter|välkomstbrev|valkomstbrev|mina sidor|my pages)\b/,
    'where_customer_number',
  ],
  [
    'contact.availability',
    /\b(nar|when|how (long|soon)|hur (lang|snart)|vilken (tid|dag)|what time|which day|(what|which) (times?|slots?|days?|dates?)|times?( do| have)? you (have|got|offer)|(any|free|available|lediga) (times?|slots?|tider)|vilka (tider|dagar|datum)|lediga tider|har ni (nagon|nan|nagra|lediga)( lediga?)? (tid|tider)|(times?|slots?) (are )?(available|free|open))\b/,
    'technician_when',
  ],
  [
    'consent.',
    /\b(kick\w*|disconnect\w*|offline|drop\w*|lose (the )?(connection|internet)|tappar (jag |vi )?(uppkopplingen|natet|internet)|bli utan|kopplas (ner|bort|ifran)|forsvinner (natet|internet))\b/,
    'what_happens_next',
  ],
];

/** Consent questions whose answer decides whether the customer consents at all. */
const CONDITIONAL_TOPICS = new Set<QuestionTopic>([
  'lose_settings',
  'is_it_safe',
  'cost',
  'breaks_other',
  'choose_password',
]);

export const REPLY_PATTERNS = {
  questionStart:
    /(^|[.!,;:]\s|\.\.\.\s?|\b(?:but|men|and|och|so|sa|then|sen)\s)(wat|wht|whats|wats|wich|whre|wher|howlong|y (?=do|would|is|are|did|cant|can't)|vad|va|vart|varfor|varfo|vafor|vrf|hur|vilken|vilket|vilka|nar|var (finns|hittar|ar|sitter|star)|(e|ar) (de|det|den)|vem|kan (jag|ni|du|man|vi)|maste (jag|man)|ska (jag|ni|man|vi)|behover (jag|ni|man)|blir|kommer (jag|ni|den|det|man)|forlorar|tappar|funkar (det|den)|fungerar (det|den)|ar (det|den)|what|whats|why|how|which|when|where|who|will|would|do (i|you|we)|does|did|is (it|that|this|there|a restart|another restart|a reboot)|kommer (en|omstarten)|are (you|there|my)|can (i|you|we|someone)|could|should|must i|have you)\b/,
  conditionalTopics: CONDITIONAL_TOPICS,
  /**
   * What a yes that runs on into a question ("sure but how long?") waits for: the conditional topics, and
   * what the change cuts off and for how long (a call in the next room, a match on the TV).
   */
  reservedYesTopics: new Set<QuestionTopic>([...CONDITIONAL_TOPICS, 'how_long', 'devices_drop']),
  /** Clarification requests without a question mark or a question word first. */
  implicitQuestion:
    /\b(which one|vilken (menar|av)|not sure which|don'?t know which|can'?t tell which|cannot tell which|vet inte vilken|what do you mean|vad menar du|menar du|(jag fragade|i asked) (hur|how))\b|\b(didn'?t|didnt|did not|never|havent|haven'?t|have not)( even| yet| ever)? (tell|told|say|said|answer\w*|mention\w*)( me| us)? (if|whether)\b|\b(du|ni) (har )?(sa|sade|sagt|svarade|svarat|berattade|berattat) (aldrig|inte|inget) (om)\b|\b(my (question|point) (was|is)|i (asked|was asking|am asking|'m asking)|(min|mitt) (fraga|undran) (var|ar)|jag (fragade|fragar|undrade)) (you |dig |er )?(whether|if|om)\b|\b(didn'?t|didnt|did not|haven'?t|havent|have not|never) (even |yet )?(answer|reply|respond)\w*\b[^.!?]{0,20}\b(about|on|to|regarding|om|pa)\b|\b(svarade|svarat) (ju )?(fortfarande |annu )?(aldrig|inte) (om|pa)\b|\b(so|then) (i|we) (just |only |simply )?wait\b|\b(sa|da) (ska |far |maste )?(jag|vi) (bara )?vanta\w* (bara|alltsa|da)\b|\b(jag|vi) (ska|far|maste) (bara|alltsa) vanta\b|\b(no idea|dunno|(i )?(don'?t|dont|do not) (really )?know|not sure|ingen aning( om)?|vet (inte|ej)|vet inte riktigt|never heard of|aldrig hort (talas )?om)\b,? (what|vad) (a |an |the |en |ett |den |det |that |min |mitt |my )?[a-z0-9-]+( [a-z0-9-]+)? (is|are|means|ar|e|betyder|innebar)\b/,
  /** "I told you …", "jag sa ju …": the customer objects to the question's premise. */
  objection:
    /\b(i (literally |just |already )*(said|told you)|as i said|like i said|i already (did|tried|said)|jag (sa|har) ju|sa ju|som jag sa|har ju redan|jag har redan sagt)\b/,
  /**
   * "Jag har ju redan dragit ur sladden två gånger, men visst, kör på om det behövs", "I already did that twice,
   * but sure, go ahead": an objection that ends in a clear yes after "but/men" is consent — never a yes that
   * runs on into a question, a wait or a not-now.
   */
  yesAfterBut:
    /\b(?:but|men|though|however|dock|fast|anyway|anyways|hur som helst|i alla fall|iaf)\b[,\s]+(?:(?:ok(?:ay|ej|ey)?|ja|jaa|yes|yeah|sure|visst|fine|alright|absolut|javisst|jo)[,!\s]+)*(?:ok(?:ay|ej|ey)?|ja|jaa|japp|yes|yeah|yep|sure|visst|javisst|fine|alright|all right|absolut|go ahead|do it|kor|kor pa|gor det|please do|go for it|by all means|garna)\b(?![^?]*\b(?:not now|inte nu|vanta|wait|hold on|later|senare|nej|no|not yet|inte an)\b)[^?]*$/,
  /** Only a clear yes or no opens a reply to "does it work now?" ("fine whatever, …" is not a yes). */
  strongLead:
    /^(ja|jaa|japp|jepp|jo|joo|yes|yess+|yeah|yep|yup|ya|ye|absolut|definitely|correct|stammer|precis|nej|nejda|nae|na+(?=[.!]*$)|nix|nope|no|nah|nay)\b/,
  /** A thank-you word: with it, a short remark ("Tack, nu funkar allt!") is still small talk. */
  thankWord: /\b(tack|tackar|thanks|thank|thx|ty|tnx|cheers|appreciate\w*|uppskattar)\b/,
  /** A goodbye that ends the message ("no thats all, bye", "jag ville bara veta. hej da"): the chat ends here. */
  farewell:
    /\b(bye|bye bye|goodbye|good bye|bye for now|cya|see you|take care|hej da|hejda|hej hej|adjo|ha det( bra| gott)?|vi hors)[\s.!]*$/,
  /** Thanks for what was done ("thanks for the help with the wifi password", "ok great thanks i'll wait"). */
  thanksFirst:
    /^(?:(?:ok|okay|okej|oki|great|perfect|perfekt|super|toppen|bra|fint|nice|awesome|cool|lovely|excellent|fantastic|underbart|strålande|stralande|grymt|kanon|alright|right|ah|aha)[\s,.!]+)*(?:tack|tackar|thanks|thank you|thank u|thx|ty|tnx|cheers|many thanks|tusen tack|stort tack)\b/,
  /** A request or a complaint after a thank-you ("thanks, but…", "tack men…"). */
  butAfterThanks: /\b(but|men|however|dock|though|fast)\b/,
  /** A statement that asks for something ("jag vill …", "can you …"), as opposed to one that only informs. */
  wantsSomething:
    /\b(vill|want|wanna|need|behover|would like|'d like|onskar|kan ni|can you|could you|please|snalla|hjalp mig|help me)\b/,
  /** "How do I …": a how-to question about what was asked, not a new request. */
  howTo:
    /\b(hur (gor|satter|kopplar|startar|stanger|drar|hittar|vet|ser|kollar|fixar|ansluter|kommer) (jag|ja|jg|man|vi)|how (do|can|should|would) (i|we|you)|how to)\b/,
  /** The customer has just managed what they said they could not ("… ok found one"). */
  foundIt:
    /\b(found (one|it)|got (one|it) now|hittade (en|den|det|nan|nagon)|hittat (en|den|det|nan|nagon)|nu hittade jag)\b/,
  leadingYes:
    /^(why not(?=[\s.!,]*$|[.!,])|varfor inte(?=[\s.!,]*$|[.!,])|sure why not(?=[\s.!,]*$|[.!,])|ye|yh|yess+|okk+|ja|jaa|japp|jepp|jo|joo|jajamen|jadu|absolut|visst|givetvis|garna|sure|yes|yess|yeah|yea|yep|yup|ya|aye|of course|certainly|definitely|correct|stammer|precis|korrekt|go ahead|please do|do it|kor|kor pa|gor det|fixa det|go for it|sounds good|absolutely|indeed|sjalvklart|ok|okej|okey|okay|oki|okidoki|k|kk|fine|alright|all right|👍)\b/,
  /** The cable is in ("nu är den inkopplad", "it's plugged in now"). */
  pluggedIn: PLUGGED_IN,
  /** A speed test was run or its result given. */
  speedTested: SPEED_TESTED,
  /** A go-ahead said and finished before any question ("ja kör. försvinner mina inställningar då?"). */
  goAhead:
    /^(?:(?:ja|jaa|yes|yeah|yep|ok|okej|okay|sure|visst)[,!]?\s+)?(?:kor|kor pa|kor bara|go|go ahead|do it|just do it|gor det|fixa det|please do|go for it)\b[^?.!]{0,20}[.!]/,
  leadingNo:
    /^(?:(?:hmm+|hm|eh+|oh|aha|ah|mja|tja|nja)[\s,.]+)?(nej|nejda|nae|na+(?=[.!]*$)|nix|nope|no|nah|nay|n|icke|aldrig|never|not yet|inte an|inte annu|nej tack|no thanks|helst inte|rather not)\b/,
  bareNo:
    /^(nej|nae|na+|nix|nope|no|nah|nay|n|inte|not|nej tack|no thanks|helst inte|rather not|absolut inte|definitely not|no way)[\s.!]*$/,
  yesAnywhere: YES_ANYWHERE,
  noAnywhere: NO_ANYWHERE,
  worksNow: WORKS_NOW,
  stillBroken: STILL_BROKEN,
  restartedWords: RESTARTED,
  dontKnow: DONT_KNOW,
  /** The hedge words (hedge-words.ts), and not knowing or not having it to hand. */
  hedge: new RegExp(
    String.raw`\b(${hedgeAlternation(SOFTENERS, DOUBTS)}|hmm+|kinda|sort of|beror pa|depends|vet ej|hittar (inte|den inte|det inte)|can'?t find|cannot find|har (inte|den inte|det inte) (har|till hands|framfor mig)|don'?t have it (here|with me|to hand)|forgot|forgotten|glomt|glomde|glomt bort|tappat bort|lost it)\b`,
  ),
  wait: /\b(let me (check|see|try|test)|i'?ll (check|test|try)|ska (testa|kolla|prova)|jag (kollar|testar|provar)|checking|vanta|wait|hold on|hang on|one (sec|second|moment|min|minute)|just a (sec|second|moment|minute)|ett ogonblick|en sekund|en minut|strax|snart|give me a (sec|second|minute|moment)|ge mig en (minut|sekund))\b/,
  cannot:
    /\b(doesn'?t have|does not have|has no|saknar|can'?t|cant|cannot|unable|not able|har (ingen|inget|inga|inte nagon|inte nagot|inte nan|aldrig fatt)|don'?t have (a|an|one|any)|do not have (a|an|one|any)|never (got|received) (a|one|any)|fick aldrig|kan (jag |vi )?(tyvarr )?(inte|ej)|kommer inte (at|till)|ser inte)\b/,
  /**
   * A cannot that only says a thing is not there ("har ingen kabel", "don't have a cable"): a cable or a
   * computer may still turn up, so beside a question it is no refusal of the step (see classifyStep).
   */
  lacks:
    /\b(doesn'?t have|does not have|has no|saknar|har (ingen|inget|inga|inte nagon|inte nagot|inte nan|aldrig fatt)|don'?t have (a|an|one|any)|do not have (a|an|one|any)|never (got|received) (a|one|any)|fick aldrig)\b/,
  /** Leave the setting as it is ("behåll det gamla", "keep the old name"). */
  keepAsIs:
    /\b(behall|keep|leave it|lat (det|den) vara|samma namn|same name|as it is|som det ar|skippa det|skip it)\b/,
  /** While a visit is being booked: the customer wants the line tested again first ("the lights just came on"). */
  recheck:
    /\b(check (it |my line |the line )?again|test (it |my line |the line )?again|kolla (igen|en gang till|linjen igen)|testa (igen|linjen igen)|before you (book|send)|innan ni (bokar|skickar)|(just )?came (back )?on|lights? (are|is) (on|back)|lyser (nu|igen)|funkar (nu|igen)|works now|back (on|up))\b/,
  /** A soft cannot ("i cant really move it"): not a clear no. */
  softCannot: /\b(can'?t really|cant really|cannot really|kan inte riktigt|kan nog inte|not really able)\b/,
  /** The customer cannot do it now ("I'm at work, can do it tonight"). */
  notNow:
    /\b(at work|pa jobbet|inte hemma|not (at )?home|away from home|later|senare|tonight|ikvall|i kvall|imorgon|i morgon|tomorrow|nar jag kommer hem|when i get home)\b/,
  /** "nej vänta, kolla först …", "no wait, before you change anything …": a condition put before the permission. */
  firstThen:
    /\b(forst|first|innan (du|ni|vi) (andrar|gor|byter|kor|ror|borjar|fixar)|before (you|u|we) (change|do|touch|reset|run|start|go|fix)|before (changing|doing|touching|resetting) (anything|it))\b/,
  refuse:
    /\b(not now|inte nu|hold off|vanta med (det|det dar)|vill (jag |vi )?inte|absolutely not|of course not|certainly not|don'?t want|do not want|(i|we) (won'?t|will not)|won'?t do (it|that)|ska inte|tanker inte|nej tack|no thanks|rather not|helst inte|i refuse|vagrar|absolut inte|definitely not|no way|not (going to|gonna)|ger inte ut|vill inte uppge|not comfortable|prefer not|inte bekvam)\b/,
  correction:
    /^(nej|no|nope|nae|na|oj|oops|sorry|forlat|ursakta)?[,.!]?\s*(vanta|wait|hold on|hang on|stop|stopp)\b|\b(andrar mig|angrar mig|angrade mig|changed my mind|change of plans?|take (it|that) back|glom (det|vad jag sa)|forget (it|that|what i said)|scratch that|strunta i det|never ?mind|actually no|faktiskt inte)\b/,
  technicianUnwanted:
    /\b(don'?t send (a |any |the )?(technician|engineer|anyone|someone|anybody)|do not send (a |any |the )?(technician|engineer|anyone|someone)|no need (for|to send) (a |any )?(technician|engineer|anyone)|skicka (ingen|inte (nagon|en)) ?(tekniker)?|behovs ingen tekniker|ingen tekniker|inte (nagon |en )?tekniker|no (technician|engineer|visit)|don'?t (need|want) (a |any |the )?(technician|engineer|visit)|do not (need|want) (a |any |the )?(technician|engineer|visit)|behover (ingen|inte nagon|inte en) tekniker|vill inte ha (nagon |en )?tekniker|avboka\w*|cancel (the )?(visit|technician|appointment|booking)|inget (tekniker)?besok|skippa teknikern|not (a|the) technician)\b/,
  noLights:
    /\b(inga lampor|ingen lampa|inget lyser|nothing (is )?(lit|on)|no lights?|all (the )?(lights )?(are )?off|allt ar slackt|alla ar slackta|morkt|dark)\b/,
  notCustomer:
    /\b((ar|e) inte (en )?kund|inte (ar|e) (en )?kund|inte kund (hos|till|an)|har (inget|inte (nagot|ett)) abonnemang|not (a|yet a|your|an existing) (customer|subscriber)|i'?m not (a )?customer|don'?t have (a |an )?(subscription|account|contract) with you|do not have (a |an )?(subscription|account|contract) with you|ny kund|new customer|vill bli kund|want to (become|be) (a )?customer|no account with you|isn'?t a customer)\b/,
  /** "också", "too", "heller": a second thing, if triage finds a different request in it. */
  also: /\b(ocksa|aven|heller|also|too|either|as well)\b/,
  newRequest: new RegExp(`\\b(?:${cueAlternation('turn')})\\b`),
  scorePhrases: [
    [/\bhelt (ok|okej|okay)\b/, 3],
    [/\bso-?so\b/, 3],
    [/\b(mycket|very|super|jatte|extremely|really) (nojd|satisfied|happy)\b/, 5],
    [
      /\b(mycket|very|super|jatte|extremely|really) (missnojd|dissatisfied|unhappy|bad|poor|dalig|daligt)\b/,
      1,
    ],
    [/\b(inte|not) (sarskilt |very |so |sa )?(nojd|satisfied|happy|bra|good)\b/, 2],
  ] as [RegExp, number][],
};

/** Words that carry no subject of their own: a question made only of these ("hur gör jag det?") is not a new request. */
export const FUNCTION_WORDS = new Set(
  (
    'hur vad varfor nar var vart vem vilken vilket vilka gor gora gjorde jag ja jg du ni vi man det den de dem denna detta sa da nu har ' +
    'kan ska maste behover blir ar e var och eller men om att for pa i med till av som inte nagot nat nan ' +
    'how what why when where who which do does did i you we it that this those these the a an is are be can could should will would ' +
    'must need to of in on for with and or but if not so then now there here me my mine your one'
  ).split(' '),
);

/** Words that by themselves are thanks, acknowledgement or small talk. */
export const SMALL_TALK_WORDS = new Set(
  (
    'tack tackar tusen thanks thank thx ty tnx tks you u so sa very much mycket jattemycket massor ' +
    'ok okay okej oki okey k kk fine alright all right great grymt toppen perfekt perfect super bra fint nice good cool awesome excellent ' +
    'hej hejda hejsan da bye goodbye adjo ha have a en ett nice day dag dagen kvall kvallen evening weekend helg helgen trevlig cheers ciao ' +
    'the help hjalpen hjalp for your er ert din ditt yes ja jo japp sure got it understood forstar forstatt uppfattat noted ' +
    'do it then gor det gora fixa just ugh hmm ah aha oh oj wow lol haha och and to med with again igen allt well bara nu now that sounds later ' +
    'appreciate appreciated uppskattar snallt snalla kind vanligt lot lots infon info informationen information svaret answer reply ' +
    'heaps loads min mitt mycke jattebra hjalpsam helpful quick snabb snabbt fast'
  ).split(' '),
);

/** Words around a score that carry no meaning of their own ("jag ger er en fyra, tack"). */
export const SCORE_FILLER_WORDS = new Set(
  (
    "jag i ger give you er dig ett a an en betyg betyget score rating rate id i'd d say would skulle saga typ kanske maybe " +
    'stars star stjarnor stjarna poang points out tack thanks thank for hjalpen help the ganska pretty rather riktigt sa so it was det var ' +
    "overall totalt sett av of well hmm um eh lets let's s ok okej okay stark strong svag weak solid klar clear guess gissar suppose antar reckon probably nog val"
  ).split(' '),
);

/** Whole-word scores: numbers and rating words that are not also ordinary thanks ("great", "bra"). */
export const SCORE_WORDS = new Map<string, number>([
  ...['fem', 'five', 'femma', 'femman'].map((w): [string, number] => [w, 5]),
  ...['fyra', 'four', 'fyran'].map((w): [string, number] => [w, 4]),
  ...['tre', 'three', 'trea', 'trean'].map((w): [string, number] => [w, 3]),
  ...['tva', 'two', 'tvaa', 'tvaan'].map((w): [string, number] => [w, 2]),
  ...['one', 'etta', 'ettan'].map((w): [string, number] => [w, 1]),
  ...[
    'utmarkt',
    'excellent',
    'outstanding',
    'fantastisk',
    'fantastiskt',
    'fantastic',
    'superb',
    'enastaende',
  ].map((w): [string, number] => [w, 5]),
  ...['nojd', 'satisfied'].map((w): [string, number] => [w, 4]),
  ...['medel', 'average', 'mediocre', 'hyfsat', 'hyfsad', 'sadar', 'medelmattigt'].map(
    (w): [string, number] => [w, 3],
  ),
  ...['daligt', 'dalig', 'bad', 'poor', 'missnojd', 'dissatisfied', 'unhappy'].map((w): [string, number] => [
    w,
    2,
  ]),
  ...[
    'usel',
    'uselt',
    'terrible',
    'awful',
    'vardelos',
    'vardelost',
    'useless',
    'horrible',
    'katastrof',
    'katastrofalt',
    'kass',
    'crap',
  ].map((w): [string, number] => [w, 1]),
]);
