// What a customer asks after the case's outcome (closed, handed over or waiting for an outage fix)
// that the case itself can answer: "is WPS off too?", "and if it drops again tomorrow?", "how do I
// connect the TV with the new password?", "should I change my other passwords?", "how long until the
// internet works again?", "should I contact them myself?", "someone is on my network right now, what
// do I do?". These are questions, not new fault reports: they are answered, never opened as a case.
// Matched against folded text (lowercase, å/ä/ö → a/a/o). Pure: the answers are in after-answers.ts.
import { fold } from '../triage/normalize.js';
import { saidSpeedTest } from '../triage/speed-report.js';
import { asksAboutAnAction } from './case-actions.js';
import { asksOwnPlan } from './plan-question.js';
import { topicsOf } from '../triage/topics-of.js';
import { UPDATES_FUTURE } from '../triage/question-topics.js';

export type AfterQuestion =
  | 'case_action'
  | 'security_state'
  | 'cause_why'
  | 'recurrence'
  | 'connect_device'
  | 'device_button'
  | 'other_passwords'
  | 'service_back'
  | 'contact_myself'
  | 'call_number'
  | 'intruder_now'
  | 'line_or_wifi'
  | 'own_wifi_password'
  | 'router_login'
  | 'wifi_range'
  | 'outage_access'
  | 'meanwhile'
  | 'light_blinking'
  | 'rename_done'
  | 'police_report'
  | 'devices_out'
  | 'others_off'
  | 'pay_before'
  | 'my_plan'
  | 'key_format'
  | 'key_where'
  | 'eta_check'
  | 'eta_late'
  | 'refund_amount'
  | 'hotspot_cost'
  | 'invoice_line'
  | 'was_hacked'
  | 'own_speed_test'
  | 'eta_promise'
  | 'do_when_fixed'
  | 'which_fault'
  | 'light_outage'
  | 'mobile_data';

/** Something that asks: a question mark, or a sentence that opens like a question. */
const ASKS =
  /\?|(?:^|[.!,]\s*|\b(?:och|and|men|but|so|sa|ok|okej)\s+)(?:what|how|should|do|does|is|are|can|could|will|would|might|when|vad|hur|ska|maste|behover|ar|kan|nar|blir|kommer|riskerar)\b/;

/** "what if…", "and if it drops again tomorrow?", "om det är segt ikväll igen då?". */
const CONDITIONAL =
  /\b(what if|and if|if it|if the|if my|if this|if that|in case|what happens if|what (do|should|can) i do if|om det|om den|om de|om dom|om e|om nätet|om natet|om wifi\w*|om internet|och om|tank om|ifall|vad (gor|ska|kan) jag (gora )?om)\b/;
const TROUBLE =
  /\b(drops?|dropp\w*|slow\w*|lag\w*|stops?|break\w*|goes (down|out)|cuts? out|disconnect\w*|fails?|happens?|segt?|seg|laggar|tappa\w*|slutar|strular|kranglar|bryts|forsvinner|hander|ligger nere|dor|funkar inte|fungerar inte|turns? off|goes off|switch\w* off|dies|died|slocknar|stangs av)\b/;

/** The trouble inside the if-clause ("if it drops again"), not beside it ("slow again, what if I restart?"). */
const IF_TROUBLE = new RegExp(`${CONDITIONAL.source}.{0,40}${TROUBLE.source}`);

/** "how do I know it won't happen again?", "hur vet jag att det inte händer igen?". */
const NOT_AGAIN =
  /\b(how (do|can|would) i (know|be sure)|hur (vet|kan) jag)\b.{0,30}\b(won'?t|wont|will not|doesn'?t|inte)\b.{0,25}\b(again|igen)\b/;

/** "how do i stop it happening again?", "hur undviker jag att det händer igen?". */
const PREVENT_AGAIN =
  /\b(how (do|can|should|would) (i|we)|what can (i|we) do to|hur (gor|kan|ska|undviker|forhindrar|stoppar) (jag|vi)|vad kan (jag|vi) gora for att)\b.{0,30}\b(stop|prevent|avoid|keep|undvika|forhindra|stoppa|undviker|forhindrar|stoppar)\b.{0,40}\b(again|igen|happening|from happening|handa|hander)\b|\b(can|could|should|is there (a way|anything)( i can do)? to|kan|kunde|gar det att|finns det (nagot|nat|nagot satt) (att|for att)?) ?(i|we|jag|vi)? ?(do something to |gora nagot for att |gora nat for att )?(prevent|avoid|stop|forhindra|undvika|forebygga|hindra|sakra)\b.{0,25}\b(it|this|that|det|detta|sant|sa)\b/;

