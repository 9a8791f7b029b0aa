// English texts for replies that carry more than the answer asked for: a speed measured over the cable,
// a score with a question or a request beside it, a second topic inside "yes, it works".
export const readingsEn = {
  'step.measured': 'Thanks — {mbps} Mbit/s over the cable.',
  'summary.result.measured': '{mbps} Mbit/s',
};
