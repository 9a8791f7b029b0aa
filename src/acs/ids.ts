import { randomBytes } from 'node:crypto';

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
  return (
    nowMs.toString(16).padStart(12, '0') +
    counter.toString(16).padStart(4, '0') +
    randomBytes(8).toString('hex')
  );
}
