// Staff asking the customer, in the conversation, for the consent an action needs: the question
// in the ticket's language, and reading the customer's next message as yes or no (the triage
// parser the automated agent uses for its own consent questions).
import type { AskKey, ConsentKey, Language, StoredTimelineEvent } from '../domain/index.js';
import { parseAnswer } from '../triage/index.js';

export const CONSENT_ASK_STATE = 'console.consentAsk';

export interface ConsentAsk {
  consentKey: ConsentKey;
  action: string;
  staffId: string;
  at: string;
}

const WHAT: Record<ConsentKey, Record<Language, string>> = {
  'consent.reboot': {
    sv: 'att starta om din router (internet är borta ett par minuter)',
    en: 'restarting your router (the internet is down for a couple of minutes)',
  },
  'consent.factory_reset': {
    sv: 'att återställa din router till fabriksinställningarna (egna inställningar försvinner)',
    en: 'resetting your router to factory settings (your own settings are lost)',
  },
  'consent.firmware_update': {
    sv: 'att uppdatera routerns programvara (routern startar om)',
    en: "updating the router's software (the router restarts)",
  },
  'consent.wifi_change': {
    sv: 'att ändra inställningarna för ditt wifi',
    en: 'changing your Wi-Fi settings',
  },
  'consent.config_change': {
    sv: 'att ändra inställningar i din router',
    en: 'changing settings in your router',
  },
};

const QUESTION: Record<Language, string> = {
  sv: 'För att åtgärda det här behöver jag ditt godkännande för {what}. Är det okej att jag gör det nu? Svara ja eller nej.',
  en: 'To fix this I need your permission for {what}. Is it OK if I do that now? Please answer yes or no.',
};

export function consentQuestion(consentKey: ConsentKey, lang: Language): string {
  return QUESTION[lang].replace('{what}', WHAT[consentKey][lang]);
}

/** The customer's answer to an open consent question: yes, no, or null while there is none. */
export function consentAnswer(
  ask: ConsentAsk,
  timeline: StoredTimelineEvent[],
  lang: Language,
): 'yes' | 'no' | null {
  for (const e of timeline) {
    if (e.type !== 'message_in' || e.at < ask.at) continue;
    const parsed = parseAnswer(ask.consentKey as AskKey, e.text, lang);
    if (parsed.kind === 'yes' || parsed.kind === 'no') return parsed.kind;
  }
  return null;
}
