// The case summary for staff as labelled facts in the console's language. The summary the agent
// stores is prose in two fixed languages (the customer's, and English with codes for staff); these
// facts are built from what the ticket records instead (intent, findings, steps, outcome), so they
// read in whichever language the console is in. What the customer wrote stays as written.
import type { Lang } from './i18n.js';
import {
  actionErrorLabel,
  customerStepLabel,
  knownCauseLabel,
  outcomeLabel,
  stepTriedLabel,
} from './case-labels.js';
import { intentLabel, queueLabel } from './labels.js';
import type { Finding, TimelineEvent } from './types.js';

export type CaseFactKey = 'problem' | 'customerWords' | 'findings' | 'actions' | 'outcome' | 'nextStep';

export interface CaseFact {
  key: CaseFactKey;
  values: string[];
  /** The customer's own words: shown as written, in this (the conversation's) language. */
  asWritten?: Lang;
}

export interface CaseInput {
  intent: string | null;
  subject: string | null;
  /** The conversation's language. */
  language: Lang;
  timeline: TimelineEvent[];
}

/** How much of the customer's first message the summary quotes. */
const QUOTE_CHARS = 300;

/** What the customer wrote about the case: the subject, else the first message (shortened). */
function customerWords(c: CaseInput): string | null {
  if (c.subject?.trim()) return c.subject.trim();
  const first = c.timeline.find((e) => e.type === 'message_in');
  const text = typeof first?.text === 'string' ? first.text.trim() : '';
  if (!text) return null;
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text;
}

/** A finding code in words: the finding's own explanation, else the console's name for the cause. */
export function findingWords(code: string, lang: Lang, explanation?: { sv: string; en: string }): string {
  return explanation?.[lang] ?? knownCauseLabel(code, lang) ?? explanation?.en ?? code;
}

/** The faults the diagnostics found (the latest reading of each), in words. */
function findings(timeline: TimelineEvent[], lang: Lang): string[] {
  const latest = new Map<string, Finding>();
  for (const e of timeline)
    if (e.type === 'finding') latest.set((e.finding as Finding).code, e.finding as Finding);
  return [...latest.values()]
    .filter((f) => f.severity !== 'ok')
    .map((f) => findingWords(f.code, lang, f.explanation));
}

/** What was done on the case (router actions and steps the customer took) and how each went. */
function actions(timeline: TimelineEvent[], lang: Lang): string[] {
  return timeline.flatMap((e) => {
    if (e.type === 'action_done') return [stepTriedLabel(String(e.action), 'done', lang)];
    if (e.type === 'action_failed')
      return [`${stepTriedLabel(String(e.action), '', lang)}: ${actionErrorLabel(String(e.error), lang)}`];
    if (e.type === 'customer_step') return [customerStepLabel(String(e.step), String(e.result), lang)];
    return [];
  });
}

const NEXT: Record<string, { sv: string; en: string }> = {
  resolved: { sv: 'Inget, ärendet är löst.', en: 'Nothing, the case is resolved.' },
  escalated: { sv: '{team} tar över ärendet.', en: '{team} takes the case from here.' },
  routed: { sv: '{team} tar över ärendet.', en: '{team} takes the case from here.' },
  outage_informed: {
    sv: 'Kunden får besked när driftstörningen är åtgärdad.',
    en: 'The customer is told when the outage is fixed.',
  },
  withdrawn: {
    sv: 'Inget, kunden bad inte om ärendet eller behöver det inte längre.',
    en: 'Nothing, the customer did not ask for the case or no longer needs it.',
  },
  refused: {
    sv: 'Kunden verifierar sig med PIN-koden från välkomstbrevet eller per telefon.',
    en: 'The customer verifies with the PIN from the welcome letter or by phone.',
  },
};

/** The summary's facts, in order; a resolution adds its outcome and the next step. */
export function caseFacts(
  c: CaseInput,
  lang: Lang,
  resolution?: { outcome: string; queue: string | null },
): CaseFact[] {
  const facts: CaseFact[] = [{ key: 'problem', values: [intentLabel(c.intent ?? 'other', lang)] }];
  const words = customerWords(c);
  if (words) facts.push({ key: 'customerWords', values: [words], asWritten: c.language });
  const found = findings(c.timeline, lang);
  if (found.length) facts.push({ key: 'findings', values: found });
  const done = actions(c.timeline, lang);
  if (done.length) facts.push({ key: 'actions', values: done });
  if (resolution) {
    const team = resolution.queue ? queueLabel(resolution.queue, lang) : null;
    facts.push({
      key: 'outcome',
      values: [`${outcomeLabel(resolution.outcome, lang)}${team ? ` (${team})` : ''}`],
    });
    const next = NEXT[resolution.outcome]?.[lang];
    if (next) facts.push({ key: 'nextStep', values: [next.replace('{team}', team ?? '–')] });
  }
  return facts;
}
