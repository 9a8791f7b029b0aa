// Conversations waiting for the customer's answer, for the silence reminders (any instance sends them).
export interface SilenceTimersTable {
  ticket_id: string;
  /** When the bot last spoke (ISO-8601): the silence counts from here. */
  since: string;
}

export interface SilenceTables {
  silence_timers: SilenceTimersTable;
}
