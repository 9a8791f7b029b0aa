// Groups the failure reasons of a scenario run by kind, for handing failures on (`--failures FILE`).
import type { BenchSummary } from './scenarios-run.js';

const KINDS: [kind: string, test: RegExp][] = [
  ['identity not written to the ticket (linked)', /not linked to the subscriber/],
  ['satisfaction question after a handoff to a person', /satisfaction question asked after a handoff/],
  ['conversation closed at the handoff to a person', /conversation ended at the handoff/],
  ['satisfaction score recorded wrongly', /satisfaction score/],
  ['after-outcome message moved or changed the case', /after-outcome messages (changed|moved)/],
  ['after-outcome message lost or unanswered', /after-outcome message \d/],
  ['internal code shown to the customer', /^internal code/],
  ['message in the wrong language', /^message not in/],
  ['active customer told the connection will be reopened', /told the connection will be reopened/],
  ['non-customer asked for a customer number again', /non-customer asked/],
  ['account change routed without verification', /routed to sales without verifying/],
  ['security case without both password changes', /^security case/],
  ['change made without asking consent', /without asking the customer's consent/],
  ['internet diagnosis or router action for another service', /for a question about another service/],
  ['wrong outcome', /^outcome /],
  ['wrong queue', /^queue /],
  ['fix never ran', /none of fixedBy/],
  ['resolved on the ticket but not really fixed', /problem is not gone/],
  ['forbidden or unverified action', /^(forbidden action|account-changing action)/],
  ['too many turns', /more than maxTurns/],
  ['action name garbled or unknown on the ticket', /action that is not in the vocabulary/],
  [
    'ticket documentation incomplete',
    /^(ticket |action .* has no recorded result|escalation without a handoff packet)/,
  ],
  ['harness or transport error', /^(error|observe):/],
];

export interface FailureGroup {
  kind: string;
  scenarios: { id: string; reason: string }[];
}

export function kindOf(reason: string): string {
  return KINDS.find(([, re]) => re.test(reason))?.[0] ?? 'other';
}

export function groupFailures(summary: Pick<BenchSummary, 'scenarios'>): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const s of summary.scenarios) {
    for (const reason of s.reasons) {
      const kind = kindOf(reason);
      const g = groups.get(kind) ?? { kind, scenarios: [] };
      if (!g.scenarios.some((x) => x.id === s.id)) g.scenarios.push({ id: s.id, reason });
      groups.set(kind, g);
    }
  }
  return [...groups.values()].sort((a, b) => b.scenarios.length - a.scenarios.length);
}

export function failuresMarkdown(
  title: string,
  summary: Pick<BenchSummary, 'scenarios' | 'n' | 'passed'>,
): string {
  const lines = [`## ${title}: ${summary.passed}/${summary.n} passed`, ''];
  for (const g of groupFailures(summary)) {
    lines.push(`### ${g.kind} (${g.scenarios.length})`);
    for (const s of g.scenarios) lines.push(`- ${s.id}: ${s.reason}`);
    lines.push('');
  }
  return lines.join('\n');
}
