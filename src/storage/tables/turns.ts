// Customer messages that were acknowledged but not yet answered (crash recovery).
export interface PendingTurnsTable {
  ticket_id: string;
  message_id: string;
  accepted_at: string;
}

export interface TurnTables {
  pending_turns: PendingTurnsTable;
}
