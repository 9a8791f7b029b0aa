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
