// Replies to "what is your PIN?" that say the customer has no PIN at hand ("minns inte", "can't find
// it", "where do I find it?"): not a refusal, so they are told where the PIN is and asked again.
import { cleanText, fold } from './normalize.js';

const LACKS =
  /\b(minns (ju )?inte|kommer (ju )?inte ihag|glomt|glomde|vet (ju )?inte|ingen aning|hittar (den |det )?inte|har (ingen|inte (nan|nagon|den|kvar))|fatt (nan|nagon)|var (star|hittar|finns)|forgot|forgotten|(don'?t|dont|do not|can'?t|cant|cannot) (remember|recall|find|know)|no idea|not sure|(don'?t|dont|do not) have (it|one|a pin|any)|never (got|had|received)|where (do|can|is|would)|lost (it|the))\b/;

/** The customer has no PIN at hand (forgot it, cannot find it, asks where it is). */
export function lacksPin(text: string): boolean {
  const t = fold(cleanText(String(text ?? '')).slice(0, 600))
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ');
  return LACKS.test(t);
}

/**
 * The caller is not the account holder: "it's not my account", "I'm the landlord, it's in my tenant's name",
 * "det är inte mitt abonnemang", "det står på min hyresgäst". No PIN will come, and the line is not theirs to test.
 */
const NOT_HOLDER =
  /\b((it'?s|its|it is|that'?s|thats|this is) not my (account|subscription|contract|line|connection|router)|not my (own )?(account|subscription|contract)|(i'?m|im|i am) not (the )?(account ?holder|holder|owner of the account|customer)|not the account ?holder|(i'?m|im|i am) (the|her|his|their) landlord|in (my )?(tenant'?s?|hyresgast\w*) name|(my|the) tenant'?s (account|subscription|contract|line|internet|connection|router)|(det ar|det e|de e) inte (mitt|min) (konto|abonnemang|avtal|linje|uppkoppling|router)|inte (mitt|min) (egna? )?(konto|abonnemang|avtal)|(jag ar|ja e|jag e) inte (konto|abonnemangs)?innehavare\w*|(jag ar|ja e|jag e) (hyresvard|hennes hyresvard|hans hyresvard)|star pa (min |mina )?hyresgast\w*|min hyresgasts? (konto|abonnemang|internet|uppkoppling|router))\b/;

/** The caller says the account is someone else's (a landlord, a relative): nothing is tested or changed for them. */
export function saysNotHolder(text: string): boolean {
  const t = fold(cleanText(String(text ?? '')).slice(0, 600))
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ');
  return NOT_HOLDER.test(t);
}

/** "jag har inget kundnummer!!!", "i don't have an account number", "none": no customer number to give. */
const NO_NUMBER =
  /\b((inget|inte (nagot|ett)|saknar) kundnummer|kundnummer (har jag )?(inte|inget)|(no|don'?t have (a|an|any)|do not have (a|an|any)) (customer|account) ?(number|no)|(ar|e) inte (en )?kund|inte (ar|e) (en )?kund|(not|never been) (a |your )?customer)\b/;
/** The whole answer to "what is your customer number?" says there is none. */
const NONE_AT_ALL =
  /^(none|none yet|no number|n\/?a|ingen|inget|inga|har inget|har ingen|har inte nagot|(i )?(don'?t|dont|do not) have (one|any)|(i )?have none|haven'?t got one)[\s.!]*$/;

/** The caller says there is no customer number to give (not a number forgotten: one that does not exist). */
export function saysNoCustomerNumber(text: string): boolean {
  const t = fold(cleanText(String(text ?? '')).slice(0, 600))
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return NO_NUMBER.test(t) || NONE_AT_ALL.test(t);
}

/** "I'll have to ask him, hold on", "vänta, ska hämta brevet", "one sec, looking for it": the PIN is on its way. */
const FETCHING =
  /\b(hold on|hang on|one (sec|second|moment|min)|just a (sec|second|moment|minute)|give me a (sec|second|moment|minute)|wait a (sec|second|moment|minute)|(i'?ll|i will|let me|i need to|i have to|i'?ll have to|i must|gotta|have to) (go )?(ask|check|look|find|get|fetch|grab|dig)\b|(looking|searching) for (it|the (letter|pin))|ska (bara )?(fraga|kolla|leta|hamta|titta)|maste (fraga|kolla|leta|hamta)|(jag )?(kollar|letar|hamtar) (efter |upp )?(den|det|brevet|koden|pinkoden)|vanta (lite|lite grann|en (stund|sekund|minut)|ett (tag|ogonblick))?$|ett ogonblick|en sekund|en liten stund)\b/;

/** "I'll look for it tonight. bye": fetched another time — the chat ends here, nothing waits. */
const NOT_NOW =
  /\b(tonight|later|tomorrow|another time|next time|when i get home|bye|ikvall|i kvall|senare|sen(are)? idag|imorgon|i morgon|en annan gang|nar jag kommer hem|hej ?da|hejda)\b/;

/**
 * "where do I find that?", "hold on where is that pin", "is it the one on the letter with the router?", "var står
 * pinkoden?": where the PIN is, asked — beside a "hang on" too, which then is no fetching but a question.
 */
const WHERE_ASKED =
  /\b(where|wheres|where'?s|var|vart)\b[^.!]{0,12}\b(do|can|is|are|would|should|will|find|get|it|that|the|hittar|star|finns|far|ar|e|den|koden|pinkoden)\b|\b(is it|isn'?t it|is that|ar det|ar den|e de|e den)\b[^.!?]{0,40}\b(letter|brev\w*|invoice|faktura\w*|sticker|lapp\w*|etikett\w*|my pages|mina sidor)\b/;

/** The caller asks where the PIN is to be found. */
export function asksWherePin(text: string): boolean {
  const t = fold(cleanText(String(text ?? '')).slice(0, 300)).replace(/[’`´]/g, "'");
  return WHERE_ASKED.test(t);
}

/** The caller is fetching the PIN (asking the holder, finding the letter): not a refusal, nothing to count. */
export function fetchingPin(text: string): boolean {
  const t = fold(cleanText(String(text ?? '')).slice(0, 300))
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return FETCHING.test(t) && !NOT_NOW.test(t);
}

/**
 * "kan ni inte skicka den till min mejl?", "jag kan ge mitt personnummer", "går det att säga upp utan den?", "can you
 * text it to me?": another way than the PIN asked about — sent by e-mail or text, an ID number instead, or none.
 */
const SENT_ELSEWHERE =
  /\b(skicka|send|maila|mejla|smsa|email|e-mail|mail|text)\b( \w+){0,2} (den|koden|pin\w*|it|the pin|the code|my pin|min pin\w*)\b[^.?!]{0,25}\b(mejl\w*|mail\w*|e-?post\w*|email|e-mail|inbox|sms\w*|telefon\w*|phone|mobil\w*)\b|\b(mejla|maila|smsa|email|e-mail|text|sms) (mig |me )?(den|koden|it|the pin|the code|my pin)\b|\b(pin\w*|koden|code)\b[^.?!]{0,30}\b(via|by|per|pa|over|i|in|to) (mitt |min |my )?(mejl\w*|mail\w*|e-?post\w*|email|e-mail|sms|text)\b/;
const ID_INSTEAD =
  /\b(personnummer\w*|personnr|personal (id|identity) number|personal number|social security|id-?kort\w*|id card|legitimation)\b/;
/** "kan ni inte skicka en bekräftelse till min mejl istället?", "can't you just confirm it by e-mail instead?": a
 * confirmation by e-mail in place of the PIN. */
const MAIL_CONFIRM =
  /\b(bekrafte\w*|bekrafta\w*|confirm\w*|verif\w*)\b[^.?!]{0,40}\b(mejl\w*|mail\w*|e-?post\w*|email|e-mail|inbox|inkorg\w*)\b|\b(mejl\w*|mail\w*|e-?post\w*|email|e-mail)\b[^.?!]{0,25}\b(bekrafte\w*|bekrafta\w*|confirm\w*|verif\w*)\b/;

/** A confirmation by e-mail asked for instead of the PIN ("kan ni skicka en bekräftelse till min mejl istället?"). */
export function asksMailConfirmation(text: string): boolean {
  const t = fold(cleanText(String(text ?? '')).slice(0, 600)).replace(/\s+/g, ' ');
  return MAIL_CONFIRM.test(t) && !SAFE_TO_SEND.test(t);
}
const WITHOUT_PIN = /\b(utan (den|pin\w*|koden|kod)|without (it|the pin|a pin|pin|the code|my pin))\b/;

/** "is it safe to send a PIN by e-mail?": a worry about sending it, answered as such — not another way asked for. */
const SAFE_TO_SEND = /\b(safe\w*|secure\w*|saker\w*|sakert|trygg\w*|risk\w*)\b/;

export function asksPinOtherWay(text: string): boolean {
  const t = fold(cleanText(String(text ?? '')).slice(0, 600))
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ');
  if (SAFE_TO_SEND.test(t) && !ID_INSTEAD.test(t)) return false;
  return SENT_ELSEWHERE.test(t) || ID_INSTEAD.test(t) || WITHOUT_PIN.test(t) || MAIL_CONFIRM.test(t);
}

/** "nej, jag kommer inte hitta den", "I won't find it", "jag HAR ingen pin": no PIN will come. */
const NONE_COMING =
  /\b(kommer (inte|aldrig) (att )?hitta|hittar (den |det |koden )?(inte|aldrig)|har (ingen|inte (nan|nagon|den|kvar))|won'?t (ever )?find|will (not|never) find|can'?t find|cannot find|(don'?t|dont|do not) have (it|one|a pin|any)|have no pin|no pin)\b/;

export function noPinComing(text: string): boolean {
  const t = fold(cleanText(String(text ?? '')).slice(0, 600))
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ');
  return NONE_COMING.test(t) || lacksPin(text);
}

/**
 * "I don't have the PIN", "den har jag inte här", "har inte koden här", "pappa har den", "the letter is at home":
 * the customer says the PIN is not with them — not that they forgot where it is ("where do I find it?", "minns
 * inte"), which is told and asked again. After this the PIN is not asked for again; the case goes on without it.
 */
const NOT_AT_HAND =
  /\b((den|det|koden|pin\w*|pin-koden) har jag (inte|ej)|har (den|det|koden|pin\w*|pin-koden) (inte|ej))(?=( har| med mig| pa mig| just nu| nu| till hands| hemma| tillganglig)*\s*([.,!?;:]|$| men| for| och| kan| jag| ska| sa))|\b(har (inte|ej) (den|koden|pin\w*|pin-koden|nan pin\w*|nagon pin\w*|nan kod\w*|nagon kod\w*)|har (ingen|inget) (pin\w*|kod\w*|pin-kod\w*)|har ingen (har|med mig|pa mig)|(pappa|mamma|farsan|morsan|min (man|fru|sambo|pappa|mamma|partner|son|dotter|pojkvan|flickvan)|frun|gubben|maken|han|hon) har (den|koden|pin\w*|pin-koden|brevet)|(brevet|koden|pin\w*|den) (ligger|ar|finns) (kvar )?hemma|(don'?t|dont|do not|doesn'?t|does not) have (it|the pin|my pin|a pin|any pin|the code|one|that)( \w+)?( (here|on me|with me|at hand|to hand|now|right now|atm))?|(haven'?t|havent|have not) got (it|the pin|a pin|my pin|one)|(have|got) no pin|no pin (here|on me|with me|at hand)|not (on|with) me|(my|the) (husband|wife|partner|dad|father|mum|mom|mother|son|daughter|boyfriend|girlfriend) (has|keeps|holds) (it|the pin|the letter|that)|(he|she) has (it|the pin|the letter)|(the letter|it|the pin) is (at home|back home|in a (box|drawer) somewhere))\b/;

/** The customer says the PIN is not with them (not merely where it is or that they forgot it). */
export function pinNotAtHand(text: string): boolean {
  const t = fold(cleanText(String(text ?? '')).slice(0, 600))
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ');
  return NOT_AT_HAND.test(t);
}
