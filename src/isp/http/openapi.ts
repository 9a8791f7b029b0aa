import { stringify } from 'yaml';
import { z } from 'zod';
import { OPERATIONS, type Operation } from './contract.js';

// The OpenAPI 3.1 document of the ISP HTTP contract, generated from ./contract.ts. The copy in
// docs/isp-http-api.yaml is checked against it by a test (regenerate with
// `npx tsx src/isp/http/write-openapi.ts`).

type Json = Record<string, unknown>;

function schemaOf(s: z.ZodType, io: 'input' | 'output'): Json {
  const js = z.toJSONSchema(s, { io, unrepresentable: 'throw' }) as Json;
  delete js.$schema;
  return js;
}

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

const problem = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status'],
  properties: {
    type: {
      type: 'string',
      description: `${'`'}…/unknown-service${'`'} for a service the ISP does not know`,
    },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    serviceId: { type: 'string', description: 'with …/unknown-service: the service the ISP does not know' },
  },
};

export function ispOpenApiDocument(): Json {
  const schemas: Json = { Problem: problem };
  const paths: Record<string, Json> = {};
  const problemRef = (description: string) => ({
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  });
  for (const [id, op] of Object.entries(OPERATIONS) as [string, Operation][]) {
    const parameters = [
      ...Object.entries(op.params?.shape ?? {}).map(([name, s]) => ({
        name,
        in: 'path',
        required: true,
        schema: schemaOf(s as z.ZodType, 'input'),
      })),
      ...Object.entries(op.query?.shape ?? {}).map(([name, s]) => {
        const js = schemaOf(s as z.ZodType, 'input');
        const description = js.description;
        delete js.description;
        return { name, in: 'query', required: true, schema: js, ...(description ? { description } : {}) };
      }),
    ];
    const responses: Json = {};
    if (op.response) {
      schemas[pascal(id)] = schemaOf(op.response, 'output');
      responses['200'] = {
        description: 'OK',
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${pascal(id)}` } } },
      };
    } else {
      responses['204'] = { description: 'Done' };
    }
    responses['400'] = problemRef('The request does not follow the contract');
    responses['401'] = problemRef('No or a wrong bearer token');
    if (op.port === 'access' || op.port === 'installation' || op.port === 'fieldService')
      responses['404'] = problemRef('Unknown service');
    if (
      op.port === 'billing' ||
      op.port === 'installation' ||
      op.port === 'fieldService' ||
      id === 'aaaDisconnect'
    )
      responses['501'] = problemRef('This ISP does not serve this optional operation');
    responses.default = problemRef('A failure of the ISP system (5xx: the desk retries idempotent calls)');
    let body: Json | undefined;
    if (op.body) {
      const name = `${pascal(id)}Request`;
      schemas[name] = schemaOf(op.body, 'input');
      body = {
        required: true,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
      };
    }
    (paths[op.path] ??= {})[op.method.toLowerCase()] = {
      operationId: id,
      tags: [op.port],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      ...(op.idempotent ? {} : { 'x-frontline-retried': false }),
      ...(parameters.length ? { parameters } : {}),
      ...(body ? { requestBody: body } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Frontline ISP ports',
      version: '1.0.0',
      description:
        "What an ISP implements so Frontline reaches its systems over HTTP: line status, AAA sessions, the customer portal, billing status, installation address and field-service booking. Billing, installation and field service are optional (answer 501 or leave them out of the desk's configuration). Calls carry `Authorization: Bearer <token>` when the desk is configured with one. The desk gives each call a timeout and retries idempotent calls after a timeout, 429 or 5xx.",
    },
    security: [{ bearer: [] }, {}],
    paths,
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}

export function ispOpenApiYaml(): string {
  return `# Generated from src/isp/http/contract.ts — do not edit; run npx tsx src/isp/http/write-openapi.ts\n${stringify(ispOpenApiDocument(), { lineWidth: 0 })}`;
}
