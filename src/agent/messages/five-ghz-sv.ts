// Svenska: 5 GHz-bandet får ett eget namn (procedures.ts five_ghz_name_request, wifi.ts fiveGhzOwnName):
// frågas först, görs sedan bara på 5 GHz-bandet, och vilket namn som väljs på vilken enhet.
import type { fiveGhzEn } from './five-ghz-en.js';

export const fiveGhzSv: Record<keyof typeof fiveGhzEn, string> = {
  'consent.wifi_change.five_ghz':
    'Ska jag ge ditt 5 GHz-nät ett eget namn: ditt vanliga nätverksnamn med ”-5G” på slutet? 2,4 GHz-nätet behåller sitt namn och lösenordet är detsamma. Enheter som är på 5 GHz nu behöver ansluta till det nya namnet en gång.',
  'acting.wifi_ssid_change.five_ghz': 'Jag ger ditt 5 GHz-nät ett eget namn.',
  'done.wifi_ssid_change.five_ghz':
    'Klart: ditt 5 GHz-nät heter nu ”{name}”, och ”{usual}” är ditt 2,4 GHz-nät. Välj ”{name}” på enheter nära routern (mobil, dator, tv, spelkonsol) för mest fart, och behåll ”{usual}” på enheter långt från routern och på äldre prylar och smarta hem-prylar. Lösenordet är samma på båda.',
  'advice.five_ghz_name_kept':
    'Då ändrar jag ingenting: ditt nät behåller ett namn och routern väljer bandet åt varje enhet som förut. Vill du ge 5 GHz-bandet ett eget namn senare skriver du bara här.',
  'reply.five_ghz_name.five_ghz_name_request': 'Ja – det kan jag göra åt dig härifrån.',
  'reply.band_split.five_ghz_name_request': 'Ja – det kan jag göra åt dig härifrån.',
  'reply.breaks_other.consent.wifi_change.five_ghz':
    'Inget annat ändras: 2,4 GHz-nätet behåller sitt namn och lösenordet är detsamma, så enheter på det (äldre enheter och smarta hem-prylar brukar vara det) är kvar uppkopplade. Bara enheter på 5 GHz ansluter till det nya ”-5G”-namnet en gång.',
  'reply.choose_password.consent.wifi_change.five_ghz':
    'Lösenordet är detsamma på båda näten: bara 5 GHz-nätets namn ändras.',
};
