// Svenska: "är 40 på wifi verkligen normalt?", "varför så långsamt?" medan ärendet pågår, besvarat för
// ärendets grundorsak (vad den uppmätta siffran betyder, över wifi och över kabel); sedan ställs frågan igen.
import { keyedBy } from './keyed.js';
import type { normalEn } from './normal-en.js';

const PORTAL_LOCK =
  'Ja, det är normalt: {portal} låser kontot efter några felaktiga lösenord i rad, så att ingen ska kunna gissa sig fram. Det är ett skydd, inget fel – när kontot är upplåst och du loggar in med rätt lösenord fungerar det som vanligt.';

const NORMAL = {
  speed_wifi_limited:
    'Över wifi, ja, det är normalt. Vårt test visar att din linje ger full hastighet fram till routern, så en lägre siffra på datorn beror på wifit, inte på linjen. Datorn är ansluten på det långsammare 2,4 GHz-bandet, och där ger några meter och en vägg ofta 40–100 Mbit/s. På 5 GHz-nätet nära routern får du flera hundra, och med nätverkskabel full hastighet.',
  wifi_weak_signal:
    'Långt från routern, ja, det är vanligt. Wifisignalen blir svagare med avståndet och för varje vägg, och hastigheten sjunker med den. Vår linje till dig är bra, så siffran du mäter där är wifit. Närmare routern, eller med en mesh-enhet halvvägs, går det mycket fortare.',
  wifi_channel_congestion:
    'Det är vanligt där många grannars nät delar samma kanal. De turas om i luften, så hastigheten sjunker, mest på kvällarna. Din linje är bra, och en lugnare kanal är det som hjälper.',
  speed_line_degraded:
    'Nej, det är inte normalt. Vårt test visar att själva linjen är långsammare än ditt abonnemang, ända fram till routern, så det är inte ditt wifi. Våra tekniker behöver titta på linjen.',
  // "is it normal that it locks after just 3 or 4 tries?": the lock after a few wrong passwords (also once a
  // temporary password was given for it).
  portal_account_locked: PORTAL_LOCK,
  portal_password_reset: PORTAL_LOCK,
} as const;

export const normalSv: typeof normalEn = {
  ...keyedBy('reply.is_normal.', NORMAL),
};
