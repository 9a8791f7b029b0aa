// Round 20 (b7): during an outage, "can you send me one of those 4g routers to borrow meanwhile? I need to
// work" got "Whether we sell mesh units or Wi-Fi extenders is for our sales team…" and the mesh/extender
// paragraph came back twice more, even after "why do you keep talking about mesh??". A loan 4G router is its
// own request (noted for the team), never equipment to buy or Wi-Fi range advice.
import { expect, it } from 'vitest';
import { toldOfLimhamnOutage } from './testing/limhamn-outage.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const MESH = /mesh|extender|förstärkare/i;

it.each([
  ['en', 'can you send me one of those 4g routers to borrow meanwhile? I need to work'],
  ['en', 'could u send me a 4g router i can borrow till its fixed'],
  ['en', "do you lend out mobile routers? i'm working from home"],
  ['sv', 'kan ni skicka en 4g-router som jag kan låna tills det är fixat? jag måste jobba'],
  ['sv', 'kan jag låna en mobil router av er under tiden?'],
] as const)('%s: "%s" is a loan request, never mesh or extenders', async (lang, ask) => {
  const { desk, ticketId } = await toldOfLimhamnOutage(lang);
  const said = words(await desk.agent.handleMessage(ticketId, ask));
  expect(said).not.toMatch(MESH);
  expect(said).toMatch(/borrow|låna/i);
});

it.each([
  ['en', 'extenders?? I asked about a 4G router to borrow while the fibre is cut.'],
  [
    'en',
    "why do you keep talking about mesh?? I don't have a weak room. whatever. so when will someone get back about the 4g router?",
  ],
  ['sv', 'varför pratar du om mesh?? jag frågade om en 4g-router att låna'],
] as const)('%s: "%s" gets no mesh paragraph', async (lang, msg) => {
  const { desk, ticketId } = await toldOfLimhamnOutage(lang);
  await desk.agent.handleMessage(
    ticketId,
    lang === 'sv' ? 'kan jag låna en 4g-router?' : 'can i borrow a 4g router?',
  );
  const said = words(await desk.agent.handleMessage(ticketId, msg));
  expect(said).not.toMatch(/A mesh system|Ett mesh-system|halfway|halvvägs/i);
});
