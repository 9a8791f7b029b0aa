import { afterEach, expect } from 'vitest';
import type { AcsConfig } from '../config.js';
import { authorizationFor, type Credentials } from '../digest.js';
import * as soap from '../soap.js';
import { startTestAcs, type TestAcs } from './harness.js';
import { idOf, RawClient, type RawResponse } from './raw-client.js';

// Router-side steps shared by the authentication tests: an Inform with credentials, and the rest
// of a session; and a per-test ACS with its clients.

export const basicAuth = (c: Credentials) =>
  `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;

/** Posts an Inform, answering the 401 challenge with `creds` (Digest unless `basic`). */
export async function informAs(
  c: RawClient,
  body: string,
  creds: Credentials,
  basic = false,
): Promise<RawResponse> {
  if (basic) return c.post(body, { authorization: basicAuth(creds) });
  // A large body is refused before authentication: ask for the challenge with an empty one.
  const first = await c.post(Buffer.byteLength(body) > 4 * 1024 ? '' : body);
  expect(first.status).toBe(401);
  const challenge = String(first.headers['www-authenticate']);
  return c.post(body, { authorization: authorizationFor(challenge, 'POST', '/', creds, false)! });
}

/** Runs the rest of a session, accepting every SetParameterValues; returns what the ACS asked. */
export async function finishSession(c: RawClient): Promise<string[]> {
  const seen: string[] = [];
  let r = await c.post('');
  while (r.status === 200) {
    seen.push(r.body);
    r = await c.post(
      soap.envelope(
        '1-2',
        idOf(r.body),
        '<cwmp:SetParameterValuesResponse><Status>0</Status></cwmp:SetParameterValuesResponse>',
      ),
    );
  }
  expect(r.status).toBe(204);
  return seen;
}

export const valueOf = (xml: string, name: string) =>
  new RegExp(`<Name>${name.replace(/\./g, '\\.')}</Name><Value[^>]*>([^<]*)</Value>`).exec(xml)?.[1];

/** A test ACS per test and the raw clients talking to it, all closed after each test. */
export function acsTestbed() {
  let acs: TestAcs | undefined;
  const clients: RawClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await acs?.close();
    acs = undefined;
  });
  return {
    async start(
      cpeAuth: NonNullable<AcsConfig['cpeAuth']>,
      opts?: Parameters<typeof startTestAcs>[1],
    ): Promise<TestAcs> {
      acs = await startTestAcs({ cpeAuth }, opts);
      return acs;
    },
    /** A client connecting from `from` (default 127.0.0.1). */
    client(from?: string): RawClient {
      const c = new RawClient(acs!.url, from);
      clients.push(c);
      return c;
    },
  };
}
