// Fastify plugin of the quality insights and the QA review backend:
//   GET /api/v1/insights, GET /api/v1/insights.csv, GET /api/v1/qa/sample, POST|GET /api/v1/qa/reviews,
//   GET /api/v1/qa/summary, GET /api/v1/qa/rubric.
// The lead registers it in src/server/desk.ts with a supervisor guard:
//   app.register(insightsPlugin, { insights, qa, guard: auth.requireStaff(['supervisor', 'admin']) })
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { guarded, parseOr400, problem, type Guard } from '../http/reply.js';
import { CSV_SECTIONS, insightsCsv } from './csv.js';
import { RUBRIC, RUBRIC_TEXT, reviewInputSchema, type QaService } from './qa.js';
import type { InsightsService } from './service.js';

export interface InsightsPluginOptions {
  insights: InsightsService;
  qa: QaService;
  /** preHandler for every route (e.g. the supervisor guard); none = open. */
  guard?: Guard;
  /** The reviewer's name; default `request.staff.username`, else the body's `reviewer`. */
  reviewerOf?: (request: FastifyRequest) => string | null;
}

const isoDate = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO-8601 date or time')
  .transform((s) => new Date(Date.parse(s)).toISOString());

const reportQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  repeatWindowDays: z.coerce.number().int().min(1).max(90).optional(),
  abandonAfterMinutes: z.coerce.number().int().min(1).max(10_080).optional(),
});
const csvQuery = reportQuery.extend({ section: z.enum(CSV_SECTIONS).default('summary') });
const sampleQuery = z.object({ n: z.coerce.number().int().min(1).max(50).default(5) });
const reviewsQuery = z.object({
  ticketId: z.string().min(1).max(100).optional(),
  reviewer: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
const summaryQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });
const reviewBody = reviewInputSchema.extend({ reviewer: reviewInputSchema.shape.reviewer.optional() });

function defaultReviewer(request: FastifyRequest): string | null {
  const staff = (request as unknown as { staff?: { username?: string } }).staff;
  return staff?.username ?? null;
}

export async function insightsPlugin(app: FastifyInstance, opts: InsightsPluginOptions): Promise<void> {
  const g = guarded(opts.guard);
  const reviewerOf = opts.reviewerOf ?? defaultReviewer;

  app.get('/api/v1/insights', g, async (request, reply) => {
    const q = parseOr400(reply, reportQuery, request.query, 'query');
    if (!q) return reply;
    return opts.insights.report(q);
  });

  app.get('/api/v1/insights.csv', g, async (request, reply) => {
    const q = parseOr400(reply, csvQuery, request.query, 'query');
    if (!q) return reply;
    const { section, ...rq } = q;
    const csv = insightsCsv(await opts.insights.report(rq), section);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="frontline-insights-${section}.csv"`)
      .send(csv);
  });

  app.get('/api/v1/qa/rubric', g, async () => ({
    scale: { min: 1, max: 5 },
    criteria: RUBRIC.map((key) => ({ key, description: RUBRIC_TEXT[key] })),
  }));

  app.get('/api/v1/qa/sample', g, async (request, reply) => {
    const q = parseOr400(reply, sampleQuery, request.query, 'query');
    if (!q) return reply;
    return { items: await opts.qa.sample(q.n) };
  });

  app.post('/api/v1/qa/reviews', g, async (request, reply) => {
    const body = parseOr400(reply, reviewBody, request.body, 'body');
    if (!body) return reply;
    const reviewer = reviewerOf(request) ?? body.reviewer;
    if (!reviewer) return problem(reply, 400, 'Your request is not valid', 'reviewer is required');
    try {
      const review = await opts.qa.addReview({ ...body, reviewer });
      return reply.code(201).send(review);
    } catch (err) {
      if ((err as Error).name === 'TicketNotFoundError')
        return problem(reply, 404, 'Not Found', (err as Error).message);
      throw err;
    }
  });

  app.get('/api/v1/qa/reviews', g, async (request, reply) => {
    const q = parseOr400(reply, reviewsQuery, request.query, 'query');
    if (!q) return reply;
    return { items: await opts.qa.listReviews(q) };
  });

  app.get('/api/v1/qa/summary', g, async (request, reply) => {
    const q = parseOr400(reply, summaryQuery, request.query, 'query');
    if (!q) return reply;
    return opts.qa.summary(q);
  });
}

export default insightsPlugin;
