// The OpenAPI document comes from @fastify/swagger over the registered routes (issue 20: it was
// assembled by hand); these are the properties a client generator relies on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDesk, type TestDesk } from './helpers.js';

type Operation = {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
  parameters?: { name: string; in: string; required?: boolean }[];
};

describe('OpenAPI document', () => {
  let d: TestDesk;
  let doc: {
    openapi: string;
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
  };
  beforeAll(async () => {
    // The whole desk (chat, console, ACS, …), as `npm start` runs it.
    d = await startTestDesk({ DEMO: 'true', RATE_LIMITS: 'false' }, { start: false });
    doc = (await d.desk.app.inject({ url: '/api/v1/openapi.json' })).json();
  });
  afterAll(async () => d?.stop());

  it('documents only the API, without HEAD routes, with unique operation ids', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).every((p) => p.startsWith('/api/'))).toBe(true);
    const ops = Object.values(doc.paths).flatMap((m) => Object.entries(m));
    expect(ops.some(([method]) => method === 'head')).toBe(false);
    const ids = ops.map(([, op]) => op.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('every error answer refers to the one Problem schema, which is in the components', () => {
    expect(doc.components.schemas.Problem).toMatchObject({ required: ['type', 'title', 'status'] });
    for (const methods of Object.values(doc.paths))
      for (const op of Object.values(methods))
        expect(op.responses.default.content?.['application/problem+json'].schema).toEqual({
          $ref: '#/components/schemas/Problem',
        });
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearer', 'staffSession']);
  });

  it('path parameters are declared and required', () => {
    const get = doc.paths['/api/v1/tickets/{id}'].get;
    expect(get.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'id', in: 'path', required: true })]),
    );
  });
});
