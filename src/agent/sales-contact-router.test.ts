// A would-be customer routed to sales (rp14a #9): the contact note keeps the name and every way to
// reach them ("mikael strand, 070 123 45 67 (or mikael.s at gmail) best after 5"), and "do i need a
// router of my own?" beside the address is answered, never only the address acknowledged.
import { describe, expect, it } from 'vitest';
import { memoryDesk } from './testing/memory-desk.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function salesCase(language: 'en' | 'sv', opening: string) {
  const desk = memoryDesk();
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  await desk.agent.handleMessage(c.ticketId, opening);
  return { desk, ticketId: c.ticketId };
}

describe('a would-be customer after the sales handoff', () => {
  it('en: name, phone and the e-mail are all on the contact note, and the router question is answered', async () => {
    const { desk, ticketId } = await salesCase(
      'en',
      'hi im moving to kista in january, can i get broadband from you? what does fiber cost',
    );
    const contact = words(
      await desk.agent.handleMessage(
        ticketId,
        'sure its mikael. mikael strand, 070 123 45 67 (or mikael.s at gmail) best after 5',
      ),
    );
    expect(contact).toMatch(/Mikael Strand/);
    expect(contact).toMatch(/mikael\.s@gmail\.com/);
    const notes = (await desk.tickets.timeline(ticketId)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
    expect(notes.join('\n')).toMatch(
      /Contact details for the team: Mikael Strand, \+46701234567, mikael\.s@gmail\.com/,
    );
    const router = words(
      await desk.agent.handleMessage(
        ticketId,
        'oh and the address is torshamnsgatan 12. do i need a router of my own?',
      ),
    );
    expect(router).toMatch(/Torshamnsgatan 12/);
    expect(router).toMatch(/router comes with the subscription/);
  });

  it('sv: "behöver jag köpa en egen router?" is answered', async () => {
    const { desk, ticketId } = await salesCase(
      'sv',
      'hej, jag flyttar till kista i januari och vill ha bredband hos er',
    );
    await desk.agent.handleMessage(ticketId, 'Sara Lind, 070-765 43 21');
    const said = words(await desk.agent.handleMessage(ticketId, 'behöver jag köpa en egen router?'));
    expect(said).toMatch(/router ingår i abonnemanget/);
  });
});
