// "can i get money back for this week with bad speed?": the refund text fits the fault the case found —
// a slow line is "much slower than your plan", a line that kept dropping "kept dropping", a line that
// was down "did not work"; billing decides either way.
import type { MessageKey } from './messages/index.js';

/** Root causes whose trouble was speed, or drop-outs, rather than no service at all. */
const KIND_OF_CAUSE: Record<string, 'slow' | 'unstable'> = {
  speed_line_degraded: 'slow',
  speed_wifi_limited: 'slow',
  wifi_channel_congestion: 'slow',
  dsl_low_snr: 'unstable',
  optical_power_low: 'unstable',
  docsis_power_out_of_range: 'unstable',
  firmware_bug_drops: 'unstable',
  hardware_failure: 'unstable',
};

/** The refund text for the case's root cause (the service down when the cause says nothing else). */
export function compensationKey(cause: string | null): MessageKey {
  const kind = cause ? KIND_OF_CAUSE[cause] : undefined;
  return kind ? `reply.compensation.${kind}` : 'reply.compensation';
}