/** "why did that happen?", "varför hände det?", "what caused it?": the cause of the fixed fault. */
const CAUSE_WHY =
  /\b(why (did|does|was|is|has) (it|this|that|the \w+)( \w+)? (happen\w*|drop\w*|stop\w*|change\w*|go\w*|break\w*|fail\w*|turn\w*|switch\w*|die\w*|lose\w*|lost)|why did (it|this|that) happen|what caused (it|this|that)|what was the (cause|reason|problem)|varfor (hande|blev|gick|slutade|hander|andrades|stangdes|tappade|slocknade|forsvann|dog|stangdes av|loste sig) (det|den|detta|wifit?|natet|internet|routern|lamporna)|vad berodde (det|detta) pa|vad var (orsaken|felet|anledningen)|what (has |had )?(actually |even )?happened|what'?s (actually )?happened|what (is|was) (actually )?(going on|the fault)|vad (ar det som |var det som |som )?(har )?(egentligen )?(hant|hande)|vad har (egentligen )?hant|vad ar det for fel|(has|did|have) (someone|somebody|anyone|they) (dig|dug|cut|damag\w*|broke|break)\w*|(har|kan|kunde) (nan|nagon|de|dom) (ha )?(gravt|gravit|gravde|klippt|skadat|sabbat)|gravt av|gravde av|dug (up|through)|varfor (blev|var|hade|ar) [^.?!]{0,30}\bfel\b|why (were|was|are|is|did|had) [^.?!]{0,30}\b(wrong|incorrect)\b|(varfor|why)\b[^.?!]{0,40}\b(fran borjan|in the first place))\b/;

/**
 * "will it drop again?", "kommer det hända igen?", "ska jag vara orolig att det händer igen", "do i need to
 * worry about it happening again": asked about the future (or a worry about it), not reported now.
 */
const WILL_AGAIN = new RegExp(
  `\\b(will|could|can|might|is it likely|kommer|kan|riskerar|worr\\w*|afraid|scared|orolig\\w*|oroa\\w*|radd)\\b.{0,20}\\b(it|this|that|they|det|den|de|dom|felet|problemet|natet|wifit?|internet)\\b.{0,30}(${TROUBLE.source}|\\b(happen\\w*|come back|handa|komma tillbaka|aterkomma)\\b).{0,30}\\b(again|igen)\\b`,
);

const SECURITY_THING =
  /\b(wps|wpa\d?|encrypt\w*|krypter\w*|(router|wifi|wi-fi|network|natet|natverket)\w* (secure|safe|sakert?|saker) (now|nu)?|(is|ar) (it|den|routern|my router) (secure|safe|saker|sakert) (now|nu))\b/;

const DEVICE =
  /\b(tv|tvn|tv:n|teve|smart ?tv|tele?vision|playstation|ps[345]|xbox|console|konsol\w*|printer|skrivare\w*|laptop\w*|dator\w*|computer|pc|ipad|tablet|surfplatta\w*|phone|mobil\w*|telefon\w*|chromecast|apple ?tv|sonos|speaker|hogtalare|device|enhet\w*)\b/;
/** Joining the network, in the customer's words ("tvn har 2 saker som ska in", "how do i get the tv on it?"). */
const CONNECT =
  /\b(connect\w*|join\w*|ansluta|ansluter|anslut|koppla\w*|kopplar|logga in|get (it |them |the \w+ )?(on|online|connected)|hook (it |them )?up|password|losen\w*|wifi|wi-fi|natverk\w*|network|(ska|skall|komma|kommer|fa|far|faar) (\w+ )?(in|upp|pa natet|pa wifit?))\b/;
/** A device with no screen to type a password on ("the printer is an HP", "skrivaren har ingen skärm"). */
const HEADLESS =
  /\b(printer\w*|skrivare\w*|skrivaren|chromecast|sonos|speaker\w*|hogtalare\w*|camera\w*|kamera\w*|smart ?plug\w*|no screen|ingen skarm|utan skarm)\b/;
/** "is there a button or something?", "can i use wps?". */
const BUTTON = /\b(button\w*|knapp\w*|wps)\b/;
const HOW = /\b(how|hur|what do i do|vad gor jag|where do i|var (skriver|hittar|gor))\b/;

const OTHER_PASSWORDS =
  /\b(should|do i (need|have) to|must|ska|behover|maste|borde)\b.{0,25}\b(change|reset|byta|byt|andra)\b.{0,40}\b(passwords?|losenord\w*|losen)\b/;
const ROUTER_PASSWORD = /\b(wifi|wi-fi|router\w*|admin\w*|natverk\w*|network)\b/;
const OTHER_ACCOUNTS =
  /\b(phone|mobil\w*|telefon\w*|e-?mail|mejl\w*|bank\w*|account\w*|konto\w*|apps?|appar\w*|other|andra|ovriga|too|also|ocksa|aven)\b/;

/** "hur länge tills internet funkar igen?", "when will the internet be back?" — asked, not a condition. */
const SERVICE_BACK =
  /\b(how long|how soon|hur lang tid|hur lange|hur snart)\b.{0,40}\b(internet|the net|natet|connection|uppkoppling\w*|anslutning\w*|wifi|works?|working|(?<!get |gets |call |write |hear |ring )back|up again|funka\w*|fungera\w*|igang|tillbaka)\b|(?:^|[.!?,]\s*|\b(?:och|men|sa|ok|and|but|so)\s+)(?:nar (?:kommer|funkar|fungerar|ar|blir)|when (?:will|does|is|do|can))\b.{0,40}\b(internet|the net|natet|connection|uppkoppling\w*|anslutning\w*|wifi|work\w*|(?<!get |gets |call |write |hear |ring )back|up again|fixed|funka\w*|fungera\w*|igang|tillbaka|atgardat)\b/;
const PAYMENT = /\b(betal\w*|pay\w*|paid|faktur\w*|invoice|bill)\b/;

const CONTACT_MYSELF =
  /\b(should|do i (need|have) to|must|shall|ska|behover|maste|borde)\s+(i|jag)\b.{0,20}\b(contact|call|ring\w*|write to|reach|kontakta|mejla|skriva till|hora av mig)\b|\b(contact|call|kontakta|ringa) (them|dem|dom|billing|sales|faktura\w*|salj\w*)\b.{0,20}\b(myself|my self|sjalv|sjalva)\b|\b(?:do|must|should|shall) (?:i|we) (?:need to |have to |got to )?(?:contact|call|phone|ring) (?:someone|anyone|anybody|somebody|you|customer service|support)\b/;

/** "which number do I call?", "vilket nummer ska jag ringa?", "what's your phone number?": the number to call us on. */
const CALL_NUMBER =
  /\b(what|which|vilket|vilken|vad)( (is|ar|e))?( (your|the|ert|er|kundtjanstens|support\w*))?( phone| telephone| tel| telefon| support| customer service)? ?(number|nummer|nr)\b[^.?!]{0,30}\b(call|ring|ringa|ringer|phone|dial|reach)\b|\b(call|ring|ringa|dial)\b[^.?!]{0,20}\b(what|which|vilket|vilken) (phone |telefon)?(number|nummer)\b|\bwhat'?s (your|the) (phone |support |customer service )?number\b|\b(vad|vilket) (ar|e) (ert|kundtjanstens|supportens) (telefon)?nummer\b|\b(what|which|vilket|vilken|vad)( (is|ar|e|har))?( (the|your|ert|er))?( phone| telephone| telefon)? ?(number|nummer|nr)\b[^.?!]{0,20}\b(for|to|till|at|har|has|does) ?(the )?(kundtjanst\w*|customer (service|support)|support\w*|you|er|billing|fakturaavdelning\w*)\b|\b(kundtjanstens|supportens|your|customer service'?s?|er|ert) (phone |telephone |telefon)?(number|nummer|nr)\b|\b(telefon)?(nummer|nr) (till|for) (er|kundtjanst\w*|support\w*)\b|\b(phone |telephone )?number (for|of|to) (the )?(customer service|support|you)\b/;

