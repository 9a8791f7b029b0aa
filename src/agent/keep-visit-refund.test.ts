// Role-play round 12 (c #5): "ok behall besoket da. far vi pengar tillbaka for dagarna utan internet?"
// after a hold question confirmed only the visit. Every part is answered: the refund goes to billing as
// a linked case in the same reply.
import { expect, it } from 'vitest';
import { handedOver } from './testing/field-handoff.js';
import { weekdaySlots } from './testing/field-slots.js';

it.each([
  [
    'sv',
    'internet ligger nere helt',
    'vardagar efter 16',
    'nej vänta, skicka ingen tekniker. kan ni inte bara posta en ny router så byter jag själv?',
    'ok behall besoket da. far vi pengar tillbaka for dagarna utan internet?',
    /avdrag på fakturan/,
  ],
  [
    'en',
    'internet is down completely',
    'weekdays after 4',
    "wait, don't send a technician. can't you just post me a new router and i swap it myself?",
    'fine, keep the visit then. do we get money back for the days without internet?',
    /billing/i,
  ],
] as const)(
  '%s: keep the visit and a refund in one message: both answered',
  async (language, opening, when, hold, keep, refund) => {
    const { say } = await handedOver('hardware_failure', language, when, {
      opening,
      slots: weekdaySlots(['07', '08', '09', '10', '11']),
    });
    await say(hold);
    const out = await say(keep);
    expect(out).toMatch(refund);
    expect(out).toMatch(/T-000002/);
  },
);
