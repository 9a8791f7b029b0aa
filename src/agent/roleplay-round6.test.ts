// Round 6 of the issue-14 role-play, after the outcome: the customers' own words (bench/roleplay).
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../domain/index.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const ANSWERS = {
  'identity.customer_number': '100482',
  'identity.pin': '4711',
  'consent.*': 'yes',
};
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function closedCase(fault: FaultKind) {
  const desk = memoryDesk({ world: faultWorld([fault]) });
  const res = await converse(desk, {
    customer: KARIN,
    language: 'en',
    opening: fault === 'wifi_radio_disabled' ? 'my wifi network is gone' : "some websites won't load",
    answers: ANSWERS,
  });
  expect(res.lastReplies.at(-1)?.askKey).toBe('csat.score');
  return { desk, id: res.ticketId };
}

describe('the satisfaction answer', () => {
  it('"4 i guess" records 4', async () => {
    const { desk, id } = await closedCase('dns_misconfigured');
    await desk.agent.handleMessage(id, '4 i guess');
    const tl = await desk.tickets.timeline(id);
    expect(tl.filter((e) => e.type === 'csat')).toMatchObject([{ score: 4 }]);
  });

  it('"5. how do i stop it happening again tho?" records 5 and answers without a new diagnosis', async () => {
    const { desk, id } = await closedCase('wifi_radio_disabled');
    const r = await desk.agent.handleMessage(id, '5. how do i stop it happening again tho?');
    const tl = await desk.tickets.timeline(id);
    expect(tl.filter((e) => e.type === 'csat')).toMatchObject([{ score: 5 }]);
    expect(words(r)).toMatch(/feedback/i);
    expect(words(r)).not.toMatch(/testing your line/i);
    expect(words(r)).toMatch(/happens again|stays on/i);
  });
});
