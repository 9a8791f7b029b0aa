// Role-play round 33 b8 (v2-rp33b-outage-cable-sv-1): during a fibre cut, "Men kabel-tv:n fungerar ju, hur kommer
// det sig om det är ett fiberavbrott?" opened a TV case for our support team; "det där tv-ärendet kan ni stänga"
// afterwards got "I have added your message to case T-000011" and the TV case stayed open. A question why the TV
// (mobile) still works is a question about the outage, answered in one line, no case opened, the outage case as
// it was; a TV case opened beside the outage and called off is withdrawn.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { toldOfLimhamnOutage } from './testing/limhamn-outage.js';

async function told(lang: Language) {
  const { desk, ticketId } = await toldOfLimhamnOutage(lang);
  const ticket = await desk.tickets.get(ticketId);
  expect(ticket?.disposition).toBe('outage.informed');
  const say = async (text: string) =>
    (await desk.agent.handleMessage(ticketId, text)).map((m) => m.text).join('\n');
  const others = async () => (await desk.tickets.list({ limit: 20 })).items.filter((t) => t.id !== ticketId);
  return { desk, ticketId, say, others };
}

describe('why the TV still works, during an outage', () => {
  it.each([
    ['sv', 'Men kabel-tv:n fungerar ju, hur kommer det sig om det är ett fiberavbrott?'],
    ['sv', 'varför funkar tv:n?'],
    ['sv', 'konstigt att teven funkar som vanligt, hur kan det vara så?'],
    ['en', 'But the cable TV still works, how come if it is a fibre cut?'],
    ['en', 'why does the TV still work?'],
    ['en', "how is the tv working when the internet isn't?"],
    ['sv', 'hur kan tv:n fungera när internet ligger nere?'],
  ] as [Language, string][])('%s: "%s" is answered in one line, no case opened', async (lang, text) => {
    const c = await told(lang);
    const said = await c.say(text);
    expect(said).toMatch(lang === 'sv' ? /annat nät eller en annan signal/ : /different network or signal/);
    expect(said).not.toMatch(/separate case|separat ärende/);
    expect(await c.others()).toEqual([]);
    const ticket = await c.desk.tickets.get(c.ticketId);
    expect(ticket?.disposition).toBe('outage.informed');
  });
});

describe('whether the TV works is no question why it does', () => {
  it.each([
    ['sv', 'Fungerar TV-kanalerna trots avbrottet?'],
    ['en', 'will my tv channels still work during the outage?'],
  ] as [Language, string][])('%s: "%s" is not told the TV works', async (lang, text) => {
    const c = await told(lang);
    const said = await c.say(text);
    expect(said).not.toMatch(/annat nät eller en annan signal|different network or signal/);
  });
});

describe('a TV case opened beside the outage, called off', () => {
  it.each([
    [
      'sv',
      'och kabel-tv:n är också svart, är det samma fel?',
      'Det där tv-ärendet kan ni stänga, tv:n funkar igen.',
    ],
    ['sv', 'tv:n funkar inte heller, är det samma fel?', 'stäng tv-ärendet'],
    [
      'en',
      'and the cable TV is black too, is that the same fault?',
      'close that TV case please, the TV is fine now',
    ],
    ['en', 'the TV is not working either, same fault?', 'you can cancel the TV ticket'],
  ] as [Language, string, string][])('%s: "%s" then "%s"', async (lang, tvDown, callOff) => {
    const c = await told(lang);
    await c.say(tvDown);
    const [tv] = await c.others();
    expect(tv?.queue).toBe('agents');
    const said = await c.say(callOff);
    expect(said).toContain(tv!.reference);
    const after = await c.desk.tickets.get(tv!.id);
    expect(after?.status).toBe('resolved');
    expect(after?.disposition).toBe('withdrawn.never_asked');
    const ticket = await c.desk.tickets.get(c.ticketId);
    expect(ticket?.disposition).toBe('outage.informed');
  });

  it.each([
    ['sv', 'det där tv-ärendet kan ni stänga, jag har inga problem med tv:n.'],
    ['en', 'close that TV case, I have no problem with the TV'],
  ] as [Language, string][])('%s: "%s" with no TV case is told so', async (lang, text) => {
    const c = await told(lang);
    const said = await c.say(text);
    expect(said).toMatch(lang === 'sv' ? /inget öppet ärende om tv/ : /no case about TV open/);
    expect(await c.others()).toEqual([]);
  });
});
