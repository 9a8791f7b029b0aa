// Issue 14, round 20 (H1 #6): "är det fel hos er?" / "is it your fault?" got the general "my tests show where
// the fault lies — here is what I found" even when the tests found nothing, or was not read as that question.
// The findings answer it: nothing found → honestly nothing on our side right now; a fault found → whose side
// it is on (the my_side.<cause> facts).
import { expect, it } from 'vitest';
import { STEP_KEYS, type FaultKind, type Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const GENERAL = /here is what I found|här är vad jag hittade/;

async function asked(lang: Language, faults: FaultKind[], opening: string, q: string) {
  const c = await chat(lang, faultWorld(faults, { canDo: [...STEP_KEYS] }));
  await c.send(opening);
  await c.send(c.pin);
  return c.say(q);
}

it.each([
  ['sv', 'internet är jättesegt ikväll', 'är det fel hos er?'],
  ['sv', 'internet strular hela tiden', 'ligger felet hos er eller?'],
  ['en', 'my internet keeps dropping', 'is it your fault?'],
  ['en', 'my internet keeps dropping', 'is something wrong on your end?'],
] as const)(
  '%s: "%s" → "%s" with nothing found is answered honestly from the tests',
  async (lang, opening, q) => {
    const out = await asked(lang, [], opening, q);
    expect(out).toMatch(/inget fel hos oss just nu|cannot see a fault on our side right now/);
    expect(out).not.toMatch(GENERAL);
  },
);

it.each([
  ['sv', 'internet funkar inte alls', 'är det fel hos er?'],
  ['en', 'no internet at all', 'is it your fault?'],
] as const)('%s: "%s" → "%s" at a loose cable says whose side it is on', async (lang, opening, q) => {
  const out = await asked(lang, ['cable_unplugged'], opening, q);
  expect(out).toMatch(/kabel|sladd|cable/);
  expect(out).not.toMatch(GENERAL);
});
