// Outbound webhook deliveries (migration 014).
export interface WebhookDeliveriesTable {
  id: string;
  /** The receiver's name in the operator file. */
  webhook: string;
  event: string;
  /** Shared by the deliveries of one event to several receivers. */
  event_id: string;
  url: string;
  /** The JSON body exactly as signed and sent. */
  body: string;
  /** pending | delivering (claimed until next_attempt_at) | delivered | failed */
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  /** HTTP status of the last attempt (null: no answer). */
  last_status: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface WebhookTables {
  webhook_deliveries: WebhookDeliveriesTable;
}
