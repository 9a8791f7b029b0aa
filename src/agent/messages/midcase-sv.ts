// Svenska texter för felsteg mitt i ett ärende (hjälp med PIN, driftstörning utan kundnummer, en
// fråga i svaret på "fungerar det nu?", frågor om ett steg).
import type { midcaseEn } from './midcase-en.js';

export const midcaseSv: Record<keyof typeof midcaseEn, string> = {
  'identity.pin_where':
    'PIN-koden står i välkomstbrevet du fick när abonnemanget startade – ta den tid du behöver. Hittar du den inte kan du också ringa oss.',
  'outage.public':
    'Ja – det finns en känd störning i det området just nu ({title}). Våra tekniker arbetar med den och räknar med att den är åtgärdad {eta}.',
  'outage.public_no_eta':
    'Ja – det finns en känd störning i det området just nu ({title}). Våra tekniker arbetar med den.',
  'ask.identity.customer_number.link':
    'Om du ger mig ditt kundnummer kopplar jag ditt ärende till störningen, så får du ett meddelande här när den är åtgärdad. Har du det till hands?',
  'ask.identity.pin.again': 'När du har den skriver du bara den fyrsiffriga PIN-koden här.',
};
