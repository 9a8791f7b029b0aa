// "i asked you to change the wifi name to Hallbergs" (triage: wifi_password), "Min granne sa att någon kan
// ha hackat routern … internet segt" (triage: no_connection): a request known by its facts is recorded with
// the intent of the runbook those facts choose, not the intent the words weighed most.
import type { Intent } from '../domain/index.js';
import { runbookFor } from '../runbooks/runbooks.js';
import type { Facts } from '../runbooks/types.js';

/** Requests that their facts choose, whatever intent triage read. */
const CHOSEN_BY_FACTS: ReadonlySet<string> = new Set(['wifi_rename_request', 'security_worry']);

/** The intent a ticket is recorded with for a request with these facts. */
export function requestIntent(intent: Intent, facts: Facts): Intent {
  const runbook = runbookFor(intent, facts);
  return runbook.request && CHOSEN_BY_FACTS.has(runbook.request) ? runbook.intent : intent;
}
