// The insights service: loads ticket histories and analyses them, with a short cache so that a
// dashboard refreshing every few seconds does not re-read every timeline.
import { analyze } from './analyze.js';
import { loadTicketRecords, type InsightsTicketSource, type LoadOptions } from './records.js';
import type { InsightsReport } from './types.js';

export interface InsightsQuery {
  from?: string | null;
  to?: string | null;
  repeatWindowDays?: number;
  abandonAfterMinutes?: number;
}

export interface InsightsServiceDeps {
  tickets: InsightsTicketSource;
  now?: () => Date;
  /** Reuse a report for this long (ms; default 15 s, 0 = always fresh). */
  cacheMs?: number;
  maxTickets?: number;
  log?: LoadOptions['log'];
}

export interface InsightsService {
  report(q?: InsightsQuery): Promise<InsightsReport>;
}

export function createInsightsService(deps: InsightsServiceDeps): InsightsService {
  const now = deps.now ?? (() => new Date());
  const cacheMs = deps.cacheMs ?? 15_000;
  const cache = new Map<string, { at: number; report: Promise<InsightsReport> }>();

  return {
    report(q = {}) {
      const key = JSON.stringify([
        q.from ?? null,
        q.to ?? null,
        q.repeatWindowDays ?? null,
        q.abandonAfterMinutes ?? null,
      ]);
      const t = now().getTime();
      const hit = cache.get(key);
      if (hit && cacheMs > 0 && t - hit.at < cacheMs) return hit.report;
      const report = (async () => {
        // Repeat contacts look a window past `to` and before `from`; load the wider range.
        const windowMs = (q.repeatWindowDays ?? 7) * 86_400_000;
        const records = await loadTicketRecords(deps.tickets, {
          maxTickets: deps.maxTickets,
          log: deps.log,
          from: q.from ? new Date(Date.parse(q.from) - windowMs).toISOString() : null,
          to: q.to ? new Date(Date.parse(q.to) + windowMs).toISOString() : null,
        });
        return analyze(records, { now: new Date(t), ...q });
      })();
      if (cacheMs > 0) {
        if (cache.size > 20) cache.clear();
        cache.set(key, { at: t, report });
        // The caller gets the rejection through `report`; here a failed report only leaves the cache.
        report.catch(() => cache.delete(key));
      }
      return report;
    },
  };
}
