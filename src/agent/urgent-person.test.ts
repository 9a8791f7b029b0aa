// After a TV handoff (rp12c #10): "24 hours?? the match is tonight at 8. can i talk to a real person now,
// is there a phone number?" got only the reply time → the case is marked urgent (and the customer told),
// and the phone question is answered.
import { expect, it } from 'vitest';
import { saysUrgent } from './handoff-urgency.js';

it.each([
  '24 hours?? the match is tonight at 8. can i talk to a real person now, is there a phone number?',
  'matchen är ikväll kl 20, kan jag prata med en människa?',
])('"%s" says it is urgent', (text) => {
  expect(saysUrgent(text)).toBe(true);
});

it('"i watch tv tonight anyway" is not urgent', () => {
  expect(saysUrgent('ok, i watch tv tonight anyway')).toBe(false);
});
