import type { EngineMigration } from '../migrate.js';
import { coreMigration } from './001_core.js';
import { acsMigration } from './002_acs.js';
import { staffMigration } from './003_staff.js';
import { kbMigration } from './004_kb.js';
import { channelsMigration } from './005_channels.js';
import { leasesMigration } from './006_leases.js';
import { acsCredentialsMigration } from './007_acs_credentials.js';
import { httpGuardsMigration } from './008_http_guards.js';
import { privacyMigration } from './009_privacy.js';
import { pendingTurnsMigration } from './010_pending_turns.js';
import { acsHeldCredentialsMigration } from './011_acs_held_credentials.js';
import { staffNoticesMigration } from './012_staff_notices.js';
import { webhooksMigration } from './014_webhooks.js';
import { acsTagsMigration } from './016_acs_tags.js';
import { silenceTimersMigration } from './018_silence_timers.js';
import { outageDetectionMigration } from './019_outage_detection.js';
import { imapMailboxMigration } from './021_imap_mailbox.js';
import { acsCampaignsMigration } from './023_acs_campaigns.js';
import { acsFilesMigration } from './024_acs_files.js';
import { turnLeaseMigration } from './025_turn_lease.js';
import { searchPendingListMigration } from './027_search_pending_list.js';
import { oneDeviceTableMigration } from './028_one_device_table.js';
import { searchQueueMigration } from './029_search_queue.js';
import { acsLocksClusteredMigration } from './030_acs_locks_clustered.js';

// Migrations in order; names sort lexically. Each capability adds its own file and one line here.
export const migrations: Record<string, EngineMigration> = {
  '001_core': coreMigration,
  '002_acs': acsMigration,
  '003_staff': staffMigration,
  '004_kb': kbMigration,
  '005_channels': channelsMigration,
  '006_leases': leasesMigration,
  '007_acs_credentials': acsCredentialsMigration,
  '008_http_guards': httpGuardsMigration,
  '009_privacy': privacyMigration,
  '010_pending_turns': pendingTurnsMigration,
  '011_acs_held_credentials': acsHeldCredentialsMigration,
  '012_staff_notices': staffNoticesMigration,
  '014_webhooks': webhooksMigration,
  '016_acs_tags': acsTagsMigration,
  '018_silence_timers': silenceTimersMigration,
  '019_outage_detection': outageDetectionMigration,
  '021_imap_mailbox': imapMailboxMigration,
  '023_acs_campaigns': acsCampaignsMigration,
  '024_acs_files': acsFilesMigration,
  '025_turn_lease': turnLeaseMigration,
  '027_search_pending_list': searchPendingListMigration,
  '028_one_device_table': oneDeviceTableMigration,
  '029_search_queue': searchQueueMigration,
  '030_acs_locks_clustered': acsLocksClusteredMigration,
};
