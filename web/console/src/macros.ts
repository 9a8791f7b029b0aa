// Canned replies in both languages. Variables in braces are filled from the ticket and the
// signed-in staff member; the reply goes out in the ticket's language.
import type { Lang } from './i18n.js';

export interface Macro {
  id: string;
  title: Record<Lang, string>;
  text: Record<Lang, string>;
  /** Status to set after sending, if the macro implies one. */
  status?: 'pending_customer';
}

export const MACROS: Macro[] = [
  {
    id: 'greeting',
    title: { sv: 'Hälsning', en: 'Greeting' },
    text: {
      sv: 'Hej {customer.firstName}! Jag heter {agent.name} och tar hand om ditt ärende {ticket.reference}.',
      en: "Hi {customer.firstName}, I'm {agent.name} and I'm handling your case {ticket.reference}.",
    },
  },
  {
    id: 'restart-router',
    title: { sv: 'Be kunden starta om routern', en: 'Ask the customer to restart the router' },
    text: {
      sv: 'Kan du dra ur strömsladden till routern, vänta 30 sekunder och sätta i den igen? Säg till när lamporna har slutat blinka.',
      en: 'Could you unplug the router, wait 30 seconds and plug it back in? Tell me when the lights have stopped blinking.',
    },
    status: 'pending_customer',
  },
  {
    id: 'technician',
    title: { sv: 'Tekniker bokas', en: 'Technician booked' },
    text: {
      sv: 'Vi skickar en tekniker. Hen hör av sig för att boka en tid. Ditt ärendenummer är {ticket.reference}.',
      en: 'We are sending a technician, who will contact you to book a time. Your case number is {ticket.reference}.',
    },
  },
  {
    id: 'waiting-info',
    title: { sv: 'Vi väntar på svar', en: 'Waiting for an answer' },
    text: {
      sv: 'Jag väntar på ditt svar. Skriv bara här när du har möjlighet, så fortsätter vi.',
      en: 'I am waiting for your answer. Just write here when you can and we will continue.',
    },
    status: 'pending_customer',
  },
  {
    id: 'closing',
    title: { sv: 'Avslutning', en: 'Closing' },
    text: {
      sv: 'Skönt att det fungerar igen! Jag avslutar ärendet {ticket.reference}. Hör av dig om något mer dyker upp.',
      en: 'Glad it works again! I am closing case {ticket.reference}. Get in touch if anything else comes up.',
    },
  },
];

export interface MacroVars {
  'customer.name': string;
  'customer.firstName': string;
  'ticket.reference': string;
  'agent.name': string;
}

/** The macro's text in the ticket's language with the variables filled in (unknown ones left as written). */
export function fillMacro(m: Macro, lang: Lang, vars: MacroVars): string {
  return m.text[lang].replace(/\{([\w.]+)\}/g, (whole, k: string) =>
    k in vars ? vars[k as keyof MacroVars] : whole,
  );
}

/** The macro a "/shortcode" names: its id, or the start of exactly one id. */
export function findMacro(text: string): Macro | undefined {
  const m = /^\/([\w-]+)$/.exec(text.trim());
  if (!m) return undefined;
  const code = m[1].toLowerCase();
  const exact = MACROS.find((x) => x.id === code);
  if (exact) return exact;
  const starts = MACROS.filter((x) => x.id.startsWith(code));
  return starts.length === 1 ? starts[0] : undefined;
}
