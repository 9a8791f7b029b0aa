// Diagnostics and actions on the ticket page: run the probes, show the likely causes, and offer
// only the actions the diagnosis suggests. An action that needs the customer's consent offers to
// ask for it in the conversation; it runs once the customer has said yes.
import { useState } from 'react';
import { CONSENT_FOR_ACTION, type ActionName } from '../../../src/domain/vocabulary.js';
import { post } from './api.js';
import { useI18n } from './i18n.js';
import { actionLabel, consentLabel, humanize, queueLabel } from './labels.js';
import { causeLabel } from './case-labels.js';
import type { TicketDetail } from './types.js';

export interface Cause {
  cause: string;
  score: number;
  tier1Fixable: boolean;
  suggestedAction?: string;
  suggestedStep?: string;
  escalateTo?: string;
}

interface Props {
  data: TicketDetail;
  busy: boolean;
  run: (fn: () => Promise<unknown>, done?: () => void, progress?: string) => Promise<boolean>;
}

export function ActionsPanel({ data, busy, run }: Props) {
  const { t, lang, fmt } = useI18n();
  const [causes, setCauses] = useState<Cause[] | null>(null);
  const [secrets, setSecrets] = useState<Record<string, string> | null>(null);
  const [lastResort, setLastResort] = useState(false);
  const base = `/api/v1/console/tickets/${data.ticket.id}`;
  const closed = data.ticket.status === 'resolved' || data.ticket.status === 'closed';
  const suggested = [
    ...new Set((causes ?? []).flatMap((c) => (c.suggestedAction ? [c.suggestedAction] : []))),
  ];

  return (
    <div className="actions-panel">
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          run(
            async () => {
              const r = await post<{ causes: Cause[] }>(`${base}/diagnostics`, {});
              setCauses(r.causes);
            },
            undefined,
            t.diagnosticsRunning,
          )
        }
      >
        {t.runDiagnostics}
      </button>
      {causes && (
        <div className="causes" data-testid="diagnosis" aria-live="polite">
          <h3>{t.diagnosis}</h3>
          {causes.length === 0 ? (
            <p>{t.noCause}</p>
          ) : (
            <ol>
              {causes.map((c) => (
                <li key={c.cause}>
                  <strong>{causeLabel(c.cause, lang)}</strong> ({t.score} {c.score})
                  {c.suggestedAction ? ` → ${actionLabel(c.suggestedAction, lang)}` : ''}
                  {c.suggestedStep ? ` → ${humanize(c.suggestedStep)}` : ''}
                  {c.escalateTo ? ` → ${queueLabel(c.escalateTo, lang)}` : ''}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
      <h3>{t.suggestedActions}</h3>
      {!causes ? (
        <p className="hint">{t.runDiagnosticsFirst}</p>
      ) : suggested.length === 0 ? (
        <p className="hint">–</p>
      ) : (
        <ul className="action-list">
          {suggested.map((a) => {
            const consent = CONSENT_FOR_ACTION[a as ActionName];
            const hasConsent = !consent || data.grants.consents.includes(consent);
            const asked = data.consentAsk?.action === a;
            return (
              <li key={a} data-testid={`action-${a}`}>
                <strong>{actionLabel(a, lang)}</strong>
                {consent && (
                  <p className={hasConsent ? 'ok' : 'hint'}>
                    {hasConsent
                      ? t.consentGiven
                      : asked
                        ? fmt(t.consentAsked, { what: consentLabel(consent, lang) })
                        : fmt(t.needsConsent, { what: consentLabel(consent, lang) })}
                  </p>
                )}
                {a === 'cpe_factory_reset' && (
                  <label>
                    <input
                      type="checkbox"
                      checked={lastResort}
                      onChange={(e) => setLastResort(e.target.checked)}
                    />{' '}
                    {t.lastResort}
                  </label>
                )}
                <div className="row">
                  {!hasConsent && !asked && (
                    <button
                      type="button"
                      disabled={busy || closed}
                      onClick={() => run(() => post(`${base}/consent-request`, { action: a }))}
                    >
                      {t.askConsent}
                    </button>
                  )}
                  <button
                    type="button"
                    disabled={busy || closed || !hasConsent}
                    onClick={() =>
                      run(async () => {
                        setSecrets(null);
                        const r = await post<{ secrets: Record<string, string> | null }>(`${base}/actions`, {
                          action: a,
                          lastResort,
                        });
                        setSecrets(r.secrets);
                      })
                    }
                  >
                    {t.runAction}: {actionLabel(a, lang)}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {secrets && (
        <p className="secret" role="status">
          {t.secretNote}{' '}
          {Object.entries(secrets).map(([k, v]) => (
            <code key={k}>
              {humanize(k)}: {v}
            </code>
          ))}
        </p>
      )}
    </div>
  );
}
