// A small SVG chart writer for the benchmark report: horizontal bar charts and grouped bar charts
// (linear or logarithmic axis). Output depends only on the input, so it can be committed and diffed.

export interface Bar {
  label: string;
  value: number;
  /** Text right of the bar (default: the formatted value). */
  note?: string;
}

export interface BarChartOptions {
  title: string;
  bars: Bar[];
  /** Axis maximum (default: the largest value). */
  max?: number;
  format?: (v: number) => string;
  width?: number;
}

export interface GroupedBarChartOptions {
  title: string;
  series: string[];
  groups: { label: string; values: (number | null)[] }[];
  scale?: 'linear' | 'log';
  unit?: string;
  width?: number;
  /** A dashed horizontal line, e.g. a target. */
  reference?: { value: number; label: string };
}

const PALETTE = ['#2f6db5', '#e08a2c', '#3a9a5b', '#b33d3d', '#7a5bb5'];
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif"';

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Fixed-precision number for coordinates (no trailing zeros). */
const n = (x: number) => String(Math.round(x * 10) / 10);

function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${n(x)}" y="${n(y)}" ${attrs}>${escapeXml(s)}</text>`;
}

function frame(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${n(height)}" viewBox="0 0 ${width} ${n(height)}" ${FONT} font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(12, 22, title, 'font-size="15" font-weight="600" fill="#222"'),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** Horizontal bars, one per row, with a label column on the left. */
export function barChartSvg(o: BarChartOptions): string {
  const width = o.width ?? 640;
  const fmt = o.format ?? ((v: number) => String(v));
  const labelW = Math.min(260, 12 + 7 * Math.max(4, ...o.bars.map((b) => b.label.length)));
  const noteW = 90;
  const plotW = width - labelW - noteW - 12;
  const rowH = 22;
  const top = 40;
  const max = o.max ?? Math.max(1e-9, ...o.bars.map((b) => b.value));
  const body: string[] = [];
  // Grid at 0, 25, 50, 75, 100 % of the axis.
  for (let i = 0; i <= 4; i++) {
    const x = labelW + (plotW * i) / 4;
    body.push(
      `<line x1="${n(x)}" y1="${top - 4}" x2="${n(x)}" y2="${n(top + rowH * o.bars.length)}" stroke="#e3e3e3"/>`,
    );
    body.push(
      text(
        x,
        top + rowH * o.bars.length + 14,
        fmt((max * i) / 4),
        'text-anchor="middle" fill="#666" font-size="10"',
      ),
    );
  }
  o.bars.forEach((b, i) => {
    const y = top + i * rowH;
    const w = max > 0 ? Math.max(0, Math.min(1, b.value / max)) * plotW : 0;
    body.push(text(labelW - 8, y + 15, b.label, 'text-anchor="end" fill="#333"'));
    body.push(
      `<rect x="${labelW}" y="${y + 4}" width="${n(w)}" height="${rowH - 8}" fill="${PALETTE[0]}" rx="2"/>`,
    );
    body.push(text(labelW + plotW + 6, y + 15, b.note ?? fmt(b.value), 'fill="#333"'));
  });
  return frame(width, top + rowH * o.bars.length + 26, o.title, body);
}

/** Groups of vertical bars (one colour per series) with a legend; null values are left out. */
export function groupedBarChartSvg(o: GroupedBarChartOptions): string {
  const width = o.width ?? 640;
  const unit = o.unit ?? '';
  const scale = o.scale ?? 'linear';
  const left = 60;
  const top = 58;
  const plotH = 220;
  const plotW = width - left - 16;
  const values = [...o.groups.flatMap((g) => g.values), o.reference?.value ?? null].filter(
    (v): v is number => v !== null && Number.isFinite(v),
  );
  const maxV = Math.max(1, ...values);
  let ticks: number[];
  let yOf: (v: number) => number;
  if (scale === 'log') {
    const hiExp = Math.ceil(Math.log10(maxV));
    const loExp = Math.min(
      0,
      Math.floor(Math.log10(Math.max(0.1, Math.min(...values.filter((v) => v > 0), maxV)))),
    );
    ticks = [];
    for (let e = loExp; e <= hiExp; e++) ticks.push(10 ** e);
    const span = Math.max(1, hiExp - loExp);
    yOf = (v) => top + plotH - ((Math.log10(Math.max(v, 10 ** loExp)) - loExp) / span) * plotH;
  } else {
    const step = niceStep(maxV / 4);
    const hi = Math.ceil(maxV / step) * step;
    ticks = [0, 1, 2, 3, 4].map((i) => (hi * i) / 4).filter((t, i, a) => a.indexOf(t) === i);
    yOf = (v) => top + plotH - (Math.max(0, v) / hi) * plotH;
  }
  const body: string[] = [];
  for (const t of ticks) {
    const y = yOf(t);
    body.push(`<line x1="${left}" y1="${n(y)}" x2="${left + plotW}" y2="${n(y)}" stroke="#e3e3e3"/>`);
    body.push(
      text(left - 6, y + 4, `${formatTick(t)}${unit}`, 'text-anchor="end" fill="#666" font-size="10"'),
    );
  }
  o.series.forEach((s, i) => {
    const x = left + i * 120;
    body.push(`<rect x="${x}" y="32" width="10" height="10" fill="${PALETTE[i % PALETTE.length]}"/>`);
    body.push(text(x + 14, 41, s, 'fill="#333"'));
  });
  const groupW = plotW / Math.max(1, o.groups.length);
  const barW = Math.max(4, Math.min(28, (groupW - 16) / Math.max(1, o.series.length)));
  o.groups.forEach((g, gi) => {
    const gx = left + gi * groupW + (groupW - barW * o.series.length) / 2;
    g.values.forEach((v, si) => {
      if (v === null || !Number.isFinite(v)) return;
      const y = yOf(v);
      const x = gx + si * barW;
      body.push(
        `<rect x="${n(x)}" y="${n(y)}" width="${n(barW - 2)}" height="${n(top + plotH - y)}" fill="${PALETTE[si % PALETTE.length]}"><title>${escapeXml(`${g.label} ${o.series[si]}: ${formatTick(v)}${unit}`)}</title></rect>`,
      );
    });
    body.push(
      text(left + gi * groupW + groupW / 2, top + plotH + 16, g.label, 'text-anchor="middle" fill="#333"'),
    );
  });
  body.push(
    `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#999"/>`,
  );
  if (o.reference) {
    const y = yOf(o.reference.value);
    body.push(
      `<line x1="${left}" y1="${n(y)}" x2="${left + plotW}" y2="${n(y)}" stroke="#b33d3d" stroke-dasharray="6 4"/>`,
    );
    body.push(text(left + 6, y - 4, o.reference.label, 'fill="#b33d3d" font-size="10"'));
  }
  if (scale === 'log')
    body.push(
      text(width - 16, top + plotH + 32, 'logarithmic scale', 'text-anchor="end" fill="#888" font-size="10"'),
    );
  return frame(width, top + plotH + 40, o.title, body);
}

function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-9)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

function formatTick(v: number): string {
  if (v >= 1000 && v % 1000 === 0) return `${v / 1000}k`;
  if (Number.isInteger(v)) return String(v);
  return String(Math.round(v * 10) / 10);
}
