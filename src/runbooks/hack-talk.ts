// Hacking named as news or as a risk ("read an article that routers with default passwords get hacked",
// "läste att routrar med standardlösenord hackas") is not a claim that this customer was broken into.
// Beside a question about the router's admin or factory password it is the reason for that request:
// the desk checks the password and offers to change it, it does not lock the router down for security.
// Text is folded (lower case, no diacritics) by the caller.

/** Words of a break-in. Someone "using" something is one only when it is the network, Wi-Fi, router or an account. */
export const HACK_WORDS =
  /(hack(ed|ad|ade|at|are)?\b|\bintrang|broken into|someone (else )?(is )?(using|on|in) (my|our) (wi-?fi|network|router|account)|(nagon|nan) (annan )?(anvander|snyltar pa|ar inne pa|ar inne i|ar inloggad pa)\b[^.?!]{0,12}\b(wi-?fi\w*|wlan\w*|natet|natverk\w*|router\w*|konto\w*|inloggning\w*|bredband\w*|internet\w*)|(nagon|nan) (annan )?snyltar\b|okanda? (enheter|enhet|prylar|pryl|apparater|apparat|dator|datorer|mobil|mobiler|telefon|telefoner)\b|unknown devices?|devices? i don'?t (know|recogni[sz]e)|(log ?ins?|logged in|sign(ed)?[ -]?ins?|access(ed)?)\b[^.?!]{0,30}\b(i|we) (didn'?t|didnt|don'?t|dont|did not|do not|can'?t|cant) (recogni[sz]e|know)|(unknown|unfamiliar|strange|suspicious|weird|foreign) (log ?ins?|sign[ -]?ins?|access|ip address\w*|logins)|(someone|somebody|a stranger) (has )?(logged|logging|signed|got) in(to)? (my|our|the) (router|admin|network|wi-?fi)|(okand|okanda|konstig|konstiga|misstankt|misstankta|frammande) (inloggning\w*|ip-?adress\w*)|(nagon|nan) (okand |annan )?har loggat in (pa|i) (routern|min router|var router|natet)|\b(someone|somebody|a stranger|strangers|an intruder|hackers?)\b[^.?!]{0,20}\b(has |have |had |must have |might have |may have )?(gotten|got|gets|getting|broken|broke|breaking) in(to)?\b[^.?!]{0,15}\b(router\w*|network|wi-?fi|wlan|admin\w*|home ?network)\b|\b(nagon|nan|en framling|framlingar|inkraktare)\b[^.?!]{0,20}\b(har |hade |maste ha |kan ha )?(tagit sig in|brutit sig in|tar sig in|kommit in)\b[^.?!]{0,15}\b(router\w*|natet|natverk\w*|wi-?fi\w*|wlan\w*|admin\w*)|\bdevices?\b[^.?!]{0,40}\b(i|we) (don'?t|dont|do not|can'?t|cant|cannot) (know|recogni[sz]e)|\b(enhet|enheter|prylar|apparater|grejer)\b[^.?!]{0,40}\b(jag|vi) (inte kanner igen|kanner inte igen|inte vet vad))/;

/** The router's admin login or its factory/default password asked about. */
/** A password word, short forms ("pw", "pwd", "lösen") and Swedish endings ("lösenordet") included. */
const PW = String.raw`(password\w*|passwd|pwd|pw|pass|losenord\w*|losen)\b`;
export const ADMIN_PASSWORD_WORDS = new RegExp(
  String.raw`(admin(istrator|istrat[oö]rs)?[ -]?(${PW}|login|inloggning\w*)|router(ns)?[ -]?(admin )?${PW}|admin\/admin|default ${PW}|standardlosenord|fabrikslosenord|factory (admin )?${PW}|admin[^.?!]{0,30}\b${PW}|\b${PW}[^.?!]{0,30}admin)`,
);

/** Hacking of routers or people in general, as a risk or as something read or heard. */
const GENERAL: RegExp[] = [
  /\b(routers|routrar\w*|devices|enheter|people|folk|manga|many|lots of|a lot of)\b[^.?!]{0,50}\b(get|gets|are|can be|could be|kan|blir|kan bli|hackas)\b/,
  /\b(can|could|may|might) be hacked\b|\bkan (bli )?hackas\b/,
  /\b(avoid|prevent|(don'?t|do not) want to|undvik\w*|for att (inte|ingen|slippa)|vill inte)\b[^.?!]{0,30}hack/,
  /\b(article|artikel\w*|news|nyhet\w*|read (that|about|online|somewhere|an?)|last (att|om|en|pa)|heard|hort)\b[^.?!]{0,80}hack/,
];

/** The customer's own router, network or self named as hacked ("my router got hacked", "har nån hackat oss"). */
const OWN =
  /\b(my|our|mitt|min|mina|vart|vara)\b[^.?!]{0,40}\bhack|\b(i|we|jag|vi)('ve|'m|'re| have| har| am| are| was| were| ar| blev| blivit| been| got| gotten)+ hack|\bhack(ed|at|ade) (me|us|mig|oss|it|den|routern)\b|\b(someone|somebody|nagon|nan|hackers?)\b[^.?!]{0,20}\b(hacked|hackat)\b/;

const sentences = (t: string) => t.match(/[^.?!\n]+[.?!\n]*/g) ?? [];

/** Every sentence that names hacking speaks of it in general, none of the customer's own router. */
export function hackingOnlyInGeneral(t: string): boolean {
  const hacking = sentences(t).filter((s) => HACK_WORDS.test(s));
  return hacking.length > 0 && hacking.every((s) => !OWN.test(s) && GENERAL.some((g) => g.test(s)));
}

/** Hacking denied ("we're NOT hacked", "vi är inte hackade", "nobody hacked us"): no fear voiced by it. */
const DENIED =
  /\b(not|never|isn'?t|aren'?t|wasn'?t|weren'?t|inte|aldrig|nobody|no one|ingen)\b[^.?!]{0,15}hack/;

/**
 * The words voice a fear of an intruder: not hacking in general beside a question about the admin
 * password, and not only hacking denied.
 */
export function voicesIntruderWorry(t: string): boolean {
  return (
    sentences(t).some((s) => HACK_WORDS.test(s) && !DENIED.test(s)) &&
    !(ADMIN_PASSWORD_WORDS.test(t) && hackingOnlyInGeneral(t))
  );
}