const INTRUDER_NOW =
  /\b(someone|somebody|a stranger|strangers|people|hackers?|nagon|nan|nagra|framlingar|hackare)\b.{0,40}\b(is|are|on|in|using|uses|inne|pa|anvander|ar)\b.{0,30}\b(network|wifi\w*|wi-fi|router\w*|nat|natet|natverk\w*)\b.{0,40}\b(right now|now|at the moment|just nu|nu|fortfarande|still)\b/;

/** "is it my wifi or your line?", "är det wifit eller linjen?". */
const WIFI_WORD = String.raw`\b(wifi\w*|wi-fi|tradlos\w*|tradlost)\b`;
const LINE_WORD = String.raw`\b(line|linjen?|your (end|side|network)|er sida|ert nat|hos er|connection|anslutning\w*|uppkoppling\w*|fiber\w*|bredband\w*|broadband)\b`;
const LINE_OR_WIFI = new RegExp(
  `${WIFI_WORD}.{0,30}\\b(or|eller)\\b.{0,30}${LINE_WORD}|${LINE_WORD}.{0,30}\\b(or|eller)\\b.{0,30}${WIFI_WORD}`,
);

/** "kan jag byta till ett eget lösenord själv?", "can i change it to something easier to remember?". */
const OWN_PASSWORD =
  /\b(eget|mitt eget|vart eget|own)\b.{0,20}\b(losen\w*|password\w*|nyckel\w*|key)\b|\b(losen\w*|password\w*)\b.{0,30}\b(sjalv|sjalva|myself|ourselves)\b|\b(change|set|pick|choose|byta|byt|andra|satta|valja)\b.{0,30}\b(easier|simpler|something i can remember|lattare|enklare|nat jag kommer ihag)\b/;
/** Passwords that are not the Wi-Fi key: the customer portal, the router's admin page, other accounts. */
const OTHER_PASSWORD =
  /\b(mina sidor|my pages|portal\w*|kundportal\w*|konto\w*|account\w*|e-?mail|mejl\w*|bank\w*|admin\w*|inloggning\w*)\b/;
/** "how do i log in to the router?", "hur kommer jag in i routern?". */
/** (Not "will the port stay open if the router restarts?": that is about the rule, not the login.) */
/** "whats the settings page", "where do i actually type that password?", "var skriver jag in lösenordet?". */
const ROUTER_LOGIN = new RegExp(
  [
    /\b(log ?in|logga (mig |oss )?in|loggar (jag |man |vi )?in|sign in|get (in)?to|access|komma in|kommer (jag |man )?in|(?<!\b(?:stay|stays|remain|remains|be|still|kept|keep) )open|oppna)\b.{0,25}\b(router\w*|admin ?(page|sida|sidan)|adminsida\w*|installningssida\w*|settings page|modem\w*)\b/,
    /\b(what'?s|whats|what is|which is|where'?s|wheres|where is|vad ar|vilken ar|var ar|var finns|var hittar (jag|man))\b.{0,20}\b(settings? page|admin ?page|router ?page|installningssida\w*|adminsida\w*|routersida\w*)\b/,
    /\b(where|how|var|hur)\b.{0,25}\b(type|enter|put in|skriv\w* (jag |man )?in|mata\w* (jag |man )?in)\b.{0,25}\b(admin\w*|((that|the|this|my) )?(new )?password|(det )?(nya )?losenordet)\b(?!.{0,20}\b(wi-?fi|tv\w*|phone|mobil\w*|playstation|xbox|device|enhet\w*)\b)/,
  ]
    .map((r) => r.source)
    .join('|'),
);

