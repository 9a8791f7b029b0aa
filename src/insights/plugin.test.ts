import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, testEngines, type TestDb } from '../kb/testing/db.js';
import { insightsPlugin } from './plugin.js';
import { createQaService, type QaService } from './qa.js';
import { createInsightsService } from './service.js';
import { buildHistory } from './testing/fixtures.js';
import { MemoryTicketStore } from './testing/memory-tickets.js';

/** A deterministic random source (mulberry32). */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each(testEngines())('insights and QA REST API (%s)', (engine) => {
  let db: TestDb;
  let app: FastifyInstance;
  let qa: QaService;
  const store = new MemoryTicketStore();
  let ids: Awaited<ReturnType<typeof buildHistory>>;
  let clock = Date.parse('2026-04-01T10:00:00Z');

  beforeAll(async () => {
    db = await openTestDb(engine);
    ids = await buildHistory(store);
    qa = createQaService({
      db: db.db,
      tickets: store,
      random: seeded(42),
      now: () => new Date((clock += 60_000)),
    });
    app = Fastify();
    await app.register(insightsPlugin, {
      insights: createInsightsService({ tickets: store, now: () => store.now, cacheMs: 0 }),
      qa,
      guard: async (request, reply) => {
        if (request.headers['x-role'] !== 'supervisor') return reply.code(403).send({ title: 'Forbidden' });
        (request as unknown as { staff: { username: string } }).staff = { username: 'sara' };
      },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const sup = { 'x-role': 'supervisor' };

  it('guards every route', async () => {
    for (const url of [
      '/api/v1/insights',
      '/api/v1/insights.csv',
      '/api/v1/qa/sample',
      '/api/v1/qa/reviews',
      '/api/v1/qa/summary',
    ]) {
      expect((await app.inject({ url })).statusCode).toBe(403);
    }
  });

  it('serves the insights report as JSON and CSV', async () => {
    const res = await app.inject({ url: '/api/v1/insights', headers: sup });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.totals.tickets).toBe(6);
    expect(r.repeatContacts.count).toBe(1);
    expect(r.returnedEscalations.count).toBe(2);
    const csv = await app.inject({ url: '/api/v1/insights.csv?section=steps', headers: sup });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('frontline-insights-steps.csv');
    expect(csv.body.split('\r\n')[0]).toBe(
      'runbook,step,reached,resolved,escalated,abandoned,last_before_resolution,last_before_escalation,last_before_abandon',
    );
    const filtered = await app.inject({
      url: `/api/v1/insights?from=${encodeURIComponent(ids.D.createdAt)}`,
      headers: sup,
    });
    expect(filtered.json().totals.tickets).toBe(3);
    expect((await app.inject({ url: '/api/v1/insights?from=yesterday-ish', headers: sup })).statusCode).toBe(
      400,
    );
    expect((await app.inject({ url: '/api/v1/insights.csv?section=evil', headers: sup })).statusCode).toBe(
      400,
    );
  });

  it('samples finished conversations only, deterministically with a seeded random source', async () => {
    const res = await app.inject({ url: '/api/v1/qa/sample?n=10', headers: sup });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      ticket: { id: string; status: string };
      timeline: unknown[];
      outcome: string;
    }[];
    expect(items.map((i) => i.ticket.id).sort()).toEqual([ids.A.id, ids.D.id, ids.F.id].sort());
    expect(items.every((i) => i.ticket.status === 'resolved' && i.timeline.length > 0)).toBe(true);
    const two = await qa.sample(2);
    expect(two).toHaveLength(2);
    expect((await app.inject({ url: '/api/v1/qa/sample?n=0', headers: sup })).statusCode).toBe(400);
  });

  it('saves a review, shows it, excludes the ticket from new samples and summarises the scores', async () => {
    const post = await app.inject({
      method: 'POST',
      url: '/api/v1/qa/reviews',
      headers: sup,
      payload: {
        ticketId: ids.A.id,
        scores: { diagnosis: 5, safety: 5, communication: 4, documentation: 3 },
        comment: 'Good diagnosis; the summary could say which light was checked.',
      },
    });
    expect(post.statusCode).toBe(201);
    expect(post.json()).toMatchObject({
      ticketId: ids.A.id,
      ticketReference: 'T-000001',
      intent: 'no_connection',
      reviewer: 'sara',
      overall: 4.25,
    });
    await qa.addReview({
      ticketId: ids.F.id,
      reviewer: 'olle',
      scores: { diagnosis: 2, safety: 4, communication: 3, documentation: 3 },
    });

    const list = await app.inject({ url: `/api/v1/qa/reviews?ticketId=${ids.A.id}`, headers: sup });
    expect(list.json().items).toHaveLength(1);
    expect(list.json().items[0].comment).toContain('Good diagnosis');
    const all = await app.inject({ url: '/api/v1/qa/reviews', headers: sup });
    expect(all.json().items.map((r: { reviewer: string }) => r.reviewer)).toEqual(['olle', 'sara']);

    const sample = await qa.sample(10);
    expect(sample.map((s) => s.ticket.id)).toEqual([ids.D.id]);

    const summary = await app.inject({ url: '/api/v1/qa/summary', headers: sup });
    expect(summary.json()).toMatchObject({
      n: 2,
      mean: { diagnosis: 3.5, safety: 4.5, communication: 3.5, documentation: 3, overall: 3.63 },
      byReviewer: [
        { reviewer: 'olle', n: 1, overall: 3 },
        { reviewer: 'sara', n: 1, overall: 4.25 },
      ],
    });
    expect(summary.json().lowScores.map((r: { reviewer: string }) => r.reviewer)).toEqual(['olle']);
    expect(summary.json().byIntent).toEqual(
      expect.arrayContaining([
        { intent: 'no_connection', n: 1, overall: 4.25 },
        { intent: 'billing', n: 1, overall: 3 },
      ]),
    );
  });

  it('rejects bad reviews', async () => {
    const bad = (payload: unknown) =>
      app.inject({ method: 'POST', url: '/api/v1/qa/reviews', headers: sup, payload: payload as object });
    expect(
      (
        await bad({
          ticketId: ids.A.id,
          scores: { diagnosis: 6, safety: 5, communication: 4, documentation: 3 },
        })
      ).statusCode,
    ).toBe(400);
    expect((await bad({ ticketId: ids.A.id, scores: { diagnosis: 5 } })).statusCode).toBe(400);
    const missing = await bad({
      ticketId: 'nope',
      scores: { diagnosis: 5, safety: 5, communication: 5, documentation: 5 },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
  });

  it('describes the rubric', async () => {
    const res = await app.inject({ url: '/api/v1/qa/rubric', headers: sup });
    expect(res.json().criteria.map((c: { key: string }) => c.key)).toEqual([
      'diagnosis',
      'safety',
      'communication',
      'documentation',
    ]);
  });
});
