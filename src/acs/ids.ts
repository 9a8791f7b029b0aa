import { randomFillSync } from 'node:crypto';

// Task ids double as CWMP CommandKey/ParameterKey (at most 32 characters) and sort in creation
// order: 12 hex digits of milliseconds, a 4-digit per-process counter, 16 random hex digits.

let lastMs = 0;
let counter = 0;

export function newTaskId(nowMs: number = Date.now()): string {
  if (nowMs === lastMs) counter = (counter + 1) & 0xffff;
  else {
    lastMs = nowMs;
    counter = 0;
  }
  return nowMs.toString(16).padStart(12, '0') + counter.toString(16).padStart(4, '0') + randomHex(8);
}

// Random bytes drawn from a pool refilled from the CSPRNG 4 KiB at a time (as crypto.randomUUID
// does): one randomBytes call per session id and task id was 1 % of an ACS process's CPU.
const POOL = Buffer.alloc(4096);
let poolAt = POOL.length;

/** `bytes` (at most 4,096) cryptographically random bytes as hex; each byte is used once. */
export function randomHex(bytes: number): string {
  if (bytes > POOL.length) throw new Error('randomHex: at most 4096 bytes');
  if (poolAt + bytes > POOL.length) {
    randomFillSync(POOL);
    poolAt = 0;
  }
  const hex = POOL.toString('hex', poolAt, poolAt + bytes);
  poolAt += bytes;
  return hex;
}
