// English: "is 40 on wifi really normal?", "why so slow?" asked while the case is open, answered for the
// case's root cause (what the measured figure means, over Wi-Fi and over a cable); the question is then
// put again.
import { keyedBy } from './keyed.js';

const PORTAL_LOCK =
  'Yes, that is normal: {portal} locks the account after a few wrong passwords in a row, to stop anyone from guessing it. It is a safety lock, not a fault — once it is unlocked and you sign in with the right password, it works as before.';

const NORMAL = {
  speed_wifi_limited:
    'Over Wi-Fi, yes, that is normal. Our test shows that your line brings the full speed to the router, so a lower figure on the laptop is the Wi-Fi, not the line. Your laptop is on the slower 2.4 GHz band, and a few metres and a wall there often give 40–100 Mbit/s. On the 5 GHz network near the router you get several hundred, and over a network cable the full speed.',
  wifi_weak_signal:
    'Far from the router, yes, it is common. The Wi-Fi signal gets weaker with distance and with every wall, and the speed drops with it. Our line to you is fine, so the figure you measure there is the Wi-Fi. Closer to the router, or with a mesh unit halfway, it gets much faster.',
  wifi_channel_congestion:
    'It is common where many neighbours’ networks share one channel. They take turns on the air, so the speed drops, most of all in the evenings. Your line itself is fine, and a quieter channel is what helps.',
  speed_line_degraded:
    'No, it is not normal. Our test shows that the line itself is slower than your plan, even to the router, so it is not your Wi-Fi. Our technicians need to look at the line.',
  // "is it normal that it locks after just 3 or 4 tries?": the lock after a few wrong passwords (also once a
  // temporary password was given for it).
  portal_account_locked: PORTAL_LOCK,
  portal_password_reset: PORTAL_LOCK,
} as const;

export const normalEn = {
  ...keyedBy('reply.is_normal.', NORMAL),
};
