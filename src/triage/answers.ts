import { speedsByPlace } from './speeds-by-place.js';
import type { AskKey, Language } from '../domain/index.js';
import { innerGoAhead } from './inner-go-ahead.js';
import { beforeBenefitCondition } from './conditional-yes.js';
import {
  customerNumbers,
  findVolunteeredPin,
  namedCustomerNumbers,
  parsePortForward,
  parseWifiName,
  withoutNonPinNumbers,
} from './entities.js';
import {
  ACKNOWLEDGEMENT,
  CLOSING_NO,
  closingSentence,
  politeDecline,
  yesAfterBut,
  yesToRequest,
} from './closing-answer.js';
import { declinesRename } from './hedged-name.js';
import { hedgeAlternation, SOFTENERS } from './hedge-words.js';
import { parseLights, type LightName, type LightObservation } from './lights.js';
import { cleanText, fold } from './normalize.js';
import {
  reportsStepDone,
  saysStepDoneInOtherWords,
  statementsOf,
  stepDoneInThePast,
  stepEffectTold,
} from './step-done.js';
import { reportedSpeed, saidSpeedTest, testOnWifi } from './speed-report.js';
import { concludesYes, saysItWorks, withoutDeskRemarks, withoutQuestions } from './confirm-words.js';
import { lacksWhatStepNeeds } from './step-lacks.js';
import { confirmClauses, withoutHarmlessStill } from './confirm-clauses.js';
import { stepStateReached } from './step-state.js';
import { donePlainly, stepRefusal } from './step-refused.js';
import { withoutOtherNumbers } from './other-numbers.js';

// Answers to the desk's quick-reply questions (ask keys), in Swedish and English.

export type ParsedAnswer =
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'unknown' }
  /** `inWords`: the customer said what they found and did ("it was loose, pushed it back in"). */
  | {
      kind: 'done';
      inWords?: true;
      measuredMbps?: number;
      partly?: true;
      /** Part of the step is left undone for now ("the wall end is behind the sofa"): never the whole step. */
      restLeft?: true;
      earlier?: true;
      /** The speed was measured on the 5 GHz Wi-Fi, not on the cable the step asked for. */
      onWifi?: true;
      /** Beside the speed near the router, the one measured further away ("40 in the kitchen"). */
      fartherMbps?: number;
    }
  /** `refused`: the customer would not do it ("jag vill inte starta om något"), rather than could not. */
  | { kind: 'cannot'; refused?: true }
  | { kind: 'customer_number'; value: string }
  | { kind: 'pin'; value: string }
  | ({ kind: 'lights' } & LightObservation)
  | { kind: 'scope'; value: 'all' | 'some' | 'one' }
  | { kind: 'connection'; value: 'wifi' | 'cable' | 'both' }
  | { kind: 'availability'; text: string; slots: string[] }
  | {
      kind: 'port_forward';
      port: number | null;
      protocol: 'tcp' | 'udp' | 'both' | null;
      ip: string | null;
      device: string | null;
      service?: string | null;
      /** The last port of a range ("3478-3480"). */
      portEnd?: number | null;
      /** Ports written that no rule can hold, as written. */
      badPorts?: string | null;
      /** The protocol comes beside the one already asked for ("udp too"). */
      protocolAdded?: boolean;
    }
  | { kind: 'location'; text: string; far: boolean | null }
  | { kind: 'csat'; score: number }
  | { kind: 'free'; text: string };

/**
 * A number the customer names as something else — a port ("port 3074", "udp 51820"), money, a speed —
 * is not a PIN attempt; counting it would burn one of the customer's three tries.
 */
