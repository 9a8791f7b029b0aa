// What an open answer (a language model's text, src/llm) must be before a customer reads it: a short,
// plain answer in the conversation's language that claims no action, promises no money, asks nothing
// back, names no number and links nowhere but the home router. Everything the desk does is decided by
// its own deterministic reading; an open answer only explains.
import type { Language } from './vocabulary.js';

/** The text the model is told to give when it cannot or should not answer. */
export const OPEN_ANSWER_DECLINE = 'UNKNOWN';
export const OPEN_ANSWER_MAX_CHARS = 600;

export type OpenAnswerRejection =
  | 'declined'
  | 'empty'
  | 'too_long'
  | 'asks_back'
  | 'claims_action'
  | 'promises_money'
  | 'link'
  | 'number'
  | 'language';

export type OpenAnswerVerdict = { ok: true; text: string } | { ok: false; reason: OpenAnswerRejection };

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`´]/g, "'");

const words = (list: string) => new RegExp(String.raw`(^|[^\p{L}\p{N}])(${list})(?=$|[^\p{L}\p{N}])`, 'gu');

// "I have reset…", "we'll book…", "jag har startat om…", "vi skickar…": the desk doing something. Folded.
const CLAIMS_ACTION = words(
  String.raw`(i|we)( have|'ve| will|'ll| am going to|'m going to| are going to|'re going to| just| already| can| could)? (now )?(changed?|reset|restart(ed)?|reboot(ed)?|book(ed)?|sent|send|updated?|upgraded?|cancel(l?ed)?|refund(ed)?|credit(ed)?|unlock(ed)?|opened|forward(ed)?|configured?|set up|scheduled?|escalated?|noted|fixed|fix|turned|switched|enabled?|disabled?|registered|ordered?|renamed?)|(jag|vi)( har| ska| kommer att| kan)?( nu| redan)? (andrat|andrar|andra|startat om|startar om|starta om|startade om|aterstallt|aterstaller|aterstalla|bokat|bokar|boka|skickat|skickar|skicka|uppdaterat|uppdaterar|uppdatera|sagt upp|saga upp|sager upp|aterbetalat|aterbetalar|krediterat|krediterar|last upp|laser upp|oppnat|oppnar|stallt in|staller in|fixat|fixar|slagit pa|slagit av|noterat|noterar|eskalerat|registrerat|bestallt|bestaller|dopt om)`,
);
const PROMISES_MONEY = words(
  String.raw`refund\w*|compensat\w*|reimburs\w*|money back|discount\w*|credit note\w*|free of charge|aterbetal\w*|ersattning\w*|kompensation\w*|kreditera\w*|rabatt\w*|pengarna tillbaka|gratis`,
);
const LINK = /\bhttps?:\/\/(?!192\.168\.\d{1,3}\.\d{1,3}(?![\d.]))\S+|\bwww\.\S+/i;
const LONG_NUMBER = /\d{5,}/;
const OWN_WORDS: Record<Language, RegExp> = {
  sv: words('och|att|det|ar|inte|som|pa|for|med|du|din|ditt|dina|kan|ett|en|om|eller|har|den|nar|vid'),
  en: words('the|and|is|it|to|you|your|can|not|of|a|an|in|if|or|are|that|this|when|with'),
};

/** Markdown a chat bubble would show as marks: bold, headings, bullets, code fences. */
function plain(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/^\s*(#{1,6}|[-*•]|\d+[.)])\s+/gm, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
    .replace(/^["“”']+|["“”']+$/g, '')
    .trim();
}

const count = (re: RegExp, text: string) => (text.match(re) ?? []).length;

/** Whether `given` may be said to the customer as it is (normalised to plain text), or why not. */
export function screenOpenAnswer(given: string, language: Language): OpenAnswerVerdict {
  const text = plain(String(given ?? ''));
  if (!text) return { ok: false, reason: 'empty' };
  if (text.toUpperCase().startsWith(OPEN_ANSWER_DECLINE)) return { ok: false, reason: 'declined' };
  if (text.length > OPEN_ANSWER_MAX_CHARS) return { ok: false, reason: 'too_long' };
  if (/[?？]/.test(text)) return { ok: false, reason: 'asks_back' };
  const folded = fold(text);
  if (count(CLAIMS_ACTION, folded)) return { ok: false, reason: 'claims_action' };
  if (count(PROMISES_MONEY, folded)) return { ok: false, reason: 'promises_money' };
  if (LINK.test(text)) return { ok: false, reason: 'link' };
  if (LONG_NUMBER.test(text.replace(/[\s ]/g, ''))) return { ok: false, reason: 'number' };
  const other: Language = language === 'sv' ? 'en' : 'sv';
  const own = count(OWN_WORDS[language], folded);
  if (own === 0 || own <= count(OWN_WORDS[other], folded)) return { ok: false, reason: 'language' };
  return { ok: true, text };
}

/** `text` with every run of four or more digits (customer numbers, PINs, phone numbers) masked. */
export function maskLongNumbers(text: string): string {
  return text.replace(/\d(?:[\s.-]?\d){3,}/g, '••••');
}
