// Staff accounts, their sessions and the login throttle (see src/staff).
export interface StaffUserRow {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  /** 0/1 */
  active: number;
  created_at: string;
  last_login_at: string | null;
}

export interface StaffSessionRow {
  /** sha256 of the session cookie value; the cookie itself is never stored. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface StaffLoginAttemptRow {
  /** `user:<username>` or `ip:<address>`. */
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface StaffTables {
  staff_users: StaffUserRow;
  staff_sessions: StaffSessionRow;
  staff_login_attempts: StaffLoginAttemptRow;
}
