// Issue 14, blind set un21 (speed_line_degraded): "the speed has been really low, 15-20 Mbit/s instead of
// the 250 I pay for … And will I be refunded for this?" was routed to billing and the line never tested.
// Money back for a slow line is a second request linked to the fault: the fault is the case (tested,
// escalated to tier2), and the refund is answered with it. An invoice disputed in its own right stays billing.
import { describe, expect, it } from 'vitest';
import { triage } from '../triage/index.js';
import { converseIn } from './testing/converse.js';

describe('a refund asked beside a slow line: the line is the case', () => {
  it.each([
    [
      'en',
      "Hello,\n\nFor about two weeks the speed has been really low, 15-20 Mbit/s instead of the 250 I pay for. I've tested with a network cable directly into the modem, same result. I already restarted the modem twice.\n\nIs there something wrong in the area? And will I be refunded for this?\n\nKind regards,\nAnna Nilsson",
    ],
    ['en', 'low speed for a week now. can I get a refund on my invoice?'],
    ['en', 'the download speed is terrible, 30 mbit instead of 500. do i get money back?'],
    ['sv', 'det har gått jättesegt hela veckan, får jag avdrag på fakturan?'],
    ['sv', 'Hastigheten är usel sen i måndags, 10 mbit i stället för 100. Blir det någon återbetalning?'],
  ] as const)('%s: %j → tested and escalated tier2, refund answered', async (lang, opening) => {
    const tri = triage(opening);
    expect(tri.intent).toBe('slow_speed');
    expect(tri.secondaryIntents).toContain('billing');
    const { ticket, replies } = await converseIn(['speed_line_degraded'], lang, [opening, '200115', '4711']);
    expect(ticket?.queue).toBe('tier2');
    expect(ticket?.disposition).toBe('escalated.tier2');
    expect(replies.join('\n')).toMatch(lang === 'en' ? /reduction on your invoice/ : /avdrag|faktura/);
  });
});

describe('an invoice disputed in its own right stays with billing', () => {
  it.each([
    'i was charged twice this month and internet is slow, i want a refund',
    'why was I charged 599 instead of 399 this month',
    'my invoice says 1 gbit 599 kr but i only have 250 mbit??',
  ])('%s', (text) => {
    expect(triage(text).intent).toBe('billing');
  });
});
