// How the customer can tell whether the fix held, in the terms of their own problem: slowness that
// comes at certain times is checked when it usually comes ("mostly in the evenings" → tonight), drops
// that come and go are watched for a day, anything else is checked now with a web page.
import type { Intent } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { MessageKey } from './messages/index.js';

/** Faults that come and go: whether they are gone shows only over time. */
export const COMES_AND_GOES_CAUSES: ReadonlySet<string> = new Set([
  'firmware_bug_drops',
  'wifi_channel_congestion',
  'optical_power_low',
  'dsl_low_snr',
  'docsis_power_out_of_range',
]);

/** Faults whose fix shows in a measured speed: checked with a speed test, not by opening a page. */
const SPEED_CAUSES: ReadonlySet<string> = new Set(['speed_wifi_limited', 'speed_line_degraded']);

/** What the customer says the problem is like (folded text, sv + en), checked in this order. */
const SYMPTOMS: [symptom: Symptom, re: RegExp][] = [
  [
    'drops',
    /\b(bryts|brots|bryter|tappar|tappade|drops?|dropping|dropped|disconnect\w*|cuts? out|kopplas (ner|bort)|forsvinner|forsvann|ligger nere|goes down|gar ner)\b/,
  ],
  [
    'slow',
    /\b(seg|segt|sega|segare|langsam\w*|slow\w*|laggar|laggig\w*|lagg|lag|lags|lagging|lagged|laggy|buffr\w*|buffering|hackar|hackig\w*|stutter\w*|trog\w*|sluggish)\b/,
  ],
];
/** When it is usually slow: the evening, when the neighbours are home too. */
const EVENING =
  /\b(kvall\w*|ikvall|evening\w*|tonight|at night|nights|pa natten|efter jobbet|after work|prime ?time)\b/;

/** Intents whose problem is slowness when the reply itself does not say. */
const SLOW_INTENTS: ReadonlySet<Intent> = new Set(['slow_speed']);

export interface ProblemWords {
  /** The customer's reply to "does it work now?". */
  text?: string;
  /** The case's intent from the opening. */
  intent?: Intent | null;
  /** What the opening said the problem is like ("vårt wifi har blivit segt": slow), when it said. */
  complaint?: Symptom | null;
  /** What the case did on the router (actions done, oldest first): a port forward is checked from outside. */
  actions?: readonly string[] | null;
  /** The customer's steps done in the case ("step.wired_test": the cable test is never asked for again). */
  steps?: readonly string[] | null;
}

export type Symptom = 'drops' | 'slow';

/** What the customer's own words say the problem is like, or null. */
export function symptomOf(text: string): Symptom | null {
  const t = fold(text);
  return SYMPTOMS.find(([, re]) => re.test(t))?.[0] ?? null;
}

/** The text that tells how to check, for the case's cause and the customer's own words. */
export function howToCheckFor(cause: string | null, said: ProblemWords = {}): MessageKey {
  // "how do i check the port is open myself?": a port forward shows from outside, never by opening a web page.
  if (said.actions?.includes('port_forward_add')) return 'reply.how_know_fixed.port_forward_add';
  if (cause && SPEED_CAUSES.has(cause))
    return said.steps?.includes('step.wired_test')
      ? 'confirm.how_check.speed_test.wired_done'
      : 'confirm.how_check.speed_test';
  // "hold on, I haven't tried yet. do I use my old password?" on a locked portal account: signing in is the check.
  if (cause === 'portal_account_locked') return 'confirm.how_check.portal';
  const t = fold(said.text ?? '');
  const named = symptomOf(t);
  const symptom = named ?? said.complaint ?? (said.intent && SLOW_INTENTS.has(said.intent) ? 'slow' : null);
  const comesAndGoes = !!cause && COMES_AND_GOES_CAUSES.has(cause);
  if (symptom === 'slow' && (comesAndGoes || symptom === named || !!said.complaint))
    return EVENING.test(t) ? 'confirm.how_check.slow_evening' : 'confirm.how_check.slow';
  return comesAndGoes ? 'confirm.how_check.intermittent' : 'confirm.how_check';
}
