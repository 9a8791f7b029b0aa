// Round 26 (c4, sv, fiber_los): the desk asked for a door code for the technician, and "portkod 4512. tack" got
// "Varsågod! Teknikern kommer tisdag …" — nothing noted on the case. A door code given for a booked visit is
// noted on the case for the technician and said back with the code.
import { describe, expect, it } from 'vitest';
import { doorCode } from './door-code.js';
import { handedOver } from './testing/field-handoff.js';

describe('a door code given for the booked visit', () => {
  it.each([
    ['sv', 'portkod 4512. tack', '4512'],
    ['sv', 'koden till porten är 0912', '0912'],
    ['en', 'the door code is 1234#. thanks!', '1234#'],
    ['en', 'gate code: 8812', '8812'],
  ] as const)('%s: "%s" is noted for the technician and said back', async (lang, msg, code) => {
    const h = await handedOver('fiber_los', lang, lang === 'sv' ? 'tisdag efter 17' : 'tuesday after 5pm');
    await h.say(lang === 'sv' ? 'måste jag förbereda något?' : 'do i need to prepare anything?');
    const said = await h.say(msg);
    expect(said).toContain(code);
    expect(said).toMatch(/noted door code|noterat portkod/);
    expect(await h.notes()).toContain(`For the technician — door code: ${code}`);
    expect(h.requests).toHaveLength(1);
  });

  it('a question beside the code is still answered', async () => {
    const h = await handedOver('fiber_los', 'sv', 'tisdag efter 17');
    const said = await h.say('portkod 4512. hur lång tid tar besöket?');
    expect(said).toMatch(/noterat portkod 4512/);
    expect(said.split('\n').length).toBeGreaterThan(1);
  });

  it.each(['my pin is 4512', 'kod 4512', 'ring mig på 0701234567'])('"%s" names no door code', (t) => {
    expect(doorCode(t)).toBeNull();
  });
});
