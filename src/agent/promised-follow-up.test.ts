// Role-play rp13c #3: "Det kan jag inte svara på själv … en kollega svarar dig här" mid-case, and one
// message later the case closed as resolved — nobody would ever read the question on it. A question
// promised to a colleague goes on a linked case for the support team when the case resolves, and is said so.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  ['en', 'my internet is down', 'is your company owned by telia?', /separate case/],
  ['sv', 'internet funkar inte', 'ägs ni av telia?', /separat ärende/],
] as const)(
  '%s: a question promised mid-case goes on a linked case when the case resolves',
  async (lang, opening, question, linked) => {
    const { desk, say, yes, pin } = await chat(lang, faultWorld(['cpe_hung']));
    await say(`${pin}. ${opening}`);
    await say(yes); // may I restart the router?
    const promised = await say(question);
    expect(promised).toMatch(/colleague|kollega/);
    const closed = await say(yes); // does it work now?
    expect(closed).toMatch(/closed|avslutat/);
    expect(closed).toMatch(linked);
    const agents = await desk.tickets.list({ queue: 'agents' });
    expect(agents.items).toHaveLength(1);
    expect(agents.items[0].subject).toContain(question);
  },
);

it('a case that closes with nothing promised opens no second case', async () => {
  const { desk, say, yes, pin } = await chat('en', faultWorld(['cpe_hung']));
  await say(`${pin}. my internet is down`);
  await say(yes);
  const closed = await say(yes);
  expect(closed).toMatch(/closed/);
  expect(closed).not.toMatch(/separate case/);
  expect((await desk.tickets.list({ queue: 'agents' })).items).toHaveLength(0);
});
