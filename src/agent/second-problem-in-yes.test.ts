// Round 10 of the issue-14 role-play (fixer y, rp10b #4): a second problem told inside the yes to "does it
// work now?" is taken up at once as a linked case, not left unseen behind the close.
import { describe, expect, it } from 'vitest';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';
import { secondProblemBeside } from './second-problem.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };

describe('a second problem inside the yes (rp10b #4)', () => {
  it.each([
    ['en', 'yes its back. also my wifi is really slow in the evenings, can you check that too?'],
    ['sv', 'ja nu funkar det. en sak till, wifi:t är jättesegt på kvällarna, kan du kolla det också?'],
  ] as const)('%s: "%s" closes the case and opens a second', async (lang, text) => {
    const desk = memoryDesk({ world: faultWorld(['dns_misconfigured']) });
    const opening = lang === 'en' ? "some websites won't load" : 'vissa sidor laddar inte';
    const { ticketId } = await identified(desk, KARIN, lang, opening);
    let r = await desk.agent.handleMessage(ticketId, lang === 'en' ? 'yes' : 'ja');
    for (let i = 0; i < 3 && r.at(-1)?.askKey !== 'resolution.confirm'; i++)
      r = await desk.agent.handleMessage(ticketId, lang === 'en' ? 'yes' : 'ja');
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    await desk.agent.handleMessage(ticketId, text);
    const all = (await desk.tickets.list({ limit: 10 })).items;
    expect(all.length).toBe(2);
  });

  it.each([
    ['yes its back, thanks', null],
    ['ja funkar, tack. sen undrar jag om fakturan', null],
    ['yep. btw my tv box is slow to start', 'my tv box is slow to start'],
  ])('"%s" → %s', (text, rest) => expect(secondProblemBeside(text)).toBe(rest));
});