/** "my wifi is a bit slow in the kitchen, is that normal?", "and the kitchen wifi?", "svagt wifi i sovrummet?". */
const WIFI = /\b(wi-?fi\w*|wlan|tradlos\w*|natet)\b/;
const WIFI_WEAK =
  /\b(slow\w*|weak\w*|bad|poor|drops?|patchy|spotty|seg\w*|langsam\w*|svag\w*|dalig\w*|daligt|samre|tappar|hackar)\b/;
const FAR_ROOM =
  /\b(kitchen|bedroom|living room|upstairs|downstairs|basement|garage|garden|attic|office|other (end|side|room)|far (away|from)|through (the )?walls?|another room|kok\w*|sovrum\w*|vardagsrum\w*|overvaning\w*|nedervaning\w*|kallare\w*|garage\w*|tradgard\w*|vind\w*|kontor\w*|andra (sidan|anden|rummet)|langt (bort|fran)|genom (vaggar|vaggen)|ett annat rum|rummet)\b/;
const IS_NORMAL = /\b(is (that|this|it) normal|normal\??$|ar (det|de) normalt|normalt\?)/;

/** "fibre cut?? i have cable", "how does a fibre cut affect me when i'm on cable?": another access than the cut's. */
const FIBRE = /\b(fib(re|er)\w*|fiberavbrott\w*)\b/;
const OTHER_ACCESS_OR_ME =
  /\b(cable|coax|kabel-?tv\w*|kabeltv\w*|kabelmodem\w*|(a)?dsl|vdsl|copper|koppar\w*|phone line|telefonjack\w*|not fib(re|er)|inte fiber|affect (me|us|my \w+)|paverka\w* (mig|oss|min|mitt))\b/;
/** "wifi lampan blinkar hela tiden är det normalt?", "the wifi light keeps flashing, is that ok?". */
const LIGHT = /\b(lampa\w*|lamporna|lampor|ljus\w*|lights?|leds?|diod\w*)\b/;
const BLINKS = /\b(blink\w*|flash\w*|flimr\w*|flicker\w*|lyser och slacks|gar av och pa)\b/;

