// Svenska: wifi-lösenordet som efterfrågas efter en wifi-åtgärd, och att ansluta en enhet till wifi:t (src/agent/wifi-key-need.ts).
import type { wifiKeyEn } from './wifi-key-en.js';

export const wifiKeySv: Record<keyof typeof wifiKeyEn, string> = {
  'wifi_key.on_label':
    'Wifi-lösenordet står på etiketten under (eller på baksidan av) routern, oftast kallat ”Wifi-lösenord” eller ”WPA-nyckel”.',
  'wifi_key.shown_above':
    'Använd det nya wifi-lösenordet som jag visade ovan här i chatten (efter ”Ditt nya wifi-lösenord är”): välj ditt nätverk i mobilen och skriv in det när den frågar.',
};