/** "ipaden är inne nu", "the laptop is connected", "I see LindHome now and it connected": the device is back on the Wi-Fi (a "not" in between is no match). */
const REJOINED =
  /\b(it|she|he|they|(the|my|our) (phone|laptop|computer|tablet|ipad|tv|printer)|den|det|mobilen|telefonen|datorn|ipaden|skrivaren) (has |have |just |then )?(connected|joined|reconnected|anslot|anslots|kopplade upp sig)\b(?! to the old| till det gamla| inte\b| ej\b| aldrig\b| not\b| never\b)|\b(ar|e|is|are|it'?s|its|now) (inne|in|on|online|connected|ansluten|uppkopplad)\b|\b(ar|e|is|are|'s|'re)( (?!inte|ej|not|never|aldrig|still|fortfarande)[\w']+){0,2} (med|inne|back on|back online|online|connected|ansluten|ansluten|uppkopplad|pa wifi\w*|pa natet|on the wifi|on wifi) (igen|again|nu|now)\b|(?<!\b(?:inte|ej|not|never|aldrig|isn'?t|aren'?t|isnt|arent|ain'?t)(?: [\w']+)?\s)\b(back on|back online|inne igen|med igen|uppkopplad igen|ansluten igen|connected again|online again)\b|\b(kom in|got (it )?(in|on|connected))\b|\b(inne|ansluten|uppkopplad|connected|online) (nu|now)\b|\bnu (ar|e) ((?!inte\b|ej\b|not\b)[\w:']+ ){1,5}(inne|uppkopplade?|anslutna|ansluten|online|med pa wifi\w*|pa wifi\w*)\b(?! (igen )?(inte|ej)\b)/;

/** "ipaden är inne nu", "ps5 kom in": at the rejoin step, the device told back on the Wi-Fi (`said`: raw statements). */
export function rejoinedTold(askKey: AskKey, said: string): boolean {
  return askKey === 'step.rejoin_wifi' && REJOINED.test(clean(said));
}

const LABELLED_NUMBER =
  /\b(?:ports?|porten|portar|tcp|udp)\s*(?:nr\.?|number|nummer)?\s*\d+(?:\s*(?:-|och|and|,)\s*\d+)*|\d+\s*(?:kr|kronor|sek|mbit|mbps|mb|gb|ghz)\b/gi;

/**
 * "vad kostar 1000 ungefär?", "can I upgrade to 1000?": a number named as a price, a plan or a speed by the
 * words before it. Folded text; the number itself is left out of the match's end.
 */
const NAMED_AS_AMOUNT =
  /\b(?:kostar|kosta|kostnad\w*|costs?|price\w*|pris\w*|hur mycket|how much|uppgrader\w*(?: till)?|upgrad\w*(?: to)?|nedgrader\w*(?: till)?|downgrad\w*(?: to)?|(?:byta|ga|switch|go|change|move) (?:upp |ner |up |down )?(?:till|to)|hastighet\w*|speed|abonnemang\w*|plan)(?: \w+){0,2} $/;
/** "den har jag inte här", "I don't have it with me": no PIN at hand — a bare number beside it is something else. */
const NO_PIN_AT_HAND =
  /\b(den|det|koden|pin\w*) har jag (inte|ej)|har (den|det|koden|pin\w*) (inte|ej)|(har|vet) (inte|ej|ingen) (nan |nagon )?(pin\w*|kod\w*)|(don'?t|do not|dont) (have|know) (it|the pin|my pin|the code|a pin|any pin)|(have|got) no pin\b/;

function withoutLabelledNumbers(text: string): string {
  return text.replace(LABELLED_NUMBER, ' ');
}

/** `value` stands in `text` right after words that make it a price, a plan or a speed. */
function namedAsAmount(text: string, value: string): boolean {
  const at = text.indexOf(value);
  const clauseBefore =
    fold(text.slice(0, Math.max(0, at)))
      .replace(/\s+/g, ' ')
      .split(/[.!?;]/)
      .at(-1) ?? '';
  return at >= 0 && NAMED_AS_AMOUNT.test(clauseBefore);
}

/** A bare 4–6 digit number as the PIN, unless the words around it make it something else. */
function barePin(text: string): string | undefined {
  const m = PIN_ALONE.exec(text);
  if (!m) return undefined;
  if (namedAsAmount(text, m[1])) return undefined;
  if (namedAsYear(text.slice(0, m.index), m[1])) return undefined;
  // "i dont have it on me, maybe 1966? not sure": a number tried with a hedge is a PIN attempt all the same.
  if (NO_PIN_AT_HAND.test(fold(text)) && !HEDGED_TRY.test(fold(text.slice(0, m.index)))) return undefined;
  return m[1];
}

/** "maybe", "i think it's", "kanske", "tror det är" right before a number: a PIN tried, not known for sure (folded). */
const HEDGED_TRY =
  /\b(?:maybe|perhaps|possibly|probably|might be|could be|i think(?: it'?s| its| it is)?|i guess|try|kanske|kanske det ar|troligen|nog|tror (?:jag|det ar|att det ar|den ar|att den ar)|det kan vara|kan vara|testa|prova)[\s,:.]*$/;

/**
 * "a letter from 2020", "kunder sedan 2019", "back in 2018": a year after a word that dates it is no PIN
 * attempt. A bare "1966" stays a PIN (PINs are often years), so only the dating word decides.
 */
const YEAR_CUE =
  /\b(?:from|since|in|back in|of|dated|until|till|år|ar|sedan|sen|från|fran|daterat|daterad|anno|innan|before|after|efter)\s+$/i;
function namedAsYear(before: string, digits: string): boolean {
  return /^(?:19|20)\d\d$/.test(digits) && YEAR_CUE.test(before);
}

/** A 4–6 digit PIN, punctuation around it allowed ("5557.", "(4711)"), not part of a longer or dotted number. */
const PIN_ALONE = /(?<![\d.,:/+-])(\d{4,6})(?![\d]|[.,:/-]\d)/;

export const DONT_KNOW =
  /\b(vet inte|vet ej|vete (fan|tusan)|ingen aning|osaker|minns inte|kommer inte ihag|har ingen koll|don'?t know|do not know|dunno|not sure|no idea|no clue|can'?t remember|cannot remember|don'?t remember|unsure|idk|kan inte svara)\b|^(hmm+|eh+|\?+)$/;

const YES_START =
  /^(ye|yh|yess+|yas|okk+|go(?=[.!]*$)|why not(?=[\s.!,]*$|[.!,])|varfor inte(?=[\s.!,]*$|[.!,])|ja|jaa|japp|jepp|jo|joo|jajamen|jadu|absolut|visst|givetvis|garna|okej|ok|okey|okay|oki|k|sure|yes|yeah|yea|yep|yup|ya|y|aye|of course|certainly|definitely|correct|right|affirmative|stammer|precis|korrekt|go ahead|please do|do it|kor|kor pa|gor det|fixa det|go for it|sounds good|fine|alright|all right|absolutely|indeed|självklart|sjalvklart|varsagod|👍)\b/;
/** "i said yes", "I already told you ok", "jag sa ju ja", "har redan sagt ja": a yes said again, impatiently. */
const SAID_YES = String.raw`(?:i|i'?ve|i have)\s+(?:(?:already|just|literally|did|clearly)\s+)*(?:said|say|told you|answered|wrote)\s+(?:(?:it|that|you)\s+)?(?:yes|yeah|yep|ok|okay|sure|go ahead|do it)|(?:jag|ja)\s+(?:har\s+)?(?:(?:ju|redan|faktiskt)\s+)*(?:sa|sade|sagt|svarade|svarat|skrev|skrivit)\s+(?:(?:ju|redan|faktiskt)\s+)*(?:ja|ok|okej|kor)|(?:har|sa)\s+(?:ju\s+|redan\s+)+(?:sagt\s+)?ja`;
export const SAYS_YES_AGAIN = new RegExp(String.raw`\b(?:${SAID_YES})\b`);
export const YES_ANYWHERE =
  /\b(go ahead|gor det|kor pa|ja tack|yes please|sounds good|later bra|det gar bra|that'?s fine|fine by me|please do|do it|gärna|garna|okay with me|ok med mig|du far|you may|you can|har gjort det|i did|i have|jag har det|if you (must|have to|need to)|om ni (maste|behover)|om det behovs|if (it'?s )?(needed|necessary)|why not(?=[\s.!,]*$|[.!,])|varfor inte(?=[\s.!,]*$|[.!,]))\b/;
const NO_START =
  /^(nej|nae|na+(?=[.!]*$)|nix|nope|no|nah|nay|n|inte|icke|aldrig|never|don'?t|do not|gor inte|vanta|wait|stop|stopp|hold on|avbryt|cancel|not yet|inte an|inte annu|helst inte|rather not|no thanks|nej tack)\b/;
export const NO_ANYWHERE =
  /\b(nej tack|no thanks|rather not|helst inte|vill inte|don'?t want|do not want|inte an|not yet|har inte|haven'?t|have not|didn'?t|did not|not really|inte riktigt|inte direkt|not now|inte nu|hold off|vanta med (det|det dar)|gor inte (det|sa)|don'?t do (that|it)|later|senare|inte idag|not today|another time|en annan gang)\b/;

/** The 5 GHz Wi-Fi named as where the customer is now ("bytte till Nilsson-5G", "on the 5ghz network"). */
const ON_5GHZ =
  /\b5 ?ghz\b|\b[a-z0-9]+-5 ?g\b|\b5 ?g[- ]?(nat\w*|natverk\w*|network|wifi\w*|wi-fi|one|et)\b|\b(bytte|bytt|bytte over|switched|changed|moved|connected|anslot|kopplade upp mig) (over )?(till|to|mot|on)\b[^.?!]{0,25}\b5 ?g\b/;
/** A cable, said: then the test is the wired one. */
const WIRED_SAID = /\b(cable|cabled|wired|ethernet|kabel\w*|sladd\w*|natverkskabel\w*)\b/;
const WIFI_WORD = /\b(wi-?fi\w*|wlan|tradlos\w*|wireless)\b/g;

/**
 * "jag bytte till Nilsson-5G nu och speedtest visar 380. är det ok?": a speed measured on the 5 GHz Wi-Fi (no cable
 * said); the desk's reply to it says what the figure means, so a question about it is answered there.
 */
export function measuredOn5Ghz(text: string): boolean {
  return speedOn5Ghz(text) !== null;
}

/** The speed measured on the 5 GHz Wi-Fi ("switched to Nilsson-5G, speedtest says 310. is that ok?"), or null. */
export function speedOn5Ghz(text: string): number | null {
  const t = fold(String(text ?? '').slice(0, 600));
  if (!ON_5GHZ.test(t) || WIRED_SAID.test(t)) return null;
  return reportedSpeed(withoutQuestions(t.replace(WIFI_WORD, ' ')));
}

/** The network cable is connected now ("nu är den inkopplad", "it's plugged in"). */
export const PLUGGED_IN =
  /\b(inkopplad|inkopplat|kopplat in|kopplade in|kopplad|ansluten nu|plugged (it )?in|(it'?s|its|is) (now )?(connected|plugged in)|connected (it|now))\b/;

/** The step promised, not reported: "i can do that", "i'll do it now", "ja det kan jag göra", "det ska jag testa". */
const PROMISES_STEP =
  /\b(i can (do|try|test|run) (that|it|this|one|the test)|i'?ll (do|try|test|run) (that|it|this|one|the test)|i will (do|try|test|run) (that|it|this|one|the test)|will do|let me (do|try|run|test)|give me a (minute|moment|sec\w*)|(det|den|testet|dat) kan jag (gora|testa|kora|fixa|prova)|jag kan (gora|testa|kora|fixa|prova) (det|den|testet|dat)|det ska jag (gora|testa|kora|prova)|jag ska (gora|testa|kora|prova) (det|den|testet|dat)|(jag )?(gor|testar|kor|provar) det (nu|strax|direkt)|vanta (lite|en (stund|minut|sekund)))\b/;
/** Done said in so many words. */
const DONE_SAID =
  /\b(done|did it|did that|have done|i'?ve done|klart|klar|gjort|gjorde|ran it|ran the test|testade|korde)\b/;

/** A speed test was run or its result given ("45 mbit", "testade nu"). */
export const SPEED_TESTED =
  /\b(test\w*|speedtest\w*|mbit\w*|mb\/s|mbps|megabit\w*|\d{2,4}|ran (it|one|that)|did (it|one|that)|korde (det|den|ett)|gjorde (det|ett))\b/;

export const RESTARTED =
  /\b(startat om|startade om|bootat|rebooted|restarted|power ?cycled|dragit ur|drog ur|unplugged|already|redan|flera ganger|several times|twice|tva ganger)\b/;

/**
 * The step was done before it was asked, without effect ("jag har ju redan gjort det två gånger",
 * "did that before i wrote, twice"): a plain "already done" right after the ask is not enough.
 */
const DONE_EARLIER =
  /\b(tva ganger|flera ganger|manga ganger|twice|two times|several times|many times|innan jag (skrev|horde av mig|ringde)|before i (wrote|called|contacted)|tidigare|earlier|har ju redan|i already (did|tried|restarted|rebooted))\b/;

export const WORKS_NOW =
  /\b((?:network|wi-?fi|internet|connection|it)(?:'s| is| was)? back(?: on| up| again| now)?|connected (?:by itself|on its own|automatically|again)|(?:kopplade|anslot) (?:upp )?sig (?:sjalv\w*|automatiskt)|funkar|fungerar|works|working|seems (to work|like it|so|fine|ok)|looks like it|verkar (funka|fungera|sa|bra)|ser ut att (funka|fungera)|works now|working now|it works|it'?s working|its working|fixed|all good|allt funkar|funkar nu|fungerar nu|nu funkar|nu fungerar|det funkar|det fungerar|det loste sig|lost|back online|up again|tillbaka|igang|uppe igen|much better|mycket battre|perfekt|perfect|great|toppen|super|good enough|bra nog|tillrackligt bra|duger|ok now|okay now|okej nu|fine now|bra nu)\b|\b(?:i|we) can (?:now |finally |again )*(?:log ?in|sign ?in|get (?:in|on|online)|connect|go online|surf|browse|stream|watch|see (?:it|the network))\b|\b(?:i'?m|im|i am|we'?re|we are) (?:now |finally )?(?:in|logged in|signed in|online|connected)(?: now| again)\b|\b(?:now|finally) (?:i'?m|im|i am|we'?re|we are) (?:in|logged in|signed in|online|connected)\b|\b(?:got|logged|signed) (?:in|on)(?: fine| ok| okay| alright)? (?:now|again|fine)\b|\b(?:jag|vi) (?:kan|kom|kommer) (?:nu |ju |igen |aterigen )*(?:logga in|komma in|in|surfa|koppla upp|ansluta|se natet)\b|\bnu (?:kan|kommer|kom) (?:jag|vi) (?:in|logga in|komma in|surfa|ut pa natet)\b|\b(?:ar|blev) (?:jag|vi) (?:inloggad\w*|inne|uppkopplad\w*)\b/;
/** "he says his friend got in, yes!": a yes said as a clause of its own after the news. */
const YES_CLAUSE = /(?:^|[,;:!.]\s*)(?:yes|yeah|yep|yup|ja|japp|jepp|jo)(?:\s*[!.]+|\s*$)/;
/** "well its up right now yeah", "den är uppe nu ja": the yes said last, after the news, with no comma before it. */
const YES_LAST = /\s(?:yes|yeah|yep|yup|ja|japp|jepp|jo)\s*[!.]*$/;
/**
 * What a yes said last stands for when the words before it narrow it: an improvement only ("kinda faster yeah",
 * "lite bättre ja": whether it is good enough is asked once, confirm-kind.ts `better`), or one way of connecting,
 * one device or one place ("well on the cable yes", "vid routern ja", "on the laptop yeah"): a yes for that
 * only, never that the fault is gone.
 */
const YES_NARROWED =
  /\b(better|faster|quicker|improved|snappier|smoother|battre|snabbare|stabilare)\b|\b(on|over|via|with|using|near|next to|close to|by|in|at|from|med|vid|nara|bredvid|intill|i|pa|fran)( the| my| a| min| mitt| den| det)? (cable|wire|ethernet|lan|network cable|wi-?fi|5 ?ghz|2[.,]4( ?ghz)?|router|laptop|computer|pc|mac|phone|mobile|tablet|ipad|tv|console|kabel\w*|sladd\w*|natverkskabel\w*|wifi\w*|routern|datorn|laptopen|mobilen|telefonen|paddan|tv:n|hall\w*|kitchen|kok\w*|living room|vardagsrum\w*|bedroom|sovrum\w*|office|kontor\w*|room|rummet)\b/;
/**
 * "its up right now", "den är uppe nu", "internet is online again": the connection is up — never "up and down",
 * "uppe och nere" (that is the fault) nor "up to you".
 */
/** "it's up and down", "den går upp och ner", "on and off": still dropping, whatever yes stands beside it. */
const UP_AND_DOWN =
  /\b(up and down|on and off|off and on|comes and goes|coming and going|upp och ne(r|d)|av och pa|kommer och gar)\b/;
const UP_NOW =
  /\b(?:it'?s|its|it is|everything'?s|everything is|internet(?:et)? (?:is|ar)|(?:the )?(?:connection|network|wi-?fi|router) is|den (?:ar|e)|det (?:ar|e)|allt (?:ar|e)|natet (?:ar|e)|uppkopplingen (?:ar|e)|wifi(?:t|et)? (?:ar|e))\s+(?:(?:right |just |back |all )?now\s+|(?:just )?nu\s+|igen\s+|again\s+|back\s+)?(?:up|online|uppe|uppkopplad|ansluten|igang)\b(?!\s*(?:and|&|och|o)\s*(?:down|nere)|\s+to\b|\s+till\b)/;
/**
 * "dn.se opens now", "netflix plays again", "sidorna laddar nu", "nu rullar youtube igen", "nu går det att surfa
 * igen": what the customer uses is back — a yes to "does it work now?" told by what works. A negation just before
 * ("still doesn't load now", "laddar inte") is never it.
 */
const USE_WORKS_NOW =
  /(?<!(?:not|n'?t|never|still|inte|ej|aldrig|fortfarande)\s(?:[\w'.]+\s){0,2})\b(?:(?:loads?|loading|opens?|opening|plays?|playing|streams?|streaming|runs?|running|goes through|comes? up|laddar|laddas|oppnas|oppnar|spelar|rullar|strommar|gar igenom|kommer upp)\s+(?:(?:fine|ok|okay|normally|properly|as usual|bra|fint|som vanligt|normalt)\s+)?(?:now|again|nu|igen)|(?:now|nu)\s+(?:[\w.]+\s+)?(?:loads?|opens?|plays?|streams?|laddar|laddas|oppnas|spelar|rullar)|(?:gar|kan) (?:det|jag|vi) (?:att )?(?:surfa|komma ut|komma in|ga in|titta|streama)(?: [\w.]+){0,3} igen|(?:can|could) (?:surf|browse|stream|watch|get online)(?: [\w.]+){0,3} again)\b(?!\s+(?:[\w.]+\s+)?(?:inte|ej|not|aldrig)\b)/;
export const STILL_BROKEN =
  /\b(lite battre|a (bit|little) better|slightly better|somewhat better|battre men|better but|not really|inte riktigt|inte direkt|still|fortfarande|annu|ännu|not working|doesn'?t work|does not work|isn'?t working|funkar inte|fungerar inte|inget internet|no internet|samma problem|same problem|same issue|ingen skillnad|no change|no difference|nothing changed|inte battre|not better|not any (better|faster)|no (better|faster)|inte (nagot |ett dugg )?(battre|snabbare)|not faster|worse|samre|not (quite |really )?good enough|inte (riktigt )?(bra nog|tillrackligt bra)|duger inte|not (ok|okay|fine) (yet|still))\b/;

/**
 * A further wish told beside the answer to "does it work now?": "men jag vill fortfarande ha tcp också", "but i
 * still want the other port too", "yes it works. still want to know my speed tho" (a sentence of its own). Its
 * "still" is about the wish, never that the fault is still there.
 */
const FURTHER_WISH =
  /(?:^|[.!?,;]\s*|\b(?:men|but|and|och|fast|though)\s+)(?:(?:i|jag|we|vi|i'?d|we'?d)\s+)?(?:(?:still|fortfarande|also|ocksa|anda|just|really|would|skulle)\s+)*(?:vill|want|wanna|would like|'d like|onskar|skulle vilja|(?<=\b(?:i'?d|we'?d)\s+(?:(?:still|also|really)\s+)*)like)\b(?!\s+(?:(?:att\s+)?(?:it|det|den|that)\s+(?:to\s+|ska\s+)?(?:work|funka|fungera|ga)|(?:some\s+)?help|hjalp))[^.!?]*/g;

/** The reply without the wishes and the remarks about the desk told beside the answer. */
function withoutWishes(folded: string): string {
  return withoutDeskRemarks(folded.replace(FURTHER_WISH, ' '));
}

/**
 * "she picked up the phone and its still on", "den är fortfarande uppe": the connection stayed up, which is
 * no "still" of the fault (a lamp "still on" has its own subject and stays what it was).
 */
const STILL_UP =
  /\b(?:it'?s|its|it is|it|internet is|the internet is|connection is|the connection is|wifi is|den ar|det ar|natet ar|internet ar|uppkopplingen ar|den|det)\s+(?:is\s+)?(?:still|fortfarande)\s+(?:on|up|connected|online|working|going|running|uppe|igang|pa|ansluten|uppkopplad)\b/g;

/**
 * What the customer will do later if it is still broken ("I'll write tonight if its still bad", "hör av mig
 * ikväll om det fortfarande strular"): a promise to check, not a report that it is broken now.
 */
const LATER_CHECK =
  /(?:^|[.,;!]\s*|\b(?:and|och|but|men|so|sa)\s+)(?:(?:i'?ll|ill|i will|i'?m going to|jag|i|we'?ll|we will|vi)\s+)?(?:(?:write|message|text|contact you|get back|come back|let you know|tell you|check|try|hor av mig|skriver|aterkommer|meddelar|sager till|kollar|testar|provar)\b[^.!?]*?\b(?:if|om|ifall|in case)\b[^.!?]*)|\b(?:if|om|ifall|in case) (?:it'?s|its|it is|it'?s still|det ar|det e|den ar)\b[^.!?]*\b(?:still|fortfarande|igen|again)\b[^.!?]*/g;

function withoutLaterCheck(folded: string): string {
  return folded
    .replace(LATER_CHECK, ' ')
    .replace(/\b(vet inte|vet ej|don'?t know|dunno|not sure|no idea|ingen aning) (annu|an|yet)\b/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "absolut inte", "absolutely not", "of course not": a no that starts like a yes. */
const EMPHATIC_NO =
  /\b(absolut|absolutely|definitely|certainly|of course|sjalvklart|givetvis|verkligen|really) (inte|not)\b|\b(no way|aldrig i livet)\b/;

/** A leading "oh"/"jaha"/"hmm" that only shows the customer took in the question ("jaha. ja kör"). */
/** A leading word of resignation before the answer ("whatever, go ahead", "jaja, kör"). */
const RESIGNED = String.raw`whatever|whatevs|meh|oh well|ah well|fine whatever|ok whatever|jaja|aja|naval|nåväl|strunt samma|spelar ingen roll|ugh+|u+gh|urgh+|argh+|sigh|\*sigh\*|pff+t?|usch|suck|asch|äsch|ah+ja|orka`;
const INTERJECTION = new RegExp(
  String.raw`^(?:jaha|aha|ah+|oh+|åh+|ah ok|ok so|okay so|hmm+|mm+|nja|well|tja|${RESIGNED})[.,!…\s]+(?=\S)`,
);

function yesNo(raw: string): 'yes' | 'no' | null {
  const t = raw.replace(INTERJECTION, '');
  if (SAYS_YES_AGAIN.test(t)) return 'yes';
  if (/^👎/u.test(t) || EMPHATIC_NO.test(t)) return 'no';
  if (/^👍/u.test(t)) return 'yes';
  if (NO_START.test(t)) return 'no';
  if (YES_START.test(t)) return 'yes';
  if (NO_ANYWHERE.test(t)) return 'no';
  if (YES_ANYWHERE.test(t)) return 'yes';
  return null;
}

/**
 * A reluctant agreement: "i guess", "i guess so yeah", "kanske, ja", "antar det", "ok i suppose". The
 * softener and the words that only carry it ("so", "det", "då") are taken away; a yes must be left.
 */
const GUESS_WORDS =
  /\b(i guess|guess|i suppose|suppose|i think|think|probably|prolly|kanske|maybe|antar (jag|det)|jag antar|antar|tror (jag|det)|jag tror|tror)\b/g;
/** Words that only carry the softener: "guess so", "antar det", "ok då". */
const SOFTENER_FILLER = /\b(so|det|da|then|jag)\b/g;
const GUESS_ALONE =
  /^(i guess( so)?|guess so|i suppose( so)?|suppose so|i think so|antar (det|jag det)|jag antar det|tror (det|jag det)|jag tror det|(ok|okay|okej|sure|fine) (i guess|i suppose)|(ok|okej) (antar jag|da))[.!]*$/;

function reluctantYes(t: string): boolean {
  if (GUESS_ALONE.test(t)) return true;
  if (!t.match(GUESS_WORDS)) return false;
  const rest = t
    .replace(GUESS_WORDS, ' ')
    .replace(SOFTENER_FILLER, ' ')
    .replace(/[,.!…]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (
    rest !== '' &&
    !NO_ANYWHERE.test(rest) &&
    !NO_START.test(rest) &&
    YES_START.test(rest) &&
    rest.split(' ').length <= 3
  );
}

/** The step's last sentence or clause says it is done ("…men allt sitter i. klart"). */
function stepDoneAtEnd(t: string): boolean {
  const parts = t
    .split(/[.!?;]+|\b(?:men|but|though|fast|anyway|iaf|i alla fall)\b/)
    .map((x) => x.trim())
    .filter(Boolean);
  const last = parts.at(-1) ?? '';
  return (
    /^(ok |okej |okay )?(klart|klar|done|all done|fixed|fixat|gjort|det ar gjort|it'?s done)$/.test(last) ||
    CABLES_IN_PLACE.test(last) ||
    saysStepDoneInOtherWords(last)
  );
}

/**
 * "ok moved the router to the hallway shelf. maybe a bit better? idk": the step is told done in a clause of
 * its own; the doubt and the question beside it are about the result, never about doing the step.
 */
function doneBesideDoubt(askKey: AskKey, t: string): boolean {
  const clauses = t
    .split(/(?<=[.!?;,])|\b(?:men|but|though|fast)\b/)
    .map((x) => x.trim())
    .filter(Boolean);
  // "there is one there yes but i dont know if it is fitted": the doubt is whether the step is done.
  if (clauses.some((x) => DONT_KNOW.test(x) && DOUBT_ABOUT_DOING.test(x))) return false;
  const told = clauses
    .filter((x) => !x.endsWith('?') && !DONT_KNOW.test(x) && !HEDGED_DOING.test(x))
    .join(' ');
  if (!told || NOT_DONE_YET.test(told)) return false;
  return stepDoneInThePast(askKey, told) || reportsStepDone(told);
}
/** "…if it is fitted", "…om den sitter rätt": a don't-know about the step's own state, not about the result. */
const DOUBT_ABOUT_DOING =
  /\b(if|whether|om)\b[^.?!]{0,40}\b(fitted|in place|plugged in|connected|in right|done right|right|correctly|properly|sitter|isatt|ikopplad|inkopplad|ratt|korrekt)\b/;
/** "I think I moved it", "tror jag flyttade den": the doing itself is in doubt. */
const HEDGED_DOING = /\b(i think|i guess|maybe|perhaps|probably|tror jag|tror att|kanske|nog)\b/;
/** "not yet", "haven't moved it": the step is not done, whatever else the clause says. */
const NOT_DONE_YET =
  /\b(didn'?t|didnt|did not|haven'?t|havent|have not|not yet|won'?t|wont|har inte|hade inte|inte an|inte annu|ska (flytta|gora|testa|koppla))\b/;

function clean(text: string): string {
  return fold(cleanText(String(text ?? '')).slice(0, 1000)).trim();
}

const ASKED_LIGHT: Partial<Record<AskKey, LightName>> = {
  'lights.power': 'power',
  'lights.internet': 'internet',
  'lights.wifi': 'wifi',
};

function parseLightsAnswer(askKey: AskKey, text: string, t: string): ParsedAnswer {
  const found = parseLights(text);
  if (found.length === 0) {
    if (DONT_KNOW.test(t)) return { kind: 'unknown' };
    const light = ASKED_LIGHT[askKey] ?? null;
    if (/\b(ok|normal|normalt|som vanligt|as usual|fine|vanligt)\b/.test(t)) {
      return { kind: 'lights', light, colour: 'green', blinking: false, allOff: false };
    }
    // "Is the power light lit?" — "nej", "nothing", "no": off (no power light means nothing is lit).
    if (/^(nothing|inget|ingenting|none|inga|nada|nej|no|nope|nah|na+|inte|not)\b/.test(t)) {
      return { kind: 'lights', light, colour: 'off', blinking: false, allOff: light === 'power' };
    }
    if (
      /^(ja|jo|japp|jepp|yes|yep|yeah|yup|absolut|visst)\b|^(it'?s |it is |den ar |den )?(on|pa|tand|lit|lyser)\b/.test(
        t,
      )
    ) {
      return { kind: 'lights', light, colour: null, blinking: null, allOff: false };
    }
    return { kind: 'free', text };
  }
  const asked = ASKED_LIGHT[askKey];
  const allOff = found.some((f) => f.allOff);
  if (allOff) return { kind: 'lights', light: null, colour: 'off', blinking: null, allOff: true };
  // The observation about the light we asked about, else a LOS light, else the first one.
  const pick =
    found.find((f) => f.light === asked) ??
    found.find((f) => f.light === 'los') ??
    found.find((f) => f.light === null) ??
    found[0];
  return {
    kind: 'lights',
    light: pick.light ?? asked ?? null,
    colour: pick.colour,
    blinking: pick.blinking,
    allOff: false,
  };
}

function parseScope(t: string): ParsedAnswer | null {
  if (
    /\b(inte alla|not all|nagra|vissa|en del|some|a few|several|ett par|a couple|couple of|most|de flesta|halften|half)\b/.test(
      t,
    )
  ) {
    return { kind: 'scope', value: 'some' };
  }
  if (
    /\b(bara|endast|only|just)\b.{0,25}\b(enheter|enheterna|datorer|devices|ones|phones|telefoner|mobiler)\b/.test(
      t,
    )
  ) {
    return { kind: 'scope', value: 'some' };
  }
  if (
    /\b(bara|endast|only|just|enbart)\b.{0,20}\b(en|ett|one|min|mitt|my|the|datorn|mobilen|laptopen|tv|the tv|the laptop|the phone|the pc|the computer)\b/.test(
      t,
    ) ||
    /\b(one device|en enhet|ett ställe|one of them|en av dem|bara den|just that one|a single)\b/.test(t)
  ) {
    return { kind: 'scope', value: 'one' };
  }
  if (
    /\b(alla|allt|samtliga|varenda|all|every|everything|everyone|both|bada|hela huset|whole house|all of them|alla enheter)\b/.test(
      t,
    )
  ) {
    return { kind: 'scope', value: 'all' };
  }
  return null;
}

function parseConnection(t: string): ParsedAnswer | null {
  const wifiRe = /wi-?fi|\bwlan|tradlos|wireless|tradlost/;
  const cableRe =
    /\bkabel|\bsladd|\bcable|\bwired|ethernet|\blan\b|natverkskabel|tradbunden|plugged in|inkopplad|\butp\b|\bfast\b/;
  if (/\b(bada|both|bade|either|vilket som|whichever)\b/.test(t))
    return { kind: 'connection', value: 'both' };
  const w = t.search(wifiRe);
  const c = t.search(cableRe);
  if (w >= 0 && c >= 0) return { kind: 'connection', value: w < c ? 'wifi' : 'cable' };
  if (w >= 0) return { kind: 'connection', value: 'wifi' };
  if (c >= 0) return { kind: 'connection', value: 'cable' };
  return null;
}

const DAY_WORDS: [RegExp, string][] = [
  [/\b(vardagar|vardag|weekdays?|monday to friday|mon-fri|man-fre|mandag till fredag)\b/, 'weekdays'],
  [/\b(helger|helgen|helg|weekends?|lordag och sondag)\b/, 'weekend'],
  [/\b(mandag(?:en|ar|arna)?|mondays?|mon)\b/, 'monday'],
  [/\b(tisdag(?:en|ar|arna)?|tuesdays?|tues?|tis|tisd)\b/, 'tuesday'],
  [/\b(onsdag(?:en|ar|arna)?|wednesdays?|wed|ons|onsd)\b/, 'wednesday'],
  [/\b(torsdag(?:en|ar|arna)?|thursdays?|thu|thurs|tors|torsd)\b/, 'thursday'],
  [/\b(fredag(?:en|ar|arna)?|fridays?|fri|fre)\b/, 'friday'],
  [/\b(lordag(?:en|ar|arna)?|saturdays?|sat)\b/, 'saturday'],
  [/\b(sondag(?:en|ar|arna)?|sundays?|sun)\b/, 'sunday'],
  [/\b(idag|i dag|today)\b/, 'today'],
  [/\b(imorgon|i morgon|tomorrow)\b/, 'tomorrow'],
  [
    /\b(formiddag|formiddagen|formiddagar|formiddagarna|morgon|morgonen|morgnar|morgnarna|morning|mornings|am)\b/,
    'morning',
  ],
  [/\b(eftermiddag|eftermiddagen|eftermiddagar|eftermiddagarna|afternoon|afternoons)\b/, 'afternoon'],
  [/\b(kvall|kvallen|kvallar|evening|evenings|tonight|ikvall)\b/, 'evening'],
  [/\b(nar som helst|narsomhelst|anytime|any time|whenever|hela dagen|all day)\b/, 'any time'],
  [/\b(nasta vecka|next week)\b/, 'next week'],
];

/** Hours of the clock in words ("efter fem", "after five", "före tolv"): two to twelve, and one only after "kl". */
const CLOCK_WORDS: Record<string, number> = {
  tva: 2,
  two: 2,
  tre: 3,
  three: 3,
  fyra: 4,
  four: 4,
  fem: 5,
  five: 5,
  sex: 6,
  six: 6,
  sju: 7,
  seven: 7,
  atta: 8,
  eight: 8,
  nio: 9,
  nine: 9,
  tio: 10,
  ten: 10,
  elva: 11,
  eleven: 11,
  tolv: 12,
  twelve: 12,
};
const CLOCK_WORD = Object.keys(CLOCK_WORDS).join('|');
/** A word that stands before an hour of the clock. */
const BEFORE_HOUR =
  '(?:efter|after|fore|before|innan|fran|from|mellan|between|until|till|tills|kl\\.?|klockan|runt|kring|around)';

/**
 * The hours of the clock as digits: "vardagar efter fem" → "efter 5", "från två till fem" → "fran 2 till 5",
 * "halv fem" → "4:30", "kl ett" → "kl 1", "5ish", "fem-ish" → "5" (a hedge on the hour is still the hour).
 */
export function clockDigits(t: string): string {
  return (
    t
      .replace(new RegExp(`\\bhalv (${CLOCK_WORD}|\\d{1,2})\\b`, 'g'), (_m, h: string) => {
        const n = CLOCK_WORDS[h] ?? Number(h);
        return `${n === 1 ? 12 : n - 1}:30`;
      })
      .replace(/\b(kl\.?|klockan) (ett|en|one)\b/g, '$1 1')
      .replace(
        new RegExp(
          `\\b(${BEFORE_HOUR})\\s+(${CLOCK_WORD})\\b(?!\\s*(?:av|of|minuter|minutes|dagar|days|veckor|weeks|timmar|hours|gang|times))`,
          'g',
        ),
        (_m, w: string, h: string) => `${w} ${CLOCK_WORDS[h]}`,
      )
      // "från 2 till fem", "2 or three": the second hour of a range.
      .replace(
        new RegExp(`\\b(\\d{1,2}) (och|and|till|to|-) (${CLOCK_WORD})\\b`, 'g'),
        (_m, a: string, w: string, h: string) => `${a} ${w} ${CLOCK_WORDS[h]}`,
      )
      // "mellan 12 och 16", "between 5 and 8": a range.
      .replace(/\b(?:mellan|between) (\d{1,2}(?:[:.]\d\d)?) (?:och|and) (\d{1,2}(?:[:.]\d\d)?)\b/g, '$1-$2')
      .replace(/\b(\d{1,2})\s*-?\s*ish\b/g, '$1')
  );
}

function parseAvailability(text: string, raw: string): ParsedAnswer {
  const t = clockDigits(raw);
  const slots: string[] = [];
  for (const [re, slot] of DAY_WORDS) if (re.test(t)) slots.push(slot);
  for (const m of t.matchAll(
    /\b(efter|after|fore|before|fran|from|mellan|between)\s+(kl\.?\s*)?(\d{1,2})([:.]\d{2})?\s*(am|pm)?\b/g,
  )) {
    let hour = Number(m[3]);
    if (m[5] === 'pm' && hour < 12) hour += 12;
    const word = {
      efter: 'after',
      after: 'after',
      fore: 'before',
      before: 'before',
      fran: 'from',
      from: 'from',
      mellan: 'from',
      between: 'from',
    }[m[1]];
    slots.push(`${word} ${String(hour).padStart(2, '0')}:${m[4] ? m[4].slice(1) : '00'}`);
  }
  // "at work until 6", "jobbar till 18": the hour something lasts until is a "before" ("8 till 12" is a range).
  for (const m of t.matchAll(
    /(?<!\d\s{0,3})\b(?:until|till|til|tills|up to|upp till)\s+(?:kl\.?\s*|klockan\s*)?(\d{1,2})([:.]\d{2})?\s*(am|pm)?\b/g,
  )) {
    let hour = Number(m[1]);
    if (m[3] === 'pm' && hour < 12) hour += 12;
    if (hour <= 24) slots.push(`before ${String(hour).padStart(2, '0')}:${m[2] ? m[2].slice(1) : '00'}`);
  }
  for (const m of t.matchAll(
    /\b(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\s*(?:-|–|till|to)\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\b/g,
  )) {
    let a = Number(m[1]);
    let b = Number(m[4]);
    if (m[3] === 'pm' && a < 12) a += 12;
    if (m[6] === 'pm' && b < 12) b += 12;
    if (a <= 24 && b <= 24)
      slots.push(
        `${String(a).padStart(2, '0')}:${m[2] ?? '00'}-${String(b).padStart(2, '0')}:${m[5] ?? '00'}`,
      );
  }
  for (const m of t.matchAll(
    /\b(\d{4}-\d{2}-\d{2}|\d{1,2} (jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*)\b/g,
  ))
    slots.push(m[1]);
  if (slots.length === 0 && DONT_KNOW.test(t)) return { kind: 'unknown' };
  return { kind: 'availability', text: cleanText(text), slots: [...new Set(slots)] };
}

const FAR =
  /\b(langt|far|upstairs|downstairs|overvaningen|ovanvaningen|nedervaningen|kallaren|kallarn|basement|garage|garaget|tradgarden|garden|attic|vinden|other end|andra sidan|another floor|annan vaning|andra vaningen|other floor|genom (flera )?vaggar|through (several |two |thick )?walls|manga rum|several rooms|\d{2,} ?m(eter)?|altanen|balkongen|balcony|outside|utomhus|ute)\b/;
const NEAR =
  /\b(bredvid|nara|samma rum|same room|next to|close to|nearby|near|right by|beside|precis vid|intill|en meter|1 m|one meter|a metre|a meter|in front of)\b/;

function parseCsat(t: string): ParsedAnswer | null {
  const stars = (t.match(/[★⭐]/g) ?? []).length;
  if (stars >= 1 && stars <= 5) return { kind: 'csat', score: stars };
  const digit = /(?<![\d.])([1-5])(?:\s*(?:\/|av|of|out of)\s*5)?(?![\d.])/.exec(t);
  if (digit) return { kind: 'csat', score: Number(digit[1]) };
  const words: [RegExp, number][] = [
    [/\b(fem|five)\b/, 5],
    [/\b(fyra|four)\b/, 4],
    [/\b(tre|three)\b/, 3],
    [/\b(tva|two)\b/, 2],
    [/\b(ett|en|one)\b/, 1],
    [
      /\b(utmarkt|excellent|fantastisk|fantastic|amazing|perfekt|perfect|mycket nojd|very (happy|satisfied|good)|superbra|toppen|great|jattebra)\b/,
      5,
    ],
    [
      /\b(usel|terrible|awful|vardelos|useless|horrible|katastrof|mycket missnojd|very (unhappy|dissatisfied|bad))\b/,
      1,
    ],
    [/\b(daligt?|bad|poor|missnojd|dissatisfied|unhappy|inte (bra|nojd))\b/, 2],
    [/\b(okej|ok|okay|medel|average|so-so|sadar|hyfsat|helt ok)\b/, 3],
    [/\b(bra|good|nojd|satisfied|happy|fine)\b/, 4],
  ];
  for (const [re, score] of words) if (re.test(t)) return { kind: 'csat', score };
  return null;
}

/** Cables checked and in place: "alla sitter i ordentligt", "they all look fine". */
const CABLES_IN_PLACE =
  /\b(sitter (?:(?:den|kabeln|sladden|de) )?(i|fast|ordentligt|som de ska|bra)|satt (?:lost|loss)|var (?:lost|glapp)|was loose|came loose|(?:it'?s|its) (?:back )?in now|looks? (fine|ok|good|right)|all (plugged in|connected)|(are|is) (all )?(plugged in|connected|in place)|ser bra ut|(?:they'?re|they are|both are|(?:both |the )?cables are|both)\s+(?:both\s+|all\s+)?(?:firmly\s+|properly\s+|fully\s+|all the way\s+)?in(?=\s*[,.!;]|\s*$|\s+(?:firmly|properly|tight|now|and)\b)|heard (?:it |them |the |a )?click\w*|(?:det |de |den )?klickade|horde (?:ett |det )?klick\w*)\b/;

/** The router cannot be moved: "den sitter fast i väggen", "it's mounted in a closet". */
const CANNOT_MOVE =
  /\b(sitter fast|fastskruvad|fixed to|mounted|bolted|screwed|in the wall|i vaggen|in a (closet|cupboard)|i ett skap|gar inte att flytta)\b/;

/** A correction inside one message: "7750.. no wait sorry, 6513", "Mornings. No wait, afternoons". */
const CORRECTED_FROM_HERE =
  /\b(?:no,? wait|nej,? förresten|nej,? forresten|on second thought|nah,? actually|no,? actually|nej,? vänta|nej,? vanta|wait|vänta|vanta|sorry|förlåt|forlat|oops|i mean|i meant|jag menar|jag menade|rättelse|rattelse|correction|actually)\b(?:[\s,!:;…-]|\.(?!\d))*/gi;

/** A word that takes back what came before it ("200272, no sorry 200171", "200272.. nej 200171", "eller nej"). */
const TAKEN_BACK =
  /\b(no|nej|nä|nae|nope|sorry|förlåt|forlat|oops|wait|vänta|vanta|i mean|i meant|jag menar|jag menade|rättelse|rattelse|correction|actually|förresten|forresten)\b/i;
/** "200101, not 200110", "inte 200110": the number right after is the one ruled out. */
const RULED_OUT_BEFORE = /\b(not|inte|icke|ej)\s*$/i;

/**
 * The customer number the customer settles on among several in one message: never one only asked about ("is it
 * 200272?") or ruled out ("not 200110"); after a word that takes the first back ("200272, no sorry 200171", "it's
 * 200227. or wait, is it 200272? no, 200227"), the last one. Without such a word the first stands.
 */
/**
 * "2002 41", "20-02-41", "20.02.41", "2 0 0 2 4 1": six digits in any grouping (spaces, dots or dashes) as
 * the answer to "what is your customer number?" are the number, as "200 241" is; a PIN written after it
 * ("2002 41 5747") stays apart. A phone number (more digits, or a leading 0) is left as written.
 */
const DIGIT_GROUPS = /(?<![\d.,:/+-])\d{1,4}(?:[ .-]\d{1,4})+(?![\d]|[.,:/-]\d)/g;
function groupedSixDigits(text: string): string {
  return text.replace(DIGIT_GROUPS, (run) => {
    const groups = run.split(/[ .-]/);
    let digits = '';
    let i = 0;
    while (i < groups.length && digits.length < 6) digits += groups[i++];
    const rest = groups.slice(i);
    if (digits.length !== 6 || /^0/.test(digits)) return run;
    if (rest.length > 1 || (rest.length === 1 && !/^\d{4}$/.test(rest[0]))) return run;
    return rest.length ? `${digits} ${rest[0]}` : digits;
  });
}

function settledNumber(text: string, numbers: string[]): string {
  if (numbers.length < 2) return numbers[0];
  const asked = (at: number) => {
    const end = text.indexOf('?', at);
    return end >= 0 && !/[!\n]|\.(?!\d)/.test(text.slice(at, end));
  };
  const seen = numbers.map((n) => ({ n, at: text.lastIndexOf(n) })).filter((o) => o.at >= 0);
  let left = seen.filter((o) => !RULED_OUT_BEFORE.test(text.slice(0, o.at)));
  const stated = left.filter((o) => !asked(o.at));
  if (stated.length) left = stated;
  if (!left.length) return numbers[0];
  left.sort((a, b) => a.at - b.at);
  const first = left[0];
  const last = left[left.length - 1];
  if (first === last || TAKEN_BACK.test(text.slice(first.at + first.n.length, last.at))) return last.n;
  return left.some((o) => o.n === numbers[0]) ? numbers[0] : first.n;
}

function isConcrete(p: ParsedAnswer): boolean {
  if (p.kind === 'free' || p.kind === 'unknown') return false;
  if (p.kind === 'availability') return p.slots.length > 0;
  if (p.kind === 'location') return p.far !== null;
  if (p.kind === 'port_forward') return p.port !== null || p.ip !== null || p.device !== null;
  return true;
}

/** Understands a customer's reply to the question behind `askKey`; after an in-message correction, what follows it wins. */
/** Some devices reconnected and the rest left for later ("mobilen är klar, resten får jag ta sen", "only the phone so far"). */
const SOME_REJOINED =
  /\b(resten|the rest|the others|de andra|ovriga)\b.{0,30}\b(sen|sedan|senare|later|ikvall|imorgon|i morgon|tomorrow|tonight)\b|\b(only|just|bara)\b.{0,12}\b(phone|mobil\w*|laptop|dator\w*|datorn|telefon\w*|ipad|one|one of them|en av dem)\b.{0,25}\b(so far|hittills|an sa lange|done|klar\w*|connected|ansluten|ansluten|inne|on)\b|\b(not all|not every\w*|inte alla|inte allt)\b.{0,15}\b(yet|an|annu)\b/;

/** "klart på min mobil", "done on my phone", "mobilen är klar": the step done on one device named. */
const DONE_ON_ONE_DEVICE =
  /\b(klart|klar|fixat|gjort|done|connected|ansluten|inne|ok|fine)\b[^.!?]{0,15}\b(pa|on|with|for|i) (min |mitt |my |the |var |our )?(mobil\w*|telefon\w*|phone|iphone|laptop\w*|dator\w*|ipad\w*|surfplatt\w*|tablet)\b|\b(mobil\w*|telefon\w*|phone|iphone|laptop\w*|dator\w*|ipad\w*)\s(?:(?:ar|is|e|'s)\s)?(klar|done|connected|ansluten|inne|on|fixad)\b/;
/** "klart, kompisen är inne", "my friend is on now": the person the new key was for has joined. Folded. */
const PERSON_JOINED =
  /\b(kompis\w*|van(nen|nerna)?|friends?|guests?|gast\w*|barnen|ungarna|kids|sambon|frugan|wife|husband|partner\w*)\b[^.!?]{0,15}\b(ar inne|e inne|kom in|kommer in|ar ansluten|ar uppkopplad|is (on|in|connected)|got (on|in|connected)|connected)\b/;
/** …and something more to come: another device asked about or left ("men hur gör jag på skrivaren??"). */
// ("skrivaren tar jag i kväll", "the TV tomorrow": another device put off.)
const OTHER_LEFT =
  /\b(men|but|fast|though|although)\b|\?|\b(skrivare\w*|printer\w*|tv|tv:n|tvn|teven|dator\w*|laptop\w*|ipad\w*|surfplatt\w*|tablet\w*|konsol\w*|console\w*|playstation|xbox)\b[^.!?]{0,30}\b(ikvall|i kvall|tonight|later|senare|sen|sedan|imorgon|i morgon|tomorrow|i helgen|this weekend|efter jobbet|after work)\b/;

export function parseAnswer(askKey: AskKey, text: string, lang?: Language): ParsedAnswer {
  const raw = String(text ?? '').slice(0, 8000);
  // "Next to the router it says 310. But in the kitchen it's still 40": each figure with its place, never the
  // last one read as the test near the router.
  const placed = askKey === 'step.move_closer' ? speedsByPlace(raw) : null;
  if (placed) return { kind: 'done', measuredMbps: placed.near, fartherMbps: placed.farther };
  // A polite no ("oh ok, then no its fine. thanks") is a no, whatever acknowledgement stands before it.
  if (askKey.startsWith('consent.') && politeDecline(clean(raw))) return { kind: 'no' };
  const corrected = correctedAnswer(askKey, raw, lang);
  // "klistermärket är borta. ok sätt ett nytt då. kan jag välja det själv?": the go-ahead inside is the yes.
  const goAhead: ParsedAnswer | null =
    askKey.startsWith('consent.') && innerGoAhead(clean(raw)) ? { kind: 'yes' } : null;
  const parsed =
    corrected ??
    closingAnswer(askKey, raw) ??
    goAhead ??
    conditionalYes(askKey, raw, lang) ??
    parseWhole(askKey, raw, lang);
  // "Nej jag menar att de redan heter olika. Jag bytte till Nilsson-5G nu och speedtest visar 380 Mbit": a test on
  // the Wi-Fi with no cable named is no cable test, whatever sounds done beside it (round 27, a8).
  // Read as the 5 GHz showing when the test is said that way; never as a cable test.
  if (parsed.kind === 'done' && askKey === 'step.wired_test' && !parsed.onWifi && testOnWifi(clean(raw))) {
    const whole = parseWhole(askKey, raw, lang);
    return whole.kind === 'done' && whole.onWifi ? whole : { kind: 'free', text: raw };
  }
  if (
    parsed.kind === 'done' &&
    askKey.startsWith('step.') &&
    saysStepDoneInOtherWords(clean(statementsOf(raw)))
  )
    return { kind: 'done', inWords: true };
  // "ok gjorde det, nu får jag typ 380": the test near the router done, with the speed it gave.
  if (parsed.kind === 'done' && askKey === 'step.move_closer' && parsed.measuredMbps === undefined) {
    const measuredMbps = reportedSpeed(clean(statementsOf(raw)));
    if (measuredMbps !== null) return { kind: 'done', measuredMbps };
  }
  return parsed;
}

/** "i guess, if it fixes it", "om det hjälper så": a yes (or nothing but a hedge) on the condition that the change helps. */
function conditionalYes(askKey: AskKey, raw: string, lang?: Language): ParsedAnswer | null {
  if (!askKey.startsWith('consent.')) return null;
  const before = beforeBenefitCondition(clean(raw));
  if (before === null) return null;
  if (!before || HEDGE_ONLY.test(before)) return { kind: 'yes' };
  return parseWhole(askKey, before, lang).kind === 'yes' ? { kind: 'yes' } : null;
}

/** A lead made only of hedging words: "i guess", "kanske", "antar det" (hedge-words.ts), or "sure". */
const HEDGE_ONLY = new RegExp(
  `^(?:(?:ok|okay|well|hmm+|eh+|uh+|ja|nja|tja|jaha),?\\s+)?(?:${hedgeAlternation(SOFTENERS)}|sure)[.!]*$`,
);

/** A yes or no settled in the reply's last sentence, after a question or remark ("…?? men ok"), or null. */
export function closingAnswer(askKey: AskKey, text: string): ParsedAnswer | null {
  if (!askKey.startsWith('consent.') && askKey !== 'resolution.confirm' && askKey !== 'device.restarted')
    return null;
  // "den startar ju om hela tiden ändå men ok": the yes closes the sentence itself.
  if (askKey.startsWith('consent.') && yesAfterBut(clean(text))) return { kind: 'yes' };
  const last = closingSentence(clean(text));
  if (!last) return null;
  if (askKey === 'resolution.confirm') {
    // "like I said I dont know yet. I'll write tonight if its still bad. thanks": a thanks after a don't-know
    // is a goodbye, never a yes.
    if (ACKNOWLEDGEMENT.test(last) && DONT_KNOW.test(withoutLaterCheck(clean(text)))) return null;
    // "Nej, fortfarande seg … Ja förresten, ge gärna 5 GHz ett eget namn": that yes takes up an offer; the rest answers.
    if (yesToRequest(last)) return null;
    const p = parseWhole(askKey, last);
    return p.kind === 'yes' || p.kind === 'no' ? p : null;
  }
  // Only a sentence that opens with its yes or no: "i dont want to reconnect the tv" is a reason, not an answer.
  const t = last.replace(INTERJECTION, '');
  const yn = EMPHATIC_NO.test(t) || CLOSING_NO.test(t) ? 'no' : YES_START.test(t) ? 'yes' : null;
  return yn ? { kind: yn } : null;
}

/** The answer given after an in-message correction ("7750.. no wait, 6513" → 6513), or null. */
export function correctedAnswer(askKey: AskKey, text: string, lang?: Language): ParsedAnswer | null {
  const raw = String(text ?? '').slice(0, 8000);
  const cues = [...raw.matchAll(CORRECTED_FROM_HERE)];
  const last = cues[cues.length - 1];
  if (!last) return null;
  const tail = raw.slice((last.index ?? 0) + last[0].length);
  const octet =
    askKey === 'config.port_forward' ? lastOctetCorrection(raw.slice(0, last.index ?? 0), tail, lang) : null;
  if (octet) return octet;
  const corrected = tail.trim() ? parseWhole(askKey, tail, lang) : null;
  if (!corrected || !isConcrete(corrected)) return null;
  // A correction of one part ("…57, sorry, .75") replaces that part only; the rest still stands.
  if (corrected.kind !== 'port_forward') return corrected;
  const before = parseWhole(askKey, raw.slice(0, last.index ?? 0), lang);
  return before.kind === 'port_forward' ? withParts(corrected, before) : corrected;
}

type PortForwardAnswer = Extract<ParsedAnswer, { kind: 'port_forward' }>;

/** "192.168.1.50 — no wait, it's .51": only the address's last number is corrected; the rest still stands. */
const LAST_OCTET = /(?:^|[\s,:(])\.(\d{1,3})\b(?!\.\d)/;

function lastOctetCorrection(before: string, tail: string, lang?: Language): PortForwardAnswer | null {
  const m = LAST_OCTET.exec(tail);
  if (!m || Number(m[1]) > 254) return null;
  const earlier = parseWhole('config.port_forward', before, lang);
  if (earlier.kind !== 'port_forward' || !earlier.ip) return null;
  const ip = earlier.ip.replace(/\d{1,3}$/, String(Number(m[1])));
  const rest = tail.slice(0, m.index) + ' ' + tail.slice(m.index + m[0].length);
  const later = rest.trim() ? parseWhole('config.port_forward', rest, lang) : null;
  return later?.kind === 'port_forward' ? withParts({ ...later, ip }, earlier) : { ...earlier, ip };
}

function withParts(corrected: PortForwardAnswer, before: PortForwardAnswer): PortForwardAnswer {
  return {
    kind: 'port_forward',
    port: corrected.port ?? before.port,
    protocol: corrected.protocol ?? before.protocol,
    ...((corrected.protocol ? corrected.protocolAdded : before.protocolAdded) ? { protocolAdded: true } : {}),
    ip: corrected.ip ?? before.ip,
    device: corrected.device ?? before.device,
    service: corrected.service ?? before.service ?? null,
    portEnd: corrected.port ? (corrected.portEnd ?? null) : (before.portEnd ?? null),
  };
}

function parseWhole(askKey: AskKey, text: string, _lang?: Language): ParsedAnswer {
  const raw = String(text ?? '');
  // At a step, "I can do that … but you didn't answer - is 500 realistic?": a remark about the desk says
  // nothing of the step (its "didn't" is no refusal).
  const t = askKey.startsWith('step.') ? withoutDeskRemarks(clean(raw)).trim() : clean(raw);
  if (!t) return { kind: 'unknown' };

  switch (askKey) {
    case 'identity.customer_number': {
      const joined = groupedSixDigits(
        cleanText(withoutOtherNumbers(raw)).replace(/(?<![\d.])(\d{3})[ .-](\d{3})(?![\d]|[.,]\d)/g, '$1$2'),
      );
      const numbers = customerNumbers(joined);
      // "…Med vänliga hälsningar / Sara Nilsson / kundnummer 200157": named as such in the signature.
      const found = numbers.length ? numbers : namedCustomerNumbers(raw);
      return found.length
        ? { kind: 'customer_number', value: settledNumber(joined, found) }
        : { kind: 'unknown' };
    }
    case 'identity.pin': {
      // A phone number or a postal code ("Vasagatan 14, 411 24 Göteborg") beside it is no PIN attempt.
      const spaced = withoutLabelledNumbers(withoutNonPinNumbers(cleanText(withoutOtherNumbers(raw))));
      const joined = spaced.replace(/(\d) (?=\d)/g, '$1');
      // (Read as written: digits run together are one number — "5747200290" is no PIN 0290 beside a number.)
      const cued = findVolunteeredPin(spaced);
      const value = cued && !namedAsAmount(joined, cued) ? cued : barePin(joined);
      return value ? { kind: 'pin', value } : { kind: 'unknown' };
    }
    case 'lights.power':
    case 'lights.internet':
    case 'lights.wifi':
      return parseLightsAnswer(askKey, raw, t);
    case 'scope.devices':
      return parseScope(t) ?? (DONT_KNOW.test(t) ? { kind: 'unknown' } : { kind: 'free', text: raw });
    case 'connection.type':
      return parseConnection(t) ?? (DONT_KNOW.test(t) ? { kind: 'unknown' } : { kind: 'free', text: raw });
    case 'contact.availability':
      return parseAvailability(raw, t);
    case 'config.port_forward': {
      const request = parsePortForward(raw);
      if (request.port === null && !request.ip && !request.device && DONT_KNOW.test(t))
        return { kind: 'unknown' };
      return { kind: 'port_forward', ...request };
    }
    case 'wifi.location': {
      if (DONT_KNOW.test(t) && !FAR.test(t) && !NEAR.test(t)) return { kind: 'unknown' };
      return {
        kind: 'location',
        text: cleanText(raw),
        far: FAR.test(t) ? true : NEAR.test(t) ? false : null,
      };
    }
    case 'csat.score':
      return parseCsat(t) ?? { kind: 'unknown' };
    case 'config.wifi_name': {
      // The name itself as the free text ("call it Villa Kulla" → "Villa Kulla").
      const name = parseWifiName(raw, { asked: true });
      if (name) return { kind: 'free', text: name };
      if (declinesRename(raw)) return { kind: 'no' };
      // "vet inte", a question, or a "no" to the name: nothing to name the network with.
      if (DONT_KNOW.test(t) || /\?/.test(raw) || /^(nej|nä|no|nope|inte|not)\b/.test(t))
        return { kind: 'unknown' };
      return { kind: 'free', text: raw };
    }
    case 'device.restarted': {
      if (DONT_KNOW.test(t)) return { kind: 'unknown' };
      const yn = yesNo(t);
      if (yn) return { kind: yn };
      if (RESTARTED.test(t)) return { kind: 'yes' };
      return { kind: 'free', text: raw };
    }
    case 'resolution.confirm': {
      // "got it, thanks" to "does it work now?": nothing left to fix.
      if (ACKNOWLEDGEMENT.test(t)) return { kind: 'yes' };
      // "yes looks fine, wifi still on. how do I get to that settings page?": read clause by clause, a clause that
      // says it works with no clause that says it does not is a yes — a "still" in another clause ("wifi still on")
      // or a question beside it never makes it a no (confirm-clauses.ts).
      if (confirmClauses(raw).clearYes) return { kind: 'yes' };
      // "did you update it? … so how do i know its fixed": what the reply asks is not its answer.
      // "ja typ, det funkar bättre. men jag vill fortfarande ha tcp också": a further wish is no report.
      // "I'll write tonight if its still bad": what the customer will do if it fails later reports nothing now.
      // "well yeah", "hmm ok it works": a filler word before the answer is no part of it.
      // "men jag är fortfarande nyfiken på varför…", "the wifi password is still the one on the sticker": a "still"
      // about curiosity or an unchanged setting reports no fault (confirm-clauses.ts).
      const said = withoutHarmlessStill(withoutLaterCheck(withoutWishes(withoutQuestions(t))))
        .replace(STILL_UP, 'it works')
        .replace(INTERJECTION, '');
      if (!said) return DONT_KNOW.test(t) ? { kind: 'unknown' } : { kind: 'free', text: raw };
      const no = NO_START.test(said) || STILL_BROKEN.test(said) || UP_AND_DOWN.test(said);
      const yes =
        YES_START.test(said) ||
        WORKS_NOW.test(said) ||
        saysItWorks(said) ||
        concludesYes(said) ||
        YES_CLAUSE.test(said) ||
        UP_NOW.test(said) ||
        (USE_WORKS_NOW.test(said) && !YES_NARROWED.test(said)) ||
        (YES_LAST.test(said) && !YES_NARROWED.test(said));
      if (no && !(YES_START.test(said) && !STILL_BROKEN.test(said))) return { kind: 'no' };
      if (yes) return { kind: 'yes' };
      if (DONT_KNOW.test(said)) return { kind: 'unknown' };
      return { kind: 'free', text: raw };
    }
    default:
      break;
  }

  if (askKey.startsWith('step.')) {
    // "mobilen är klar, resten får jag ta sen": some devices are back on, the rest later.
    // "ok phone is on KarlssonNet now. the printer i'll do later": one device back on, the others put off.
    if (
      askKey === 'step.rejoin_wifi' &&
      (SOME_REJOINED.test(t) ||
        (REJOINED.test(t) && stepRefusal(t) === 'later') ||
        (DONE_ON_ONE_DEVICE.test(t) && OTHER_LEFT.test(t)))
    )
      return { kind: 'done', partly: true };
    // "klart, kompisen är inne 👍 men tv:n då, hur får jag in den?": the one the key was for is on — the step done,
    // whatever is asked about another device beside it.
    if (askKey === 'step.rejoin_wifi' && PERSON_JOINED.test(t)) return { kind: 'done' };
    // "no im not restarting anything": a refusal, though the step's own verb stands in it.
    const refusal = stepRefusal(t);
    // "I've already restarted it twice. I'm not restarting it a third time": done before it was asked — what
    // is refused is doing it again, so the step is done (earlier), never refused or asked again.
    if (refusal === 'refused' && DONE_EARLIER.test(t) && stepDoneInThePast(askKey, t))
      return { kind: 'done', earlier: true };
    if (refusal === 'refused') return { kind: 'cannot', refused: true };
    // "jag har bara en laptop utan nätverksuttag": what the step needs is missing.
    if (lacksWhatStepNeeds(askKey, t)) return { kind: 'cannot' };
    // "wait, I haven't done the test yet … speedtest says 472 down over the cable": a result said as a test is the
    // step done, whatever "not yet" came before it.
    const testSaid =
      (askKey === 'step.wired_test' || askKey === 'step.move_closer') && saidSpeedTest(t) !== null;
    if (refusal === 'later' && !testSaid) return { kind: 'free', text: raw };
    // "fast.com says 470", "470/100", "around 450": the speed is the wired test's result.
    // "nu 390 nära routern": near the router, the speed said is that test's result too.
    // "jag bytte till Nilsson-5G nu och speedtest visar 380", "switched to the 5ghz wifi, 380 now": measured on the
    // 5 GHz Wi-Fi — the same showing as the test close to the router, never a speed "over the cable".
    const onWifi = askKey === 'step.wired_test' && ON_5GHZ.test(t) && !WIRED_SAID.test(t);
    const measuredMbps =
      askKey === 'step.wired_test' || askKey === 'step.move_closer'
        ? reportedSpeed(
            askKey === 'step.move_closer' || onWifi
              ? withoutQuestions(onWifi ? t.replace(WIFI_WORD, ' ') : t)
              : t,
          )
        : null;
    if (measuredMbps !== null)
      return onWifi ? { kind: 'done', measuredMbps, onWifi } : { kind: 'done', measuredMbps };
    // "I can do that, there's a cable next to the router", "ja det kan jag göra": a promise, the step still to come.
    if (PROMISES_STEP.test(t) && !DONE_SAID.test(t)) return { kind: 'free', text: raw };
    // Only the cable is in: the speed test that gives the step its point is still to come.
    if (askKey === 'step.wired_test' && PLUGGED_IN.test(t) && !SPEED_TESTED.test(t))
      return { kind: 'free', text: raw };
    if (
      /\b(kan (jag |vi )?(tyvarr |inte )?(inte|ej)|kan inte|gar inte|can'?t|cannot|unable|not able|no way|impossible|omojligt|har ingen|har inte (nagon|nan)|don'?t have|do not have|doesn'?t have|does not have|has no|saknar|don'?t own|do not own|ager (ingen|inte)|orkar inte|vagar inte|not possible|inte hemma|not (at )?home|away from home|at work|pa jobbet)\b/.test(
        t,
      )
    ) {
      return { kind: 'cannot' };
    }
    // "vet inte vad ett filter är men allt sitter i. klart": what the reply ends with settles it.
    if (DONT_KNOW.test(t) && !stepDoneAtEnd(t) && !doneBesideDoubt(askKey, t)) return { kind: 'unknown' };
    if (
      /\b(klart|klar|fardigt|fardig|gjort|gjorde|fixat|done|did it|did that|finished|completed|kopplat|plugged|moved|flyttat|startat|satt pa|turned (it )?on|sla(git)? pa|switched on|har gjort|pa nu|(is|it'?s) on now|now it'?s on|lyser nu|nu lyser|checked|kollat|kollade|redan|already|rebooting|restarting|booting|starting up|startar (om|upp)|bootar)\b/.test(
        t,
      )
    ) {
      return DONE_EARLIER.test(t) ? { kind: 'done', earlier: true } : { kind: 'done' };
    }
    if (askKey === 'step.check_cables' && CABLES_IN_PLACE.test(t)) return { kind: 'done' };
    if (saysStepDoneInOtherWords(clean(statementsOf(raw)))) return { kind: 'done' };
    if (stepDoneInThePast(askKey, t) || donePlainly(t)) return { kind: 'done' };
    // "Så, nu är iPaden med igen": a statement (never a question) that the device is back on.
    // "I see it on my phone now and it connected", "mobilen anslöt direkt": the step's effect, told as it happened.
    if (
      askKey === 'step.rejoin_wifi' &&
      (REJOINED.test(clean(statementsOf(raw))) || stepEffectTold(askKey, clean(statementsOf(raw))))
    )
      return { kind: 'done' };
    // "ok both on now, lights blinking": the state the step brings about, told in its own words.
    if (stepStateReached(askKey, t)) return { kind: 'done', inWords: true };
    if (askKey === 'step.move_closer' && CANNOT_MOVE.test(t)) return { kind: 'cannot' };
    const yn = yesNo(t);
    if (yn === 'yes') return { kind: 'done' };
    if (yn === 'no') return { kind: 'cannot' };
    return { kind: 'free', text: raw };
  }

  if (askKey.startsWith('consent.') || askKey === 'clarify.intent') {
    // A factory reset wipes the customer's settings: only a plain yes counts for it.
    if (askKey.startsWith('consent.') && askKey !== 'consent.factory_reset' && reluctantYes(t))
      return { kind: 'yes' };
    if (DONT_KNOW.test(t)) return { kind: 'unknown' };
    const yn = yesNo(t);
    if (yn) return { kind: yn };
    return { kind: 'free', text: raw };
  }
  return { kind: 'free', text: raw };
}
