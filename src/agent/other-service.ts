// A question about a service this desk does not run (TV, mobile, e-mail): it goes to a colleague as it
// stands. An invoice or a request for a person stays what it is, whatever service it names.
import { runbookFor } from '../runbooks/runbooks.js';
import type { ConversationState } from './conversation-state.js';

/** Whether the case is only a question about another service. */
export function onlyOtherService(conv: Pick<ConversationState, 'facts' | 'intent'>): boolean {
  return (
    !!conv.facts.otherService &&
    runbookFor(conv.intent ?? 'other', conv.facts).request === 'other_service_request'
  );
}
