import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// Request ids: a caller's `x-request-id` is kept when it looks sane, otherwise a new UUID.
const SANE = /^[A-Za-z0-9._:-]{1,128}$/;

export function genReqId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const v = Array.isArray(given) ? given[0] : given;
  return v && SANE.test(v) ? v : randomUUID();
}
