// Staff e-mail notifications: who wants which by mail, and what each has been sent (once each).
export interface StaffNotifySettingsTable {
  username: string;
  email: string;
  /** JSON array of 'queue' | 'reply' | 'sla'. */
  events: string;
  /** ISO-8601: nothing that happened before is mailed. */
  updated_at: string;
}

export interface StaffNoticesSentTable {
  username: string;
  ticket_id: string;
  kind: string;
  /** What the notice was about: the queue, the customer message id, the SLA standing. */
  mark: string;
  sent_at: string;
}

export interface StaffNoticeTables {
  staff_notify_settings: StaffNotifySettingsTable;
  staff_notices_sent: StaffNoticesSentTable;
}
