import { describe, expect, it } from 'vitest';
import { reviewInputSchema } from '../../../src/insights/qa.js';
import { parseReviews, reviewBody, RUBRIC } from './qa-shape.js';

describe('QA review shapes of the console', () => {
  it('the review the console saves is one the API accepts (score names and comment)', () => {
    const scores = Object.fromEntries(RUBRIC.map((k, i) => [k, i + 2])) as Record<
      (typeof RUBRIC)[number],
      number
    >;
    const body = reviewBody('ticket-1', scores, ' Bra diagnos ');
    const parsed = reviewInputSchema.omit({ reviewer: true }).strict().safeParse(body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toMatchObject({
      scores: { diagnosis: 2, safety: 3, communication: 4, documentation: 5 },
      comment: 'Bra diagnos',
    });
  });

  it("reads the API's reviews back (reference and comment)", () => {
    const [r] = parseReviews({
      items: [
        {
          id: 'r1',
          ticketId: 't1',
          ticketReference: 'T-000007',
          reviewer: 'sup',
          scores: { diagnosis: 4, safety: 5, communication: 3, documentation: 2 },
          comment: 'ok',
          createdAt: '2026-01-01T00:00:00Z',
        },
      ],
    });
    expect(r).toMatchObject({ reference: 'T-000007', comments: 'ok', scores: { diagnosis: 4 } });
  });
});
