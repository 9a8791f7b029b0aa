// "does it cost anything?", "and the technician visit, is that free?" about a case only a technician
// fixes: what the visit costs, from the help centre's page on technician visits (the catalogue's
// `reply.cost.<cause>` texts). Null for a case whose cause has no such text: billing's "do I have to
// pay?" is not a question about a visit.
import { topicsOf } from '../triage/topics-of.js';
import { hasMessage, type MessageKey } from './messages/index.js';

export function visitCostKey(text: string, cause: string | null): MessageKey | null {
  if (!cause || !topicsOf(text).includes('cost')) return null;
  const key = `reply.cost.${cause}`;
  return hasMessage(key) ? key : null;
}
