// Role-play rp13a #9: a moving e-mail with three questions (keep the subscription at the new address?
// bring the router? how long until it works?) got, after the PIN, only "sent to sales" with the summary
// "En ändring av ditt abonnemang" — no address, no date, no question acknowledged. Now the questions the
// desk can answer are answered, asked as "jag undrar om …" too, and the case names the move.
import { expect, it } from 'vitest';
import { readMoveDate, withMoveDetails } from './move-details.js';
import { memoryDesk, faultWorld } from './testing/memory-desk.js';

it.each([
  ['Vi flyttar in 28 januari.', '28 januari'],
  ['vi ska flytta i slutet av januari', 'slutet av januari'],
  ["we're moving on March 3rd", 'March 3rd'],
  ['moving at the end of February', 'end of February'],
  ['flytten blir den 1:a mars', '1:a mars'],
])('%s → %s', (text, date) => {
  expect(readMoveDate(text)).toBe(date);
});

it('a move names its address and day; other requests name none', () => {
  expect(withMoveDetails({ houseMove: true }, 'vi flyttar till Götgatan 48 den 28 januari')).toMatchObject({
    moveTo: 'Götgatan 48',
    moveDate: '28 januari',
  });
  expect(withMoveDetails({}, 'my address is Götgatan 48')).toEqual({});
});

const OPENINGS = [
  [
    'sv',
    'Hej! Vi ska flytta till Götgatan 48 i Stockholm. Vi vill gärna ha kvar samma abonnemang på den nya adressen om det går. Jag undrar också om jag ska ta med routern, och hur lång tid det tar innan det funkar i nya lägenheten. Vi flyttar in 28 januari. Mitt kundnummer är 100482.',
    /följer routern med/,
    /Götgatan 48, inflyttning 28 januari/,
  ],
  [
    'en',
    "Hi, we're moving house to 12 Baker Street on March 3rd. I was wondering if we can keep our plan at the new address and whether I should bring the router. My customer number is 100482.",
    /router goes with you/,
    /12 Baker Street, moving day March 3rd/,
  ],
] as const;

it.each(OPENINGS)(
  '%s: the move questions are answered and the case names the move',
  async (lang, opening, router, named) => {
    const desk = memoryDesk({ world: faultWorld([]) });
    desk.directory.add({ customerNumber: '100482', name: 'Sofia Dahl', pin: '4711' });
    const c = await desk.agent.startConversation({ channel: 'chat', language: lang });
    const first = (await desk.agent.handleMessage(c.ticketId, opening)).map((m) => m.text).join('\n');
    expect(first).toMatch(router);
    expect(first).toMatch(lang === 'sv' ? /följa med dig/ : /move with you/);
    const handoff = (await desk.agent.handleMessage(c.ticketId, '4711')).map((m) => m.text).join('\n');
    expect(handoff).toMatch(named);
    expect((await desk.tickets.get(c.ticketId))?.queue).toBe('sales');
  },
);
