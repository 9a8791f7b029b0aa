// Failing lines seen by diagnoses, per area, and the areas already suggested to the NOC: the input
// of outage detection. In memory for one process; in the database (src/storage/line-failures.ts) when
// instances share the work and it must outlive a restart.

export interface LineFailure {
  area: string;
  serviceId: string;
  ticketId: string;
  code: string;
  /** Epoch ms. */
  at: number;
}

export interface LineFailureStore {
  record(failure: LineFailure): Promise<void>;
  /** The latest failure of each service in `area` since `sinceMs`, oldest first. */
  recent(area: string, sinceMs: number): Promise<LineFailure[]>;
  /** Areas with at least `lines` distinct failing services since `sinceMs`. */
  areasWith(lines: number, sinceMs: number): Promise<string[]>;
  /** When the area was last suggested to the NOC (epoch ms), or null. */
  suggestedAt(area: string): Promise<number | null>;
  markSuggested(area: string, atMs: number): Promise<void>;
  /** Drops failures older than `beforeMs` (they no longer count). */
  forget(beforeMs: number): Promise<void>;
}

export function createInMemoryLineFailures(): LineFailureStore {
  let failures: LineFailure[] = [];
  const suggested = new Map<string, number>();
  const latestPerService = (area: string, sinceMs: number) => {
    const latest = new Map<string, LineFailure>();
    for (const f of failures) if (f.area === area && f.at >= sinceMs) latest.set(f.serviceId, f);
    return [...latest.values()].sort((x, y) => x.at - y.at);
  };
  return {
    async record(failure) {
      failures.push(failure);
    },
    async recent(area, sinceMs) {
      return latestPerService(area, sinceMs);
    },
    async areasWith(lines, sinceMs) {
      const areas = new Set(failures.map((f) => f.area));
      return [...areas].filter((a) => latestPerService(a, sinceMs).length >= lines);
    },
    async suggestedAt(area) {
      return suggested.get(area) ?? null;
    },
    async markSuggested(area, atMs) {
      suggested.set(area, atMs);
    },
    async forget(beforeMs) {
      failures = failures.filter((f) => f.at >= beforeMs);
    },
  };
}
