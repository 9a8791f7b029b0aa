// "On the cable yes, but on Wi-Fi it is still slow": once a wired test has shown full speed, the line
// and the router are fine and the Wi-Fi advice is the answer — a second-line case would find nothing.
// The customer is told how to use the faster band, and the case closes (they can write again).
import { fold } from '../triage/normalize.js';

const WIFI = /\b(wi-?fi\w*|wlan|wireless|tradlos\w*|tradlost)\b/;
const SLOW =
  /\b(slow\w*|still|not|no|nej|seg\w*|langsam\w*|fortfarande|inte|sucks|bad|dalig\w*|samma|same)\b/;
/** "It is slow on the cable too": then the line is not fine after all. */
const CABLE_SLOW =
  /\b(cable|kabel\w*|wired|ethernet|sladd\w*)\b[^.!?]{0,25}\b(too|also|as well|ocksa|med|aven)\b[^.!?]{0,15}\b(slow|seg\w*|langsam\w*)|\b(slow|seg\w*|langsam\w*)\b[^.!?]{0,15}\b(on|over|via|med|pa|i)\b (the )?(cable|kabel\w*|wired|sladd\w*)/;

/** The reply says the speed is still low on Wi-Fi (and not on the cable). */
export function stillSlowOnWifi(text: string): boolean {
  const t = fold(String(text ?? '').slice(0, 600)).replace(/\s+/g, ' ');
  return WIFI.test(t) && SLOW.test(t) && !CABLE_SLOW.test(t);
}

/** A clause that says it is fine close by or on the cable ("on cable yes", "next to the router yes"). */
const HERE_OK =
  /\b(yes|yeah|yep|ok|okay|fine|good|great|works?|working|better|faster|full speed|ja|jo|funkar|fungerar|bra|battre|snabbare|fint)\b|\b(on|over|with|via|by) (the )?(cable|wire)|\b(next to|near|close to|by|beside) (the )?router|\b(med|pa|via) kabel\w*|\b(bredvid|nara|vid|intill) routern/;
/** A clause that says it is still bad somewhere else ("but the bedroom is still bad", "my phone in the kitchen still gets 40"). */
const THERE_BAD =
  /\b(still|fortfarande|bad|slow|weak|poor|sucks|terrible|only|just|barely|dalig\w*|daligt|seg\w*|langsam\w*|svag\w*|bara|knappt|inte|not|no|can'?t|cant|cannot|kan inte|forever|hela tiden|all the time)\b|\b\d{1,3}\b/;
/** "Even next to the router it is slow": then it is not only far away. */
const EVEN_HERE =
  /\b(even|also|too|inte ens|not even|aven|ocksa)\b[^.!?]{0,20}\b(next to|near|close to|bredvid|nara|vid|intill|on the cable|med kabel)\b/;

/**
 * "well on cable yes. but my phone in the kitchen still gets 40", "next to the router yes. but the
 * bedroom is still bad": fine close by or on the cable, still bad further away.
 */
export function fineHereNotThere(text: string): boolean {
  const t = fold(String(text ?? '').slice(0, 600)).replace(/\s+/g, ' ');
  if (EVEN_HERE.test(t) || CABLE_SLOW.test(t)) return false;
  const cut = /\b(but|men|though|although|fast|except|utom)\b/.exec(t);
  if (!cut) return false;
  return HERE_OK.test(t.slice(0, cut.index)) && THERE_BAD.test(t.slice(cut.index));
}
