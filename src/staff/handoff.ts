import type { Customer, HandoffPacket, Service, StoredTimelineEvent, Ticket } from '../domain/index.js';

/** A handoff packet built from what the ticket already holds (used when staff escalate by hand). */
export function handoffFromTimeline(
  ticket: Ticket,
  customer: Customer | null,
  service: Service | null,
  timeline: StoredTimelineEvent[],
  verified: boolean,
  device: HandoffPacket['device'],
): HandoffPacket {
  const latest = new Map<string, Extract<StoredTimelineEvent, { type: 'finding' }>>();
  for (const e of timeline) if (e.type === 'finding') latest.set(e.finding.code, e);
  const stepsTried: HandoffPacket['stepsTried'] = [];
  for (const e of timeline) {
    if (e.type === 'action_done') stepsTried.push({ step: e.action, result: 'done' });
    else if (e.type === 'action_failed') stepsTried.push({ step: e.action, result: `failed: ${e.error}` });
    else if (e.type === 'customer_step') stepsTried.push({ step: e.step, result: e.result });
  }
  const firstIn = timeline.find((e) => e.type === 'message_in');
  return {
    customer: customer
      ? {
          customerNumber: customer.customerNumber,
          name: customer.name,
          language: customer.language,
          segment: customer.segment,
        }
      : null,
    service: service
      ? {
          access: service.access,
          plan: service.plan,
          areaCode: service.areaCode,
          accountStatus: service.accountStatus,
        }
      : null,
    device,
    problem:
      ticket.subject ??
      (firstIn && firstIn.type === 'message_in' ? firstIn.text.slice(0, 500) : (ticket.intent ?? 'unknown')),
    findings: [...latest.values()]
      .filter((e) => e.finding.severity !== 'ok')
      .map((e) => ({
        code: e.finding.code,
        severity: e.finding.severity,
        summary: e.finding.explanation.en,
        evidence: e.finding.evidence.values,
      })),
    stepsTried,
    customerAvailability: null,
    priority: ticket.priority,
    slaDueAt: ticket.slaDueAt,
    verified,
  };
}
