// A speed the customer reports from a test ("fast.com says 470", "470/100", "around 450", "typ 480 mbit",
// "0,5 gbit"), read on folded text. Numbers that are something else — a band ("5 ghz"), a time, money, a
// share, a port — are not speeds.

/** A number and what may follow it; the unit decides, a bare number of two to four digits counts. */
const SPEED =
  /(?<![\d.,:/])(?:~\s*)?(\d{1,4}(?:[.,]\d{1,2})?)(?:\s*ish)?\s*(gbit\w*|gbps|gb\/s|mbit\w*|mbps|mb\/s|mb|megabit\w*|m(?![a-z]))?(?![\d]|[.,]\d)(?!\s*(?:ghz|g\b|min\w*|sek\w*|sec\w*|s\b|h\b|hours?|tim\w*|kr\b|kronor|sek\b|%|procent|percent|dagar|days|ar\b|years|st\b|x\b))/g;

/** "port 25565", "kl 16": the number is named as something else. */
const NAMED_OTHERWISE = /\b(port|porten|kl|klockan|at|pin|kundnummer|customer number)\s*$/;

/** On the Wi-Fi, not over the cable: a speed said about the Wi-Fi is not the wired test's result. */
const WIFI_ONLY = /\b(wi-?fi|wlan|tradlos\w*|wireless)\b/;
const WIRED = /\b(cable|cabled|wired|ethernet|lan|kabel\w*|sladd\w*|natverkskabel\w*)\b/;

/** The speed in Mbit/s the customer reports, or null. */
export function reportedSpeed(folded: string): number | null {
  if (WIFI_ONLY.test(folded) && !WIRED.test(folded)) return null;
  for (const m of folded.matchAll(SPEED)) {
    if (NAMED_OTHERWISE.test(folded.slice(0, m.index))) continue;
    const value = Number(m[1].replace(',', '.'));
    const unit = m[2] ?? '';
    if (unit.startsWith('g')) return Math.round(value * 1000);
    if (unit === '' && (value < 10 || !Number.isInteger(value))) continue;
    if (value > 0 && value <= 10000) return Math.round(value);
  }
  return null;
}
