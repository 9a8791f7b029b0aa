// The Kysely database type: the union of each capability's table definitions.
import type { AcsTables } from './tables/acs.js';
import type { ChannelTables } from './tables/channels.js';
import type { CoreTables } from './tables/core.js';
import type { HttpGuardTables } from './tables/http-guards.js';
import type { KbTables } from './tables/kb.js';
import type { LeaseTables } from './tables/leases.js';
import type { MailboxTables } from './tables/mailbox.js';
import type { OutageTables } from './tables/outages.js';
import type { TurnTables } from './tables/turns.js';
import type { StaffTables } from './tables/staff.js';
import type { WebhookTables } from './tables/webhooks.js';
import type { StaffNoticeTables } from './tables/staff-notices.js';

export interface Database
  extends
    CoreTables,
    AcsTables,
    ChannelTables,
    StaffTables,
    KbTables,
    LeaseTables,
    TurnTables,
    HttpGuardTables,
    OutageTables,
    StaffNoticeTables,
    MailboxTables,
    WebhookTables {}
