// "can i get money back for this week with bad speed?": the refund text fits the fault the case found —
// a slow line is "much slower than your plan", a line that kept dropping "kept dropping", a line that
// was down "did not work"; billing decides either way.
import type { MessageKey } from './messages/index.js';

/** Root causes whose trouble was speed, or drop-outs, rather than no service at all. */
const KIND_OF_CAUSE: Record<string, 'slow' | 'unstable' | 'no_line_fault'> = {
  speed_line_degraded: 'slow',
  // The line gives the full speed: the Wi-Fi on the customer's side slows it — no fault of ours.
  speed_wifi_limited: 'no_line_fault',
  wifi_channel_congestion: 'no_line_fault',
  wifi_weak_signal: 'no_line_fault',
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