/** "what can i do meanwhile?", "mitt möte är om en timme. vad ska jag göra?", "finns det nåt jag kan göra tills dess?". */
const MEANWHILE =
  /\b(meanwhile|in the meantime|until then|till then|until it'?s (fixed|back)|tills dess|till dess|sa lange|under tiden|medan (jag vantar|vi vantar))\b/;
const NEEDS_NOW =
  /\b(meeting|mote\w*|call|samtal|work from home|working from home|wfh|jobbar (hemifran|hemma)|jobba (hemifran|hemma)|exam\w*|tenta\w*|deadline)\b/;
const RESTART = /\b(restart\w*|reboot\w*|starta om|startar om|omstart\w*|unplug\w*|dra ur)\b/;
const WHAT_DO =
  /\b(what (should|do|can|shall) (i|we) do|vad ska (jag|vi) gora|vad gor (jag|vi)|what now|nagot jag kan gora|nat jag kan gora|anything (i|we) (can|could) do|(nagra|nat|nagot|ngt|ett par|any|some|a few|got any) (tips|rad|ideer|forslag|advice|ideas|suggestions)|(maste|ska) vara med|(must|have to|need to|got to) (be on|be in|attend|join))\b/;
/** "will it be fixed before 19? what do I do otherwise?", "vad gör jag annars?": what to do if it is not fixed in time. */
const OTHERWISE =
  /\b(otherwise|or else|if not|if it'?s not|if it isn'?t|annars|om inte|om det inte (ar|blir) klart)\b/;
/** "anything I can do, like a 4G router or something?": a stopgap named beside "what can I do" (round 29, b6). */
const STOPGAP =
  /\b(4g|5g|mobil\w*|mobile|hotspot\w*|surfzon\w*|tether\w*|dela (internet|natet|uppkopplingen)|share (my |the )?(phone|data|connection))\b/;
/** "och mötet kl 18 då?", "and my meeting at 6?": what the customer needs the connection for, asked after. */
const WHAT_ABOUT_NEED =
  /\b(och|what about|how about|and) ((mitt|my|the|vart|our) (mote\w*|meeting|call|samtal|tenta\w*|exam)|motet|tentan)\b[^.!?]{0,20}\?/;

/** "och namnbytet då?", "did the name change work?", "heter wifit Berg hemma nu?": the rename asked after. */
const RENAME =
  /\b(namnbyte\w*|byt(a|e|t)? namn\w*|bytt namn|bytte namn|nya namn\w*|nytt namn|wifi-?namn\w*|natverksnamn\w*|namnet pa (wifi\w*|natet|natverket)|heter (wifi\w*|natet|natverket)|renam\w*|name change\w*|changed? the name|new name|(wifi|wi-fi|network) name|the name)\b/;

/** The 5 GHz band's name asked about (folded): "is the 5 GHz one called …", "heter 5 GHz-nätet …", "-5G renamed?". */
const FIVE_GHZ_NAMED =
  /\b5 ?(ghz|g)\b[^.?!]{0,40}\b(called|named|name|renamed|changed|heter|namn\w*|dopt\w*|bytt)\b|\b(called|named|renamed?|heter|dopt\w*|dop\w* om)\b[^.?!]{0,30}\b5 ?(ghz|g)\b/;

/** "jag kommer ju inte in utan lösenordet", "what's the password?": the Wi-Fi key wanted (folded). */
const KEY_WHERE =
  /\b((utan|without) (the |a )?(nya |new )?(wifi-?|wi-fi )?(losenordet|losen|password)|(vad|vilket) (ar|var|e) (det nya |nya )?(wifi-?)?(losenordet|losenord)|what'?s (the|my) (new )?(wifi |wi-fi )?password|what is (the|my) (new )?(wifi |wi-fi )?password|(vill ha|fragar efter|asks? for|wants?) (the |a |ett )?(nya |new )?(wifi-?|wi-fi )?(losenordet|losenord|password))\b/;

/** "ska jag polisanmäla?", "should i report it to the police?". */
const POLICE = /\b(polis\w*|police|cops?|report (it|this|them|a crime)|brottsanmal\w*)\b/;
/** "är det bindestrecken med?", "frågan om strecken fick jag inget svar på": the new key as written. */
const KEY_MARKS = /\b(bindestreck\w*|streck(en|et)?|hyphens?|hyphenated|dash(es)?)\b/;
/** "försvinner de okända enheterna nu?", "are the unknown devices gone now?": after the lock-down. */
/** A device told to work again, no question about it (folded): "datorn kom igång när jag slog av o på wifi". */
const DEVICE_BACK =
  /\b(kom igang|kom in|kom upp|gick igang|ar igang|funkar (nu|igen)|fungerar (nu|igen)|funkade|fungerade|works (now|again)|worked|is back|came back|got (it )?(back|working)|is online)\b/;
const DEVICES_OUT =
  /\b(aker|kastas|slangs|stangs|blir|is|are|will|gets?)\b.{0,12}\b(grannen|grannarna|the neighbou?rs?|neighbou?rs?)\b.{0,12}\b(ut|out|utelast\w*|utestangd\w*|kicked out|locked out|blocked)\b|\b(neighbou?rs?|neighbou?rs'? \w+|granne\w*|grannarna|intruders?|inkraktare\w*|hackers?|hackare\w*|stranger\w*|framling\w*)\b.{0,30}\b(kicked (out|off)|locked out|thrown (out|off)|blocked|cut off|off (my|the) (network|wifi)|out now|still (on|in|get in)|utelast\w*|utestang\w*|kastas ut|kastad\w* ut|sparrad\w*|ute nu|ute ur|borta|kvar)\b|\b(unknown|strange|foreign|other people'?s|okand\w*|frammande|konstiga)\b.{0,20}\b(devices?|enhet\w*|grejer|prylar|units|things)\b|\b(forsvinn\w*|disappear\w*|go away|kicked (out|off)|utelast\w*|utkastad\w*)\b.{0,30}\b(devices?|enhet\w*|de|dom|they|them)\b|\b(is|are|ar|e|sitter) (the |that |this |den |den dar )?(device|devices|enheten|enheterna)\b.{0,10}\b(still|fortfarande|kvar)\b/;

/**
 * "so the kid is off now right?", "anyone who doesnt know the new password is kicked off now, yes?", "så
 * grannungen är ute nu va?", "då kommer inte grannens barn in längre?": whoever used the Wi-Fi, off it now.
 */
const OTHERS_OFF =
  /\b(kid|kids|child|children|teen\w*|boy|girl|he|she|anyone|anybody|whoever|everyone( else)?|people|freeloader\w*|neighbou?rs?'? ?(kid|kids|child|son|daughter|boy|girl)s?|barnet|barnen|ungen|ungarna|grannung\w*|grannbarn\w*|grannens (barn|unge|ungar|son|dotter|kille|tjej)|han|hon|nagon|alla)\b[^.?!]{0,50}\b(off|out|kicked|locked out|blocked|thrown|cut off|ute|utkastad\w*|utelast\w*|borta|can'?t get (on|in|back)|cant get (on|in|back)|kommer (inte )?in)\b|\bkommer (inte )?(han|hon|grannen\w*|grannens \w+|barnet|ungen|grannung\w*|nagon|de|dom) (inte )?in\b/;

function sentences(t: string): string[] {
  return t.split(/(?<=[.!?])\s+/).filter(Boolean);
}

/** "do i have to pay the 649 before they answer, its due on the 10th", "ska jag betala fakturan innan de svarat?". */
const PAY_BEFORE =
  /\b((do|should|must) (i|we) (have to |need to |still )?pay|(have|need) to pay|(ska|maste|behover) (jag|vi) (\w+ )?betala|betalar (jag|vi))\b.{0,40}\b(before|first|meanwhile|anyway|or not|the full|full amount|innan|forst|under tiden|anda|hela|eller inte)\b|\bdue (on|date)\b|\bforfall\w*/;

/** "04:10 i natt??", "ok so 4 in the morning?": a time of day asked back (the expected end of an outage). */
/** "vad händer om det inte är klart kl 7?", "what if it isn't fixed by then?": the repair running late. */
const RUNS_LATE =
  /\b(vad hander|what happens|what if|och om|and if|tank om|men om|but if|ifall|om|if)\b[^.?!]{0,30}\b(inte|not|isn'?t|isnt|aint|wont|won'?t|ej)\b[^.?!]{0,25}\b(klart|fixat|lagat|atgardat|igang|uppe|funkar|fungerar|funka|fungera|fixed|done|ready|back|repaired|sorted|up|works?|working)\b|\b(drar ut pa tiden|tar langre( tid)?|blir (forsenad|forsenat|sen)|takes longer|runs? (late|over)|is delayed|gets delayed|overruns?)\b/;

const TIME_ASKED =
  /\b(\d{1,2}[:.]\d{2}|\d{1,2} ?(am|pm)|(at|kl|klockan) ?\d{1,2}|\d{1,2} (in the|i) (morning|evening|afternoon|night|natt|morgon\w*|kvall)|(tonight|tomorrow|i natt|inatt|i kvall|ikvall|imorgon|i morgon)\b[^.!?]{0,10}\?)/;

/** "is it fixed in like 4 hours or what", "typ 5 timmar alltså??": a repair time in hours, asked back. */
const HOURS_ASKED =
  /\b(in|within|om|inom)( like| about| roughly| around| typ| ungefar| kanske| cirka| ca)? \d{1,2}(-\d{1,2})? ?(hours?|hrs?|h|timmar|timme|tim)\b|^(\w+ ){0,3}\d{1,2}(-\d{1,2})? ?(hours?|hrs?|timmar|timme)\b[^.!?]{0,12}\?/;

/** "is 17:12 a promise?", "kan ni lova det?", "is that guaranteed?": the expected end asked to be sure. */
const PROMISE = /\b(promise\w*|guarante\w*|lofte\w*|lova\w*|lovar|garant\w*)\b/;

/**
 * "should I do anything?", "o ska ja göra nåt när det e lagat?", "do I need to do anything once it is fixed?":
 * whether the customer has to do something (folded). "anything I can do meanwhile" is the stopgap (meanwhile).
 */
const DO_ANYTHING =
  /\b(should|do|must|need|have|ska|behover|maste|bor|borde)\b( \w+){0,3} (do|gora) (anything|something|nat|nagot|ngt|nagonting|nanting)\b|\b(anything|something|nat|nagot|ngt|nagonting|nanting) (i|we|jag|ja|vi|man) (need|have|should|must|behover|maste|ska|bor|borde) (to )?(do|gora)\b/;

/** "outage or my equipment?", "är det mitt modem eller ert nät?": which side the fault is on, asked as a choice. */
const EQUIPMENT =
  /\b(equipment|modem\w*|router\w*|box\w*|fiberbox\w*|hardware|utrustning\w*|grejer\w*|prylar\w*)\b/;
const OUR_NETWORK =
  /\b(outage\w*|network|your (side|end)|the cut|fib(re|er) cut|natet|ert nat|nat(et)? hos er|er sida|avbrott\w*|driftstor\w*|storning\w*|fiberavbrott\w*|kabelbrott\w*)\b/;
const EITHER = /\b(or|eller|which (is it|one)|vilket (ar det|e det))\b/;

/** "the orange light, because of the cut and not the modem being broken?": a light blamed on the outage. */
const CUT_OR_BROKEN =
  /\b(outage\w*|cut|broken|faulty|dead|avbrott\w*|driftstor\w*|storning\w*|trasig\w*|sonder|paj\w*)\b/;

/** "is my slow 4G on the phone part of it too?", "mobilen är seg på 4G, samma fel?": the mobile network. */
const MOBILE_NET = /\b([345]g|lte|mobile (data|network|internet)|mobildata\w*|mobilnat\w*|mobilsurf\w*)\b/;
const SAME_OR_SLOW =
  /\b(slow\w*|seg\w*|trog\w*|laggar|same (fault|problem|issue|thing|outage)|samma (fel|problem|sak|avbrott)|part of (it|this|that|the)|related|connected|affected|because of|paverka\w*|ocksa|too|also|as well|beror)\b/;

/** "how much would that be roughly?", "hur mycket blir det ungefär?": the size of a refund. */
const REFUND_AMOUNT =
  /\b(how much|what amount|how big|hur mycket|vilket belopp|hur stor\w*)\b[^.!?]{0,40}\b(would|will|could|do|does|is|be|back|refund\w*|discount\w*|get|blir|far|kan|tillbaka|avdrag\w*|ersattning\w*|roughly|ungefar|typ|about|money|pengar)\b/;

/** "can i use my phone as a hotspot or will that cost extra", "and the hotspot?": what a hotspot costs. */
const HOTSPOT =
  /\b(hot ?spot\w*|surfzon\w*|tether\w*|dela (internet|natet|uppkoppling\w*|mobilen)|delad uppkoppling|internetdelning)\b/;
const COSTS =
  /\b(cost\w*|extra|charg\w*|pay\w*|free|fee\w*|expensive|bill\w*|kost\w*|avgift\w*|gratis|betala\w*|dyr\w*|pengar|money|data)\b/;

/** "vad är de extra 250 kronorna för?", "what's the extra 250 kr for?": a line of the invoice asked about. */
const AMOUNT = /\b\d{2,5} ?(kr|kronor|kronorna|sek|:-|spann|spänn)(?=\W|$)/;
const WHAT_FOR = /\b(what|whats|vad|varfor|why|vilken|vilket|which|how come)\b/;

/** "so were we actually hacked or just a neighbour?", "blev vi hackade?": asked, never told ("I think we're hacked"). */
const HACKED = /\b(hacked|hackad\w*|hackat|hacker\w*|hackare\w*|intrang|break-?in|broken into)\b/;

/** "i ran speedtest … got 38,5 down", "bredbandskollen visar 40": a speed test of the customer's own. */
const OWN_TEST =
  /\b(speed ?test\w*|speedtest\w*|test|testet|tests|showed|shows|visade|visar|hastighetstest\w*|bredbandskollen|fast\.?com|ookla|tested|testade|testat|matte|matt|measured|measuring|get|got|getting|far|fick|down|ner|ned|download|nedladdning)\b/;

/** "38,5 down", "41,3 ner", "40 mbit": a measured speed, decimals too. */
const SPEED_DOWN =
  /\b\d{1,4}(?:[.,]\d{1,2})?\s*(?:mbit\w*|mbps|mb\/s|mb|megabit\w*)?\s*(?:down|ner|ned|nedat|download|nedladdning)\b|\b\d{1,4}(?:[.,]\d{1,2})?\s*(?:mbit\w*|mbps|mb\/s|megabit\w*)\b/;

/** The after-outcome questions in `text` (none for a new fault report, a request or small talk). */
export function afterQuestions(text: string): AfterQuestion[] {
  const t = fold(text).replace(/\s+/g, ' ').trim();
  const parts = sentences(t);
  const asks = (s: string) => ASKS.test(s);
  const anyAsks = parts.some(asks);
  const found: AfterQuestion[] = [];
  // "måste jag byta det tillfälliga lösenordet direkt?": about what the case did (case-actions.ts).
  if (asksAboutAnAction(t, anyAsks)) found.push('case_action');
  if (INTRUDER_NOW.test(t)) found.push('intruder_now');
  // "wps. is it on or off on my router": the thing and the question may be sentences apart.
  if (anyAsks && SECURITY_THING.test(t)) found.push('security_state');
  if (CAUSE_WHY.test(t)) found.push('cause_why');
  if (
    parts.some(
      (s) =>
        IF_TROUBLE.test(s) ||
        (asks(s) && (WILL_AGAIN.test(s) || topicsOf(s).includes('for_good'))) ||
        NOT_AGAIN.test(s) ||
        PREVENT_AGAIN.test(s),
    )
  )
    found.push('recurrence');
  // "ja, tv:n? hur ansluter jag den till nya lösenordet": the device and the how may be sentences apart.
  // "the printer is an HP, is there a button or something?": WPS or the device's own menu, answered once.
  // "är de konstiga enheterna borta nu? och ska jag byta lösen på min mail?": strange devices asked
  // about are no device of the customer's to connect.
  // "the phone?? it's plugged into the router, does it work now?": a phone through the router, no Wi-Fi device.
  // "datorn kom igång när jag slog av o på wifi": a device told to be back is none to connect.
  const own = topicsOf(t).includes('router_phone')
    ? ''
    : parts.filter((s) => !DEVICES_OUT.test(s) && !DEVICE_BACK.test(s)).join(' ');
  // "hur får jag in skrivaren?": a device with no screen joins with WPS or its own app.
  if (anyAsks && HEADLESS.test(t) && (BUTTON.test(t) || (CONNECT.test(own) && HOW.test(t))))
    found.push('device_button');
  else if (DEVICE.test(own) && CONNECT.test(own) && (HOW.test(t) || anyAsks)) found.push('connect_device');
  if (parts.some((s) => OTHER_PASSWORDS.test(s) && OTHER_ACCOUNTS.test(s) && !ROUTER_PASSWORD.test(s)))
    found.push('other_passwords');
  if (anyAsks && parts.some((s) => SERVICE_BACK.test(s) && !PAYMENT.test(s) && !CONDITIONAL.test(s)))
    found.push('service_back');
  // "if it drops again, should I write here or call?": the what-if answer says where to write.
  // "vilket nummer ska jag ringa då?": which number to call, never whether to call at all.
  if (parts.some((s) => CALL_NUMBER.test(s))) found.push('call_number');
  // ("måste jag kontakta er varje gång det kommer en uppdatering?": how updates come, answered as such.)
  else if (
    !found.includes('recurrence') &&
    parts.some((s) => CONTACT_MYSELF.test(s) && !UPDATES_FUTURE.test(s))
  )
    found.push('contact_myself');
  if (parts.some((s) => asks(s) && LINE_OR_WIFI.test(s))) found.push('line_or_wifi');
  if (parts.some((s) => OWN_PASSWORD.test(s) && !OTHER_PASSWORD.test(s))) found.push('own_wifi_password');
  // "where do i type it? whats the settings page": the asking and the page may be sentences apart.
  if (anyAsks && parts.some((s) => ROUTER_LOGIN.test(s))) found.push('router_login');
  // A worry about the Wi-Fi further from the router (no fault named): the range advice, not a new case.
  if (
    anyAsks &&
    WIFI.test(t) &&
    FAR_ROOM.test(t) &&
    (WIFI_WEAK.test(t) || IS_NORMAL.test(t) || t.length < 40)
  )
    found.push('wifi_range');
  if (parts.some((s) => asks(s) && PAY_BEFORE.test(s))) found.push('pay_before');
  // "what plan do i actually have, 250 or 1000?": the subscription, from the service record.
  if (asksOwnPlan(t)) found.push('my_plan');
  // "so the orange light is just the outage, not the modem broken?": a light blamed on the outage (after-answers.ts
  // answers it only during one, and then not also whether blinking is normal).
  const lightOutage = parts.some((s) => asks(s) && LIGHT.test(s) && CUT_OR_BROKEN.test(s));
  if (lightOutage) found.push('light_outage');
  if (anyAsks && LIGHT.test(t) && BLINKS.test(t)) found.push('light_blinking');
  // "so which is it? outage or my equipment?": the asking and the choice may be sentences apart.
  if (anyAsks && !lightOutage && EQUIPMENT.test(t) && OUR_NETWORK.test(t) && EITHER.test(t))
    found.push('which_fault');
  if (parts.some((s) => asks(s) && MOBILE_NET.test(s) && SAME_OR_SLOW.test(s) && !HOTSPOT.test(s)))
    found.push('mobile_data');
  // "o ska ja göra nåt när det e lagat?": nothing to do (a stopgap meanwhile is the meanwhile answer).
  if (parts.some((s) => asks(s) && DO_ANYTHING.test(s) && !MEANWHILE.test(s) && !RESTART.test(s)))
    found.push('do_when_fixed');
  // The hyphens of a key the case generated: answered when it did, however it is mentioned.
  if (KEY_MARKS.test(t)) found.push('key_format');
  if (KEY_WHERE.test(t) && !found.includes('connect_device')) found.push('key_where');
  if (anyAsks && FIBRE.test(t) && OTHER_ACCESS_OR_ME.test(t)) found.push('outage_access');
  // "should i restart it meanwhile?" is about the restart (case-questions.ts answers it).
  if (
    anyAsks &&
    !RESTART.test(t) &&
    (MEANWHILE.test(t) ||
      WHAT_ABOUT_NEED.test(t) ||
      ((NEEDS_NOW.test(t) || STOPGAP.test(t) || OTHERWISE.test(t)) && WHAT_DO.test(t)))
  )
    found.push('meanwhile');
  // "will the tv need the new name?" is the device's question (connect_device), answered once.
  // ("is the 5 GHz network now called LindHome too, or still the old name?", "did you rename the 5G one too?")
  if (anyAsks && (RENAME.test(t) || FIVE_GHZ_NAMED.test(t)) && !found.includes('connect_device'))
    found.push('rename_done');
  // After a security lock-down: "ska jag polisanmäla? och försvinner de okända enheterna nu?".
  if (parts.some((s) => asks(s) && POLICE.test(s))) found.push('police_report');
  if (anyAsks && DEVICES_OUT.test(t) && !found.includes('intruder_now')) found.push('devices_out');
  // "so the kid is off now right?": only a new Wi-Fi key answers it (after-answers.ts), never a visit's "out".
  else if (anyAsks && OTHERS_OFF.test(t) && !found.includes('intruder_now')) found.push('others_off');
  // During an outage: "04:10 i natt??" (the expected end asked back), "how much would that be roughly?",
  // "will the hotspot cost extra?" — answered from the incident and the catalogue (after-answers.ts).
  // "och vad händer om det inte är klart kl 7": the repair running late, not the time said again.
  // "and 17:12, is that a promise?": an estimate, never the time said again.
  if (parts.some((s) => asks(s) && PROMISE.test(s))) found.push('eta_promise');
  else if (parts.some((s) => asks(s) && RUNS_LATE.test(s))) found.push('eta_late');
  else if (
    !found.includes('service_back') &&
    parts.some(
      (s) => (s.includes('?') && TIME_ASKED.test(s)) || ((s.includes('?') || asks(s)) && HOURS_ASKED.test(s)),
    )
  )
    found.push('eta_check');
  if (parts.some((s) => s.includes('?') && HACKED.test(s))) found.push('was_hacked');
  // "i ran speedtest with cable and got 38,5 down. thats not 120??": compared with the desk's own test.
  // "my speedtest said 12,4 not 120": a decimal figure is a measured speed too. Only a figure said as a speed
  // counts: "I have meetings 13-15" is no test result (round 27, c5).
  const ownFigure = saidSpeedTest(t) !== null || SPEED_DOWN.test(t);
  if (OWN_TEST.test(t) && ownFigure) found.push('own_speed_test');
  if (parts.some((s) => AMOUNT.test(s) && WHAT_FOR.test(s) && (asks(s) || /\?/.test(t))))
    found.push('invoice_line');
  else if (parts.some((s) => asks(s) && REFUND_AMOUNT.test(s))) found.push('refund_amount');
  if (parts.some((s) => HOTSPOT.test(s) && (COSTS.test(s) || (s.includes('?') && s.length < 40))))
    found.push('hotspot_cost');
  return found;
}

const UNANSWERED =
  /\b(you (didn'?t|did not|never|haven'?t|have not) answer\w*|(didn'?t|did not|never) answer\w*|answer (my|the) question|no answer|ni svarade inte|du svarade inte|svarade inte|svarade (ni |du )?aldrig|(ni|du) (har )?aldrig (svarat|svarade)|(har )?(ni|du) inte svarat|har inte svarat|inget svar|svara pa (min |frågan|fragan)|svara pa fragan|i (just )?asked( you)?|i was asking|jag (fragade|undrade)( ju| ju bara)?|(you|u) (never|didn'?t|did not|haven'?t|have not) (explain\w*|tell|told|say|said)|(ni|du) (har )?(aldrig|inte) (forklarat|forklarade|berattat|berattade|sagt|sa)|(ni|du) (forklarade|berattade|sa) (aldrig|inte))\b/;

/** "you didn't answer, …", "3 typ, ni svarade inte på frågan": the customer is still waiting for an answer. */
export function complainsUnanswered(text: string): boolean {
  return UNANSWERED.test(fold(text).replace(/[’`]/g, "'"));
}
