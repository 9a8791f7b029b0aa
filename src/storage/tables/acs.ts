// Tables of the CWMP ACS (src/acs). JSON as TEXT, times as ISO-8601 TEXT, booleans as 0/1.

import type { DevicesTable } from './core.js';

/** What the ACS keeps of its sessions with a device: one row per device it has talked to. */
export interface AcsDeviceStateRow {
  device_id: string;
  /** `Device.` (TR-181) or `InternetGatewayDevice.` (TR-098). */
  root: string;
  /** CWMP namespace suffix the device speaks, e.g. `1-2`. */
  cwmp_ns: string;
  pppoe_username: string | null;
  connection_request_url: string | null;
  last_inform_at: string | null;
  last_boot_at: string | null;
  /** Event codes of the last Inform, JSON array of strings. */
  last_events: string;
  /** Informs recorded so far; drives pruning of acs_events. */
  inform_count: number;
}

/**
 * A device as the ACS sees it: the `devices` row (id `OUI-ProductClass-Serial`) joined with its
 * `acs_device_state`.
 */
export type AcsDeviceRow = DevicesTable & Omit<AcsDeviceStateRow, 'device_id'>;

/** Parameter cache: one row per device and parameter path. */
export interface AcsParamRow {
  device_id: string;
  path: string;
  value: string;
  type: string;
  at: string;
}

export type AcsTaskStatus = 'pending' | 'running' | 'waiting' | 'done' | 'fault' | 'expired' | 'cancelled';

export interface AcsTaskRow {
  id: string;
  device_id: string;
  name: string;
  /** JSON of the task arguments. */
  args: string;
  status: AcsTaskStatus;
  /** Step of a multi-step task (e.g. a diagnostic: `set` → `wait` → `read`). */
  stage: string;
  attempts: number;
  max_attempts: number;
  next_attempt_at: string;
  expires_at: string | null;
  /** JSON result when done. */
  result: string | null;
  /** JSON `{ code, message, detail? }` of the last fault. */
  fault: string | null;
  created_at: string;
  updated_at: string;
}

export interface AcsEventRow {
  id: number;
  device_id: string;
  at: string;
  /** JSON array of `{ code, commandKey }`. */
  events: string;
}

/** Named leases (session locks `cwmp:<deviceId>`), shared by every instance on one database. */
export interface AcsLockRow {
  name: string;
  owner: string;
  expires_at: string;
}

/** A router's own CWMP credentials; passwords are SecretBox ciphertexts. */
export interface AcsCredentialRow {
  device_id: string;
  /** Names the device before its Inform is read (when no other router shares it). Null until the router has credentials. */
  username: string | null;
  password_enc: string | null;
  /** Credentials the ACS is setting on the router; they replace the above once it accepts them. */
  pending_username: string | null;
  pending_password_enc: string | null;
  /** Connection-request credentials the ACS set on the router (null until set). */
  cr_username: string | null;
  cr_password_enc: string | null;
  pending_cr_username: string | null;
  pending_cr_password_enc: string | null;
  /** `provisioned` (import, REST, demo), `first-contact` (auto-registration), `approved`, `config`. */
  source: string;
  created_at: string;
  updated_at: string;
}

/** A router that contacted the ACS without credentials of its own, waiting for approval. */
export interface AcsHeldDeviceRow {
  device_id: string;
  oui: string;
  product_class: string;
  serial_number: string;
  /** Username it presented at its latest contact. */
  username: string;
  /** Password it presented over Basic at its first contact (encrypted); every one is in acs_held_credentials. */
  password_enc: string | null;
  remote_address: string | null;
  reason: string;
  contacts: number;
  first_seen_at: string;
  last_seen_at: string;
  /** Address (IPv6: its /64) of its first contact: new held routers are bounded per address. */
  first_address: string | null;
  /** Random per held router: its credential fingerprints are HMACs under it. */
  fingerprint_salt: string | null;
}

/** One distinct credential a held router presented, and where from. */
export interface AcsHeldCredentialRow {
  device_id: string;
  /** HMAC of scheme, username and (Basic) password: never the password itself. */
  fingerprint: string;
  scheme: string;
  username: string;
  /** The Basic password (encrypted), adopted only when the operator approves this credential. */
  password_enc: string | null;
  /** JSON array of the source addresses it came from. */
  addresses: string;
  contacts: number;
  first_seen_at: string;
  last_seen_at: string;
}

/** A tag on a router (GenieACS `_tags`). */
export interface AcsDeviceTagRow {
  device_id: string;
  tag: string;
  created_at: string;
}

export type AcsCampaignStatus = 'running' | 'stopped' | 'completed' | 'cancelled';

/** A firmware campaign (JSON as TEXT: selection, firmware, settings, stage sizes). */
export interface AcsCampaignRow {
  id: string;
  name: string;
  /** JSON `{ query?, tags? }`. */
  selection: string;
  /** JSON `{ file }` (an NBI file) or `{ version }` (the catalogue's image). */
  firmware: string;
  /** JSON of the resolved settings (failure threshold, timeouts, attempts). */
  settings: string;
  /** JSON array of the members per stage. */
  stage_sizes: string;
  status: AcsCampaignStatus;
  /** Index of the stage under way (or the last one run). */
  stage: number;
  stop_reason: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export type AcsCampaignMemberStatus =
  'planned' | 'queued' | 'transferred' | 'succeeded' | 'failed' | 'skipped' | 'cancelled';

export interface AcsCampaignMemberRow {
  campaign_id: string;
  device_id: string;
  stage: number;
  status: AcsCampaignMemberStatus;
  task_id: string | null;
  detail: string | null;
  updated_at: string;
}

/** A file uploaded through the NBI, with GenieACS's metadata. */
export interface AcsFileRow {
  name: string;
  file_type: string;
  oui: string;
  product_class: string;
  version: string;
  length: number;
  sha256: string;
  data: Buffer;
  uploaded_at: string;
}

export interface AcsTables {
  devices: DevicesTable;
  acs_device_state: AcsDeviceStateRow;
  acs_params: AcsParamRow;
  acs_tasks: AcsTaskRow;
  acs_events: AcsEventRow;
  acs_locks: AcsLockRow;
  acs_credentials: AcsCredentialRow;
  acs_held_devices: AcsHeldDeviceRow;
  acs_held_credentials: AcsHeldCredentialRow;
  acs_device_tags: AcsDeviceTagRow;
  acs_campaigns: AcsCampaignRow;
  acs_campaign_members: AcsCampaignMemberRow;
  acs_files: AcsFileRow;
}
