// Role-play round 26 (a #3): "200185. men snälla kan inte bara en person ringa mig" at the customer number got
// only the PIN question, and "ok. och vad gör jag under tiden då?" once the faulty router was handed to a
// colleague got "Det kan jag inte svara på härifrån". The call asked for is acknowledged beside the number (on
// the way to a person it goes on the case), and what to do meanwhile is told: the mobile as a hotspot.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const MAJA = { customerNumber: '200185', name: 'Maja Wallin', pin: '1234' };
const CANT = /can’t answer|cannot answer that|kan jag inte svara/i;
const OPENING = {
  sv: 'routern startar om sig själv hela tiden, jag jobbar hemifrån. kan jag få prata med en människa?',
  en: 'my router keeps restarting itself and i work from home. can i talk to a human?',
} as const;
const CALL = {
  sv: '200185. men snälla kan inte bara en person ringa mig',
  en: '200185. but please cant someone just call me',
} as const;

async function toPerson(lang: Language) {
  const c = await chat(lang, faultWorld(['hardware_failure']), MAJA);
  await c.send(OPENING[lang]);
  const r = await c.send(CALL[lang]);
  await c.send(MAJA.pin);
  return { c, atNumber: r.map((m) => m.text).join('\n'), pinAsked: r.at(-1)?.askKey };
}

describe('a call asked for beside the customer number (a #3)', () => {
  it.each(['sv', 'en'] as const)('%s: acknowledged, and noted on the case at the handoff', async (lang) => {
    const { c, atNumber, pinAsked } = await toPerson(lang);
    expect(pinAsked).toBe('identity.pin');
    expect(atNumber).toMatch(lang === 'sv' ? /kollega.*uppringd/ : /colleague.*called/);
    const notes = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
      e.type === 'note' ? [e.text] : [],
    );
    expect(notes.join('\n')).toMatch(/rather be contacted by (phone|a call)|call/i);
  });

  it('sv: in a fault case, the desk says it cannot call but a colleague can if one takes over', async () => {
    const c = await chat('sv', faultWorld(['cpe_hung']), MAJA);
    await c.send('internet funkar inte');
    const r = await c.send(CALL.sv);
    expect(r.at(-1)?.askKey).toBe('identity.pin');
    expect(r.map((m) => m.text).join('\n')).toMatch(/kan inte ringa härifrån/);
  });
});

describe('what to do meanwhile, with a colleague (a #3)', () => {
  it.each([
    ['sv', 'ok. och vad gör jag under tiden då?'],
    ['en', 'ok. and what do i do in the meantime?'],
  ] as const)('%s: "%s" → the mobile as a hotspot', async (lang, asked) => {
    const { c } = await toPerson(lang);
    expect((await c.cases()).first?.queue).toBe('agents');
    const said = await c.say(asked);
    expect(said).not.toMatch(CANT);
    expect(said).toMatch(/hotspot/i);
  });
});
