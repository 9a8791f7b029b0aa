import { describe, expect, it } from 'vitest';
import {
  auditEntrySchema,
  timelineEventSchema,
  type AuditEntry,
  type TimelineEvent,
} from '../domain/index.js';
import { ERASED, skeletonAudit, skeletonEvent, withoutWords } from './skeleton.js';

const customer = { kind: 'customer' as const, id: 'anna@example.se' };
const bot = { kind: 'bot' as const, id: null };
const events: TimelineEvent[] = [
  {
    type: 'message_in',
    actor: customer,
    channel: 'chat',
    text: 'Anna Berg, Storgatan 12',
    meta: { from: 'anna@example.se' },
  },
  { type: 'message_out', actor: bot, channel: 'chat', text: 'Tack Anna', askKey: null, options: ['Anna'] },
  {
    type: 'finding',
    actor: bot,
    probe: 'wifi',
    finding: {
      code: 'wifi.weak',
      severity: 'warn',
      evidence: { values: { ssid: 'Anna Berg' }, source: 'cpe' },
      explanation: { sv: 'Anna', en: 'Anna' },
    },
  },
  {
    type: 'action_requested',
    actor: bot,
    action: 'cpe_reboot',
    reason: 'Anna asked',
    args: { note: 'Anna' },
  },
  { type: 'action_done', actor: bot, action: 'cpe_reboot', result: { by: 'Anna' } },
  { type: 'action_failed', actor: bot, action: 'cpe_reboot', error: 'Anna offline', code: 'device_offline' },
  { type: 'customer_step', actor: customer, step: 'power_cycle', result: 'done' },
  { type: 'note', actor: { kind: 'staff', id: 'eva' }, text: 'Called Anna', internal: true },
  { type: 'status_change', actor: bot, from: 'new', to: 'escalated', reason: 'Anna' },
  {
    type: 'resolution',
    actor: bot,
    outcome: 'resolved',
    disposition: 'fixed_by_reboot',
    summary: { customer: 'Anna', staff: 'Anna' },
  },
  { type: 'csat', actor: customer, score: 5, comment: 'Anna says thanks' },
];

describe('skeletons', () => {
  it.each(events.map((e) => [e.type, e] as const))(
    '%s keeps its kind and codes and loses every word',
    (_type, e) => {
      const s = skeletonEvent(e);
      expect(timelineEventSchema.safeParse(s).success).toBe(true);
      expect(s.type).toBe(e.type);
      expect(JSON.stringify(s)).not.toMatch(/Anna|Storgatan|anna@/);
      expect(s.actor.id).toBe(e.actor.kind === 'customer' ? null : e.actor.id);
    },
  );

  it('keeps codes and outcomes', () => {
    expect(skeletonEvent(events[2])).toMatchObject({
      finding: { code: 'wifi.weak', severity: 'warn', evidence: { source: 'cpe' } },
    });
    expect(skeletonEvent(events[5])).toMatchObject({ code: 'device_offline', error: ERASED });
    expect(skeletonEvent(events[9])).toMatchObject({ outcome: 'resolved', disposition: 'fixed_by_reboot' });
  });

  it('retention removes only the words of the conversation', () => {
    expect(withoutWords(events[0])).toMatchObject({ text: ERASED });
    expect(withoutWords(events[10])).toMatchObject({ score: 5, comment: ERASED });
    expect(withoutWords(events[2])).toBe(events[2]);
  });

  it('an audit entry keeps its action, actor kind and outcome, about nobody', () => {
    const entries: AuditEntry[] = [
      {
        action: 'consent.given',
        actor: customer,
        target: '100482',
        reason: 'yes, Anna',
        consentKey: 'cpe_reboot',
      },
      {
        action: 'device.action',
        actor: { kind: 'staff', id: 'eva' },
        target: '00D09E-HGW-SN1',
        reason: 'Anna',
        name: 'cpe_reboot',
        ticketId: 't1',
        evidence: ['Anna'],
        result: 'done',
      },
    ];
    for (const e of entries) {
      const s = skeletonAudit(e);
      expect(auditEntrySchema.safeParse(s).success).toBe(true);
      expect(s).toMatchObject({ action: e.action, target: 'erased', actor: { kind: e.actor.kind } });
      expect(JSON.stringify(s)).not.toMatch(/Anna|100482|SN1|t1/);
    }
    expect(skeletonAudit(entries[1])).toMatchObject({
      name: 'cpe_reboot',
      result: 'done',
      actor: { id: 'eva' },
    });
  });
});
