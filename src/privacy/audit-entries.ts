import type { AuditEntry } from '../domain/index.js';
import type { ErasureCounts, SweepCounts } from './ports.js';

// Audit entries of the privacy operations. An erasure's entry names no one: its target is
// 'erased' like the skeletons it leaves, and its detail says only how much was removed.

export type PrivacyActor = AuditEntry['actor'];

export const SYSTEM_ACTOR: PrivacyActor = { kind: 'system', id: null };

function counted(counts: object): string {
  return Object.entries(counts)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');
}

export function exportEntry(actor: PrivacyActor, customerNumber: string, reason: string): AuditEntry {
  return { action: 'security.event', actor, target: customerNumber, reason, detail: 'privacy.export' };
}

export function erasureEntry(actor: PrivacyActor, reason: string, counts: ErasureCounts): AuditEntry {
  return {
    action: 'security.event',
    actor,
    target: 'erased',
    reason,
    detail: `privacy.erase ${counted(counts)}`,
  };
}

export function sweepEntry(counts: SweepCounts): AuditEntry {
  return {
    action: 'security.event',
    actor: SYSTEM_ACTOR,
    target: 'retention',
    reason: 'retention periods',
    detail: `privacy.sweep ${counted(counts)}`,
  };
}
