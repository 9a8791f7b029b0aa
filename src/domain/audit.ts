import { z } from 'zod';

// Append-only audit log entries, one zod union member per action kind (after Documenso).

const common = {
  // api: a REST API token (id = the token's name); nbi: a caller without a credential on the
  // loopback NBI listener (id = the listener's address).
  actor: z.object({
    kind: z.enum(['customer', 'bot', 'staff', 'system', 'api', 'nbi']),
    id: z.string().nullable(),
  }),
  target: z.string(),
  reason: z.string(),
};

export const auditEntrySchema = z.discriminatedUnion('action', [
  z.object({
    ...common,
    action: z.literal('identity.verified'),
    method: z.enum(['pin', 'portal_session', 'otp']),
  }),
  z.object({ ...common, action: z.literal('identity.failed'), attempts: z.number().int() }),
  z.object({ ...common, action: z.literal('identity.locked'), attempts: z.number().int() }),
  z.object({ ...common, action: z.literal('consent.given'), consentKey: z.string() }),
  z.object({ ...common, action: z.literal('consent.refused'), consentKey: z.string() }),
  z.object({
    ...common,
    action: z.literal('device.action'),
    name: z.string(),
    ticketId: z.string().nullable(),
    evidence: z.array(z.string()),
    result: z.enum(['done', 'failed', 'refused']),
  }),
  z.object({
    ...common,
    action: z.literal('account.action'),
    name: z.string(),
    ticketId: z.string().nullable(),
    result: z.enum(['done', 'failed', 'refused']),
  }),
  z.object({ ...common, action: z.literal('staff.login'), ok: z.boolean() }),
  z.object({ ...common, action: z.literal('data.import'), rows: z.number().int() }),
  z.object({ ...common, action: z.literal('security.event'), detail: z.string() }),
]);

export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type StoredAuditEntry = AuditEntry & { id: number; at: string };
