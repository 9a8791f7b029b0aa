// Svenska texter för svar som bär mer än det som frågades (se readings-en.ts).
import type { readingsEn } from './readings-en.js';

export const readingsSv: Record<keyof typeof readingsEn, string> = {
  'step.measured': 'Tack – {mbps} Mbit/s över kabeln.',
  'summary.result.measured': '{mbps} Mbit/s',
};
