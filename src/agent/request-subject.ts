// The subject of a case opened for a follow-up request (linked-case.ts): a short name of the kind of request
// ("Compensation request", "Charged twice", "Fråga om faktura"), never the customer's whole message — their
// words go onto the case as a note. Round 28 (b: T-000003, T-000013 took the message as their subject).
import type { Intent, Language } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import { capitalise } from './after-outcome-context.js';
import { brandParams, hasMessage, t, type BrandWords, type MessageKey } from './messages/index.js';

/** The kinds of a billing request, first match wins (folded text). */
const BILLING_KINDS: [string, RegExp][] = [
  [
    'double_charge',
    /\b(charged|billed|debited|paid|drawn|taken) (twice|two times|double)|\b(double|duplicate)[- ]?(charge|payment|billing|debit)\w*|\b(dubbel\w*|dubbla) (debiter\w*|betal\w*|dragning\w*|faktur\w*)|\bdragit (pengar )?(tva|2) ganger|\bdebiterat\w* (tva|2) ganger/,
  ],
  [
    'compensation',
    /\b(refund\w*|money back|reduction|discount|compensat\w*|credit (note|back)|pengar(na)? tillbaka|aterbetal\w*|ersattning\w*|kompensation\w*|avdrag\w*|rabatt\w*|nedsattning\w*)\b/,
  ],
  ['payment', /\b(paid|payment|pay|swish|autogiro|betal\w*|inbetal\w*)\b/],
];

/** A short subject for a linked case of `intent` opened for `text`, in `language`. */
export function requestSubject(language: Language, intent: Intent, text: string, words?: BrandWords): string {
  const folded = fold(String(text ?? '').slice(0, 1000));
  const kind = intent === 'billing' ? BILLING_KINDS.find(([, re]) => re.test(folded))?.[0] : undefined;
  const key = kind ? `subject.linked.${intent}.${kind}` : `subject.linked.${intent}`;
  if (hasMessage(key)) return t(language, key as MessageKey, words ? brandParams(words, language) : {});
  return capitalise(t(language, `intent.${intent}` as MessageKey, words ? brandParams(words, language) : {}));
}
