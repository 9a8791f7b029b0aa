import type { AskKey, Language } from '../../domain/index.js';

// What the voice channel itself says, beside the agent's words: keypad hints, the satisfaction
// prompt, transfer and call-back sentences. Plain data per language.

export const VOICE_LANG: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Asks a caller may answer on the keypad (digits, finished with the hash key). */
export const KEYPAD_HINT: Partial<Record<AskKey, Record<Language, string>>> = {
  'identity.customer_number': {
    sv: 'Slå kundnumret på knappsatsen och avsluta med fyrkant, eller säg det.',
    en: 'Type your customer number on the keypad and finish with the hash key, or say it.',
  },
  'identity.pin': {
    sv: 'Slå PIN-koden på knappsatsen och avsluta med fyrkant, eller säg den.',
    en: 'Type your PIN on the keypad and finish with the hash key, or say it.',
  },
};

export const VOICE_TEXT = {
  sayOptions: { sv: 'Du kan till exempel säga:', en: 'You can say, for example:' },
  pressOptions: { sv: 'Eller tryck', en: 'Or press' },
  pressFor: { sv: '{key} för {option}', en: '{key} for {option}' },
  noAnswer: {
    sv: 'Jag hörde inget svar. Ring gärna tillbaka, ditt ärende finns kvar. Hej då.',
    en: "I didn't hear an answer. Please call again, your case is saved. Goodbye.",
  },
  csatKeypad: {
    sv: 'Tryck en siffra från 1 till 5 på knappsatsen.',
    en: 'Press a key from 1 to 5 on your keypad.',
  },
  goodbye: { sv: 'Tack för samtalet. Hej då.', en: 'Thank you for calling. Goodbye.' },
  transfer: {
    sv: 'Jag kopplar dig nu till {queue}. Ett ögonblick.',
    en: 'I am putting you through to {queue} now. One moment.',
  },
  transferFailed: {
    sv: 'Ingen kunde svara just nu. Ditt ärende finns kvar hos {queue} och de ringer upp dig. Hej då.',
    en: 'Nobody could answer right now. Your case stays with {queue}, and they will call you back. Goodbye.',
  },
  callBack: {
    sv: '{queue} har stängt just nu. De ringer upp dig när de öppnar, {when}.',
    en: '{queue} is closed right now. They will call you back when they open, {when}.',
  },
  colleague: { sv: 'en kollega', en: 'a colleague' },
  today: { sv: 'i dag klockan {time}', en: 'today at {time}' },
  tomorrow: { sv: 'i morgon klockan {time}', en: 'tomorrow at {time}' },
  weekday: { sv: '{day} klockan {time}', en: '{day} at {time}' },
  error: {
    sv: 'Något gick fel hos oss. Försök igen om en stund.',
    en: 'Something went wrong on our side. Please try again shortly.',
  },
} satisfies Record<string, Record<Language, string>>;

export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);
}
