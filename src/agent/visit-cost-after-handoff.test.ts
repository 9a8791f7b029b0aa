// Issue 14, session 11 fixer U (rp13a #5): after the cable modem's case went to the field team,
// "kostar det nat? for besoket alltså" opened an invoice case for billing, and "jag ville bara veta om
// besoket kostar pengar, inget med fakturan" was added to it. What the visit costs is answered from the
// fault found (visit-cost.ts), every time it is asked, and no billing case is opened; a cost question that
// names the invoice is still billing's.
import { describe, expect, it } from 'vitest';
import { visitCostAsked } from './visit-cost.js';
import { handedOver } from './testing/field-handoff.js';

describe('after a visit handoff, a question about what the visit costs gets the visit-cost answer', () => {
  for (const [lang, first, second, free] of [
    [
      'sv',
      'kostar det nat? for besoket alltså',
      'jag ville bara veta om besoket kostar pengar, inget med fakturan',
      /teknikerbesök för ett fel i vårt nät .* är gratis/,
    ],
    [
      'en',
      'does it cost anything btw? the visit i mean',
      'i just wanted to know if the visit costs money, nothing to do with my bill',
      /visit for a fault in our network .* is free/,
    ],
  ] as const)
    it(`${lang}: "${first}", then "${second}"`, async () => {
      const v = await handedOver(
        'docsis_power_out_of_range',
        lang,
        lang === 'sv' ? 'tisdag efter 13' : 'tuesday after 1pm',
      );
      const a = await v.say(first);
      expect(a).toMatch(free);
      expect(a).not.toMatch(/faktur|invoice|billing/i);
      const b = await v.say(second);
      expect(b).toMatch(free);
      const tickets = (await v.desk.tickets.list({})).items;
      expect(tickets).toHaveLength(1);
      expect(tickets[0]!.queue).toBe('field');
    });

  it.each([
    ['kostar det nat? for besoket alltså', true],
    ['does the technician visit cost anything?', true],
    ['kostar det något?', true],
    ['varför kostar fakturan 100 kr mer den här månaden?', false],
    ['why does my invoice cost more this month?', false],
  ])('%s → visit cost: %s', (text, visit) => {
    expect(visitCostAsked(text, 'docsis_power_out_of_range') !== null).toBe(visit);
  });
});
