import type { AuditLog } from '../tickets/ports.js';
import { erasureEntry, exportEntry, sweepEntry, type PrivacyActor } from './audit-entries.js';
import type {
  ErasureCounts,
  PersonalDataArchive,
  PersonalDataStore,
  RetentionCutoffs,
  SweepCounts,
} from './ports.js';

// Export, erasure and retention, each audited. Storage does the work (src/storage/privacy/).

export interface RetentionConfig {
  /** Days a conversation is kept after the ticket's last activity; 0 keeps it. */
  transcriptRetentionDays: number;
  /** Days raw received mail, attachments and sent mail are kept; 0 keeps them. */
  rawMailRetentionDays: number;
}

const DAY_MS = 86_400_000;

export function retentionCutoffs(now: Date, c: RetentionConfig): RetentionCutoffs {
  const before = (days: number) => (days > 0 ? new Date(now.getTime() - days * DAY_MS) : null);
  return {
    transcriptsBefore: before(c.transcriptRetentionDays),
    rawMailBefore: before(c.rawMailRetentionDays),
  };
}

export interface PrivacyServiceDeps {
  store: PersonalDataStore;
  audit: AuditLog;
  retention: RetentionConfig;
  now?: () => Date;
}

export interface PrivacyService {
  exportCustomer(customerNumber: string, actor: PrivacyActor): Promise<PersonalDataArchive | null>;
  eraseCustomer(customerNumber: string, actor: PrivacyActor): Promise<ErasureCounts | null>;
  sweep(): Promise<SweepCounts>;
}

export function createPrivacyService(deps: PrivacyServiceDeps): PrivacyService {
  const now = deps.now ?? (() => new Date());
  return {
    async exportCustomer(customerNumber, actor) {
      const archive = await deps.store.collect(customerNumber);
      if (archive) await deps.audit.append(exportEntry(actor, customerNumber, 'data subject access request'));
      return archive;
    },
    eraseCustomer(customerNumber, actor) {
      return deps.store.erase(customerNumber, (counts) =>
        erasureEntry(actor, 'data subject erasure request', counts),
      );
    },
    async sweep() {
      const counts = await deps.store.sweep(retentionCutoffs(now(), deps.retention));
      if (Object.values(counts).some((n) => n > 0)) await deps.audit.append(sweepEntry(counts));
      return counts;
    },
  };
}
