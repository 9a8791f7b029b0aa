// A phone number as the customer sees it. The case keeps E.164 (+46701234567) for the team and for
// dialling; the customer reads the Swedish national form they would write themselves: 070-123 45 67,
// 08-123 456 78, 031-12 34 56.

/** Two-digit area codes after the leading 0 (08 is the only one-digit code; everything else has three). */
const TWO_DIGIT_AREAS = new Set([
  '10',
  '11',
  '13',
  '16',
  '18',
  '19',
  '20',
  '21',
  '23',
  '26',
  '31',
  '33',
  '35',
  '36',
  '40',
  '42',
  '44',
  '46',
  '54',
  '60',
  '63',
  '70',
  '72',
  '73',
  '74',
  '75',
  '76',
  '77',
  '78',
  '79',
  '90',
]);

/** How a subscriber number of each length is grouped (SS 014401). */
const GROUPS: Record<number, number[]> = {
  5: [3, 2],
  6: [2, 2, 2],
  7: [3, 2, 2],
  8: [3, 3, 2],
};

/** "+46701234567" → "070-123 45 67"; a number in another form is shown as it is. */
export function phoneForCustomer(e164: string): string {
  const m = /^\+46(\d{7,10})$/.exec(e164);
  if (!m) return e164;
  const national = m[1];
  const areaLength = national.startsWith('8') ? 1 : TWO_DIGIT_AREAS.has(national.slice(0, 2)) ? 2 : 3;
  const area = national.slice(0, areaLength);
  const rest = national.slice(areaLength);
  const groups = GROUPS[rest.length];
  if (!groups) return `0${area}-${rest}`;
  let at = 0;
  const parts = groups.map((n) => rest.slice(at, (at += n)));
  return `0${area}-${parts.join(' ')}`;
}
