// A question back the catalogue has no answer for ("will this affect my neighbours?"): never a bare
// "good question". The customer hears honestly that a colleague will answer it (it is noted on the
// case in their words), what the pending question is for, and then that question again.
import type { AskKey } from '../domain/index.js';
import type { MessageKey } from './messages/index.js';

/** What the pending question is for, by the kind of question. */
export function whyAskedKey(askKey: AskKey, askMessage?: string | null): MessageKey {
  if (askKey === 'resolution.confirm')
    return askMessage === 'ask.resolution.confirm.request' ? 'why.confirm.request' : 'why.confirm';
  if (askKey.startsWith('identity.')) return 'why.identity';
  if (askKey.startsWith('consent.')) return 'why.consent';
  if (askKey.startsWith('step.')) return 'why.step';
  if (askKey.startsWith('config.')) return 'why.config';
  if (askKey === 'contact.availability') return 'why.availability';
  if (askKey === 'clarify.intent') return 'why.clarify';
  return 'why.check';
}

/** The texts for a question without a catalogue answer while `askKey` is pending. */
export function unansweredQuestion(askKey: AskKey, askMessage?: string | null): MessageKey[] {
  return ['reply.cannot_answer', whyAskedKey(askKey, askMessage)];
}
