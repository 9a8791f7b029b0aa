// CSV export of the insights report (RFC 4180; cells that a spreadsheet would run as a formula are defused).
import type { GroupStats, InsightsReport } from './types.js';

export const CSV_SECTIONS = ['summary', 'steps', 'repeats', 'returns'] as const;
export type CsvSection = (typeof CSV_SECTIONS)[number];

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const GROUP_HEADER = [
  'dimension',
  'key',
  'tickets',
  'resolved',
  'escalated',
  'routed',
  'outage_informed',
  'refused',
  'abandoned',
  'open',
  'resolution_rate',
  'escalation_rate',
  'abandon_rate',
  'repeat_contacts',
  'returned_escalations',
  'csat_n',
  'csat_mean',
  'mean_customer_messages',
];

function groupRow(dimension: string, g: GroupStats): unknown[] {
  const o = g.outcomes;
  return [
    dimension,
    g.key,
    g.tickets,
    o.resolved,
    o.escalated,
    o.routed,
    o.outage_informed,
    o.refused,
    o.abandoned,
    o.open,
    g.resolutionRate,
    g.escalationRate,
    g.abandonRate,
    g.repeatContacts,
    g.returnedEscalations,
    g.csat.n,
    g.csat.mean,
    g.meanCustomerMessages,
  ];
}

export function insightsCsv(report: InsightsReport, section: CsvSection = 'summary'): string {
  switch (section) {
    case 'summary':
      return table(GROUP_HEADER, [
        groupRow('total', report.totals),
        ...report.byIntent.map((g) => groupRow('intent', g)),
        ...report.byRunbook.map((g) => groupRow('runbook', g)),
      ]);
    case 'steps':
      return table(
        [
          'runbook',
          'step',
          'reached',
          'resolved',
          'escalated',
          'abandoned',
          'last_before_resolution',
          'last_before_escalation',
          'last_before_abandon',
        ],
        report.byRunbook.flatMap((rb) =>
          rb.steps.map((s) => [
            rb.key,
            s.step,
            s.reached,
            s.resolved,
            s.escalated,
            s.abandoned,
            s.lastBeforeResolution,
            s.lastBeforeEscalation,
            s.lastBeforeAbandon,
          ]),
        ),
      );
    case 'repeats':
      return table(
        ['customer_id', 'intent', 'first_ticket', 'first_outcome', 'repeat_ticket', 'hours_between'],
        report.repeatContacts.items.map((r) => [
          r.customerId,
          r.intent,
          r.firstReference,
          r.firstOutcome,
          r.repeatReference,
          r.hoursBetween,
        ]),
      );
    case 'returns':
      return table(
        ['ticket', 'queue', 'escalated_at', 'returned_at', 'note'],
        report.returnedEscalations.items.map((r) => [
          r.reference,
          r.queue,
          r.escalatedAt,
          r.returnedAt,
          r.note,
        ]),
      );
  }
}
