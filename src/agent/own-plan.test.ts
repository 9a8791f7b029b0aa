// Role-play rp13c #4: after a slow-line case went to second line, "wait, 1000? i thought we had 250. anyway
// will someone have to come to the house?" and "what plan do i actually have, 250 or 1000?" both got "I
// cannot answer that from here", and the team's note read "for the team to answer: offer". The desk knows
// the subscription and whether a visit comes first: both are answered; what it cannot answer is quoted.
import { expect, it } from 'vitest';
import { afterQuestions } from './after-questions.js';
import { caseQuestions } from './case-questions.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const HANNA = {
  customerNumber: '100482',
  name: 'Hanna Ekdahl',
  pin: '4711',
  plan: { downMbps: 1000, upMbps: 100 },
};
const ANSWERS = {
  'identity.customer_number': '100482',
  'identity.pin': '4711',
  'connection.type': 'cable',
  'consent.*': 'yes',
};
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

it.each([
  'ok. but what plan do i actually have, 250 or 1000?',
  'wait, 1000? i thought we had 250.',
  'which subscription are we on?',
  'what am i actually paying for?',
  'vilket abonnemang har vi egentligen?',
  'vi trodde att vi hade 250?',
  'har vi inte 250 mbit?',
])('%s asks what the own subscription is', (q) => {
  expect(afterQuestions(q)).toContain('my_plan');
});

it.each(['what speeds do you have?', 'vad finns det for hastigheter', 'how fast is the 1000 plan?'])(
  '%s asks about our offers, not the own plan',
  (q) => {
    expect(afterQuestions(q)).not.toContain('my_plan');
  },
);

it.each([
  'will someone have to come to the house?',
  'do they need to come out here?',
  'måste någon komma hem till oss?',
  'kommer det komma en tekniker?',
])('%s asks whether a visit is needed', (q) => {
  expect(caseQuestions(q)).toContain('home_visit');
});

async function slowLine() {
  const desk = memoryDesk({ world: faultWorld(['speed_line_degraded']) });
  const res = await converse(desk, {
    customer: HANNA,
    language: 'en',
    opening:
      'our broadband is really slow for a week, we pay for 250 and get 20. cable to the laptop is the same',
    answers: ANSWERS,
  });
  expect(res.outcome).toBe('escalated');
  return { desk, res };
}

it('after the tier2 handoff, the plan and the visit are answered from what the desk knows', async () => {
  const { desk, res } = await slowLine();
  const first = words(
    await desk.agent.handleMessage(
      res.ticketId,
      'wait, 1000? i thought we had 250. anyway will someone have to come to the house?',
    ),
  );
  expect(first).toMatch(/1000\/100 Mbit\/s/);
  expect(first).toMatch(/distance|visit/);
  expect(first).not.toMatch(/cannot answer/);
  const second = words(
    await desk.agent.handleMessage(res.ticketId, 'ok. but what plan do i actually have, 250 or 1000?'),
  );
  expect(second).toMatch(/1000\/100 Mbit\/s/);
  expect(second).not.toMatch(/cannot answer/);
  expect((await desk.tickets.get(res.ticketId))?.queue).toBe('tier2');
});

it('a question left for the team is quoted on the note, never an intent code', async () => {
  const { desk, res } = await slowLine();
  await desk.agent.handleMessage(res.ticketId, 'which speeds do you sell, is there a 2000 plan?');
  const notes = (await desk.tickets.timeline(res.ticketId)).flatMap((e) =>
    e.type === 'note' ? [e.text] : [],
  );
  const note = notes.find((n) => n.includes('for the team to answer'));
  expect(note).toContain('"which speeds do you sell, is there a 2000 plan?"');
});
