// Role-play rp13c #3: "Det kan jag inte svara på själv … en kollega svarar dig här" mid-case, and one
// message later the case closed as resolved — nobody would ever read the question on it. Round 16: a
// question nobody answers while the desk keeps the case is said honestly, never promised and never a
// case of its own; it goes on the case as a note only when the case is handed over to a person.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  ['en', 'my internet is down', 'is your company owned by telia?', 'no still down', /can’t answer from here/],
  ['sv', 'internet funkar inte', 'ägs ni av telia?', 'nej funkar fortfarande inte', /inte svara på härifrån/],
] as const)(
  '%s: a question nobody answers mid-case is said honestly, and noted only when the case is handed over',
  async (lang, opening, question, still, honest) => {
    const { desk, say, yes, pin } = await chat(lang, faultWorld(['cpe_hung']));
    await say(`${pin}. ${opening}`);
    await say(yes); // may I restart the router?
    const reply = await say(question);
    expect(reply).toMatch(honest);
    expect(reply).not.toMatch(/colleague|kollega/);
    const id = (await desk.tickets.list({ limit: 5 })).items[0].id;
    const notes = async () =>
      (await desk.tickets.timeline(id)).filter((e) => e.type === 'note' && e.text.includes(question));
    expect(await notes()).toHaveLength(0);
    await say(still);
    const ticket = await desk.tickets.get(id);
    expect(ticket?.status).toBe('escalated');
    expect(await notes()).toHaveLength(1);
    expect((await desk.tickets.list({ queue: 'agents' })).items).toHaveLength(0);
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
