import { describe, expect, it } from 'vitest';
import { failuresMarkdown, groupFailures, kindOf } from './failure-groups.js';

describe('failure groups', () => {
  it('names the kind of every scorer reason', () => {
    expect(kindOf("identity was verified but the ticket is not linked to the subscriber's service")).toMatch(
      /linked/,
    );
    expect(kindOf('outcome escalated but expected resolved')).toBe('wrong outcome');
    expect(kindOf('internal code fiber_cut in a message to the customer: "…"')).toBe(
      'internal code shown to the customer',
    );
    expect(kindOf('ticket records an action that is not in the vocabulary: "x••"')).toBe(
      'action name garbled or unknown on the ticket',
    );
    expect(kindOf('ticket records no outcome')).toBe('ticket documentation incomplete');
    expect(kindOf('something new')).toBe('other');
  });

  it('groups by kind, one line per scenario, largest group first', () => {
    const scenarios = [
      {
        id: 'a',
        reasons: [
          "identity was verified but the ticket is not linked to the subscriber's customer record",
          "identity was verified but the ticket is not linked to the subscriber's service",
        ],
      },
      {
        id: 'b',
        reasons: [
          "identity was verified but the ticket is not linked to the subscriber's service",
          'outcome routed but expected refused',
        ],
      },
      { id: 'c', reasons: [] },
    ];
    const groups = groupFailures({ scenarios } as never);
    expect(groups.map((g) => [g.kind, g.scenarios.map((s) => s.id)])).toEqual([
      ['identity not written to the ticket (linked)', ['a', 'b']],
      ['wrong outcome', ['b']],
    ]);
    expect(failuresMarkdown('set', { scenarios, n: 3, passed: 1 } as never)).toContain(
      '### wrong outcome (1)\n- b: outcome routed but expected refused',
    );
  });
});
