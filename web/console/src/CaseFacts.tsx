// The case summary's facts as a labelled list in the console's language (see case-summary.ts);
// the customer's own words are quoted as written, marked with the conversation's language.
import type { CaseFact } from './case-summary.js';
import { useI18n } from './i18n.js';

export function CaseFacts({ facts }: { facts: CaseFact[] }) {
  const { t } = useI18n();
  const label = {
    problem: t.problem,
    customerWords: t.customerWords,
    findings: t.findings,
    actions: t.actionsDone,
    outcome: t.outcome,
    nextStep: t.nextStep,
  };
  return (
    <dl className="kv case-facts" data-testid="case-facts">
      {facts.map((f) => (
        <div key={f.key} className="kv-row" data-fact={f.key}>
          <dt>{label[f.key]}</dt>
          <dd>
            {f.asWritten ? (
              <q lang={f.asWritten}>{f.values.join(' ')}</q>
            ) : f.values.length === 1 ? (
              f.values[0]
            ) : (
              <ul>
                {f.values.map((v, i) => (
                  <li key={i}>{v}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
