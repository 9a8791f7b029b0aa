// Request counters of the rate limits (shared by every desk instance on the database) and the
// row /readyz writes to prove that the database accepts writes.
export interface RateLimitHitsTable {
  key: string;
  hits: number;
  /** ISO time at which the window ends and the count starts again. */
  reset_at: string;
}

export interface ReadinessProbeTable {
  id: string;
  at: string;
}

export interface HttpGuardTables {
  rate_limit_hits: RateLimitHitsTable;
  readiness_probe: ReadinessProbeTable;
}
