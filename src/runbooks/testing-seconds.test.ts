// The "I'm testing your line" announcement tells the time the operator configured, not a constant
// (issue 20: `testingSeconds` was declared but never read).
import { describe, expect, it } from 'vitest';
import { converse, faultWorld, memoryDesk } from '../agent/testing/memory-desk.js';

const CUSTOMER = { customerNumber: '204001', name: 'Mia Ek', pin: '8385' };
const ANSWERS = { 'identity.customer_number': '204001', 'identity.pin': '8385', 'consent.*': 'yes' };

async function announced(engine: { testingSeconds?: number }) {
  const desk = memoryDesk({
    world: faultWorld(['cpe_hung']),
    config: { engine: { verifyAttempts: 2, verifyDelayMs: 0, ...engine } },
  });
  const res = await converse(desk, {
    customer: CUSTOMER,
    language: 'en',
    opening: 'the internet does not work at all',
    answers: ANSWERS,
  });
  return res.transcript
    .filter((m) => m.from === 'agent' && /testing your line/.test(m.text))
    .map((m) => m.text);
}

describe('line-test announcement', () => {
  it('says the configured number of seconds', async () => {
    expect(await announced({ testingSeconds: 45 })).toEqual([expect.stringContaining('about 45 seconds')]);
  });

  it('says 20 seconds by default', async () => {
    expect(await announced({})).toEqual([expect.stringContaining('about 20 seconds')]);
  });
});
