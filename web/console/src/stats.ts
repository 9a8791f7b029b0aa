// The shape of GET /api/v1/stats (src/agent/stats.ts DeskStats) and helpers for the dashboard.

export interface DeskStats {
  generatedAt: string;
  conversations: number;
  withOutcome: number;
  outcomes: Record<string, number>;
  automatedResolutionRate: number;
  containmentRate: number;
  firstContactResolutionRate: number;
  escalationRate: number;
  escalationsByQueue: Record<string, number>;
  byIntent: Record<string, { n: number; resolved: number; escalated: number; escalationRate: number }>;
  volumeByHour: number[];
  meanTimeToResolutionMs: number | null;
  meanHandleTimeMs: number | null;
  csat: { n: number; mean: number | null; distribution: Record<string, number> };
  dispositions: Record<string, number>;
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  // Quote when needed; a leading = + - @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: unknown[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function statsCsv(s: DeskStats): string {
  const rows: unknown[][] = [
    ['section', 'key', 'value'],
    ['total', 'conversations', s.conversations],
    ['total', 'withOutcome', s.withOutcome],
    ['rate', 'automatedResolutionRate', s.automatedResolutionRate],
    ['rate', 'firstContactResolutionRate', s.firstContactResolutionRate],
    ['rate', 'escalationRate', s.escalationRate],
    ['rate', 'containmentRate', s.containmentRate],
    ['time', 'meanTimeToResolutionMs', s.meanTimeToResolutionMs],
    ['time', 'meanHandleTimeMs', s.meanHandleTimeMs],
    ['csat', 'mean', s.csat.mean],
    ['csat', 'n', s.csat.n],
    ...Object.entries(s.outcomes).map(([k, v]) => ['outcome', k, v]),
    ...Object.entries(s.escalationsByQueue).map(([k, v]) => ['escalationsByQueue', k, v]),
    ...Object.entries(s.byIntent).flatMap(([k, v]) => [
      ['intentVolume', k, v.n],
      ['intentEscalationRate', k, v.escalationRate],
    ]),
    ...s.volumeByHour.map((v, h) => ['volumeByHour', h, v]),
  ];
  return toCsv(rows);
}

export function download(name: string, text: string, type = 'text/csv') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
