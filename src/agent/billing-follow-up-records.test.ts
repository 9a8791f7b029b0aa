// Round 28 ticket records (rp28b T-000003/T-000004/T-000013, rp28a T-000013):
// - a billing case opened after the outcome took the customer's whole message as its subject → a short
//   subject of the kind of request, the customer's words in a note on the case;
// - "I do NOT want billing to contact me", "jag vill inte att fakturaavdelningen kontaktar mig" left the case
//   with billing → withdrawn like "cancel": resolved, out of the queue, a withdrawn.* disposition;
// - "there was no fault, we were billed twice. how long does a refund take?" was noted for billing as "customer
//   asks for a reduction for the days without service" → the note (and the answer) say what was asked.
import { describe, expect, it } from 'vitest';
import type { Language, Ticket } from '../domain/index.js';
import { atScore, chat } from './testing/chat.js';
import { faultWorld, type MemoryDesk } from './testing/memory-desk.js';

const notesOf = async (desk: MemoryDesk, id: string) =>
  (await desk.tickets.timeline(id)).map((e) => (e.type === 'note' ? e.text : ''));

describe('a follow-up billing case has a short subject (rp28b T-000003, T-000013)', () => {
  it.each([
    ['en', 'can I get money back for the days without internet?', 'Compensation request'],
    [
      'sv',
      'ok tack. kan jag få pengar tillbaka för dagarna internet inte fungerade? det har varit nere sedan måndag och jag jobbar hemifrån',
      'Begäran om ersättning',
    ],
  ] as const)('%s: the subject names the request, the words are on the case', async (lang, ask, subject) => {
    const { desk } = await atScore(['cpe_hung'], lang, lang === 'en' ? 'no internet' : 'inget internet');
    const [first] = (await desk.tickets.list({ limit: 10 })).items;
    await desk.agent.handleMessage((first as Ticket).id, ask);
    const linked = (await desk.tickets.list({ limit: 10 })).items.find((t) => t.queue === 'billing');
    expect(linked?.subject).toBe(subject);
    expect((await notesOf(desk, (linked as Ticket).id)).join('\n')).toContain(ask.slice(0, 60));
  });
});

async function routedBilling(lang: Language, opening: string) {
  const c = await chat(lang, faultWorld([]));
  await c.send(opening);
  await c.send('100482 4711');
  expect((await c.desk.tickets.get(c.ticketId))?.queue).toBe('billing');
  return c;
}

describe('a billing case the customer does not want is withdrawn (rp28b #2)', () => {
  it.each([
    [
      'en',
      'I was charged twice for November, can you check my invoice?',
      'omg no. I do NOT want billing to contact me.',
    ],
    [
      'en',
      'I was charged twice for November, can you check my invoice?',
      "please don't have billing call me, it's sorted",
    ],
    [
      'sv',
      'jag har fått dubbel faktura för november',
      'nej, jag vill inte att fakturaavdelningen kontaktar mig',
    ],
    ['sv', 'jag har fått dubbel faktura för november', 'jag vill inte bli uppringd av er om det här'],
  ] as const)('%s: %j', async (lang, opening, objection) => {
    const c = await routedBilling(lang, opening);
    const said = await c.say(objection);
    const ticket = await c.desk.tickets.get(c.ticketId);
    expect(ticket?.status).toBe('resolved');
    expect(ticket?.queue).toBeNull();
    expect(ticket?.disposition).toMatch(/^withdrawn\./);
    expect(said).toMatch(lang === 'en' ? /withdrawn case T-000001/ : /dragit tillbaka ärende T-000001/);
  });

  it('a wish to be called instead is not a withdrawal', async () => {
    const c = await routedBilling('en', 'I was charged twice for November, can you check my invoice?');
    await c.say('can billing call me instead of writing?');
    expect((await c.desk.tickets.get(c.ticketId))?.queue).toBe('billing');
  });
});

describe('a billing note says what the customer asked (rp28a #10)', () => {
  it.each([
    [
      'en',
      'We were charged twice for November. Our internet works fine, this is only about the money. Customer number 100482',
      'Thanks. Again, there was no fault, we were billed twice. How long does a refund usually take?',
    ],
    [
      'sv',
      'Vi har blivit dubbeldebiterade på fakturan för november, internet fungerar bra. Kundnummer 100482',
      'Som sagt, inget fel på internet, vi har betalat två gånger. Hur lång tid tar en återbetalning?',
    ],
  ] as const)('%s: no reduction for days without service is claimed', async (lang, opening, ask) => {
    const c = await chat(lang, faultWorld([]));
    await c.send(opening);
    await c.send('4711');
    expect((await c.desk.tickets.get(c.ticketId))?.queue).toBe('billing');
    const said = await c.say(ask);
    expect(said).not.toMatch(
      /days it did not work|dagar(na)? det inte fungerade|fault on our side|fel hos oss/,
    );
    const notes = (await notesOf(c.desk, c.ticketId)).join('\n');
    expect(notes).not.toMatch(/reduction for the days without service/);
    expect(notes).toMatch(/charged amount back/);
  });

  it('a refund asked for days the service was down is still noted so', async () => {
    const c = await chat('en', faultWorld([]));
    await c.send('my invoice is wrong, customer number 100482');
    await c.send('4711');
    await c.say('also the internet was down for three days last week, can I get a reduction for those days?');
    const notes = (await notesOf(c.desk, c.ticketId)).join('\n');
    expect(notes).not.toMatch(/charged amount back/);
  });
});
