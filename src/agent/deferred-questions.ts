// "will we lose our settings? wifi password etc. my wife is on a call right now" at a permission: the
// question is answered, and the permission waits for "go". "ok but you didnt answer, will the settings
// stay the same?" while it waits is answered too, and the wait goes on: a question is never the go-ahead.
import type { AccessKind } from '../domain/index.js';
import { hasMessage, type MessageKey } from './messages/index.js';
import { actionsDone } from './question-answers.js';
import { rootCauseOf } from './knowledge.js';
import { sideAnswers } from './side-questions.js';
import type { AskSpec } from './turn.js';

type RunbookState = Parameters<typeof rootCauseOf>[0] & Parameters<typeof actionsDone>[0];

/** The texts that answer what a reply to a permission asks, for that action and this case. */
export function questionsAtConsent(
  text: string,
  spec: AskSpec,
  state: RunbookState,
  access: AccessKind | null,
): MessageKey[] {
  return sideAnswers(text, {
    askKey: spec.key,
    askMessage: spec.message ?? null,
    cause: rootCauseOf(state),
    access,
    actions: actionsDone(state),
  }).keys;
}

/** "It can wait" for the action asked about, with that action's own duration, or the general text. */
export function deferText(spec: AskSpec): MessageKey {
  const action = /^(?:consent|offer)\.([a-z_]+)/.exec(spec.message ?? '')?.[1];
  const key = `defer.consent.${action}`;
  return action && hasMessage(key) ? key : 'defer.consent';
}
