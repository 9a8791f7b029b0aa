// Outage detection across instances: the latest failing-line diagnosis per service, and when each
// area was last suggested to the NOC.
export interface LineFailuresTable {
  service_id: string;
  area: string;
  ticket_id: string;
  code: string;
  /** ISO-8601. */
  at: string;
}

export interface OutageSuggestionsTable {
  area: string;
  at: string;
}

export interface OutageTables {
  line_failures: LineFailuresTable;
  outage_suggestions: OutageSuggestionsTable;
}
