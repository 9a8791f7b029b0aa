// Round 33 (b #10): at the rename's name question, "Berg Family. no wait, without the space, BergFamily. is the
// capital letters a problem for older devices?" was proposed as the name “without the space, BergFamily”, and at
// the permission "no! the name should be just BergFamily" as “just BergFamily”; "Spaces are fine" answered a
// question nobody asked, the capital letters were never answered, and "done on my phone … so are capital letters
// ok or not??" at the reconnect put the step again. The name after the correction cue is the name, a remark on
// how it is written is no part of it, capital letters are answered, and done on the phone is the step done.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { hedgedName } from '../triage/hedged-name.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const OPEN: Record<Language, string> = {
  en: "hi, can you change the name of our wifi network? it's still the weird default name with numbers",
  sv: 'hej, kan ni byta namn på vårt wifi? det heter fortfarande något konstigt med siffror',
};
const CASE = /capital letters|stora och små bokstäver/i;

async function atName(lang: Language) {
  const c = await portalChat(lang, faultWorld([], { canDo: ['step.rejoin_wifi'] }));
  const r = await c.send(OPEN[lang]);
  expect(r.at(-1)?.askKey).toBe('config.wifi_name');
  return c;
}

describe('the name after a correction cue is the name (rp33b #10)', () => {
  it.each([
    [
      'Berg Family. no wait, without the space, BergFamily. is the capital letters a problem for older devices?',
      'BergFamily',
    ],
    ['Berg Family, no sorry, without spaces: BergFamily', 'BergFamily'],
    [
      'Berg Familj. nej vänta, utan mellanslag, BergFamilj. gör stora bokstäver något för äldre prylar?',
      'BergFamilj',
    ],
    ['Berg Familj, förresten utan mellanslaget: BergFamilj', 'BergFamilj'],
  ])('%j → %s', (text, name) => expect(hedgedName(text)).toBe(name));

  it.each([
    [
      'en',
      'Berg Family. no wait, without the space, BergFamily. is the capital letters a problem for older devices?',
      'BergFamily',
    ],
    [
      'sv',
      'Berg Familj. nej vänta, utan mellanslag, BergFamilj. gör stora bokstäver något för äldre prylar?',
      'BergFamilj',
    ],
  ] as const)('%s at the name question: %j', async (lang, text, name) => {
    const c = await atName(lang);
    const r = await c.send(text);
    const said = r.map((m) => m.text).join('\n');
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(said).toMatch(new RegExp(`[“”]${name}[“”]\\?`));
    expect(said).toMatch(CASE);
    expect(said).not.toMatch(/Spaces are fine|Mellanslag går bra/);
  });

  it.each([
    ['en', 'no! the name should be just BergFamily. did you even read it?', 'BergFamily'],
    ['sv', 'nej! namnet ska vara bara BergFamilj', 'BergFamilj'],
  ] as const)('%s at the permission: %j', async (lang, text, name) => {
    const c = await atName(lang);
    await c.send('Berg Family');
    const r = await c.send(text);
    const said = r.map((m) => m.text).join('\n');
    expect(said).toMatch(new RegExp(`[“”]${name}[“”]`));
    expect(said).not.toMatch(/just BergFamily|bara BergFamilj/);
  });

  it.each([
    [
      'en',
      'done on my phone. the old printer will have to wait till tomorrow. so are capital letters ok or not??',
    ],
    ['sv', 'klart på mobilen. skrivaren får vänta till imorgon. går det bra med stora bokstäver eller inte?'],
  ] as const)('%s at the reconnect: %j is the step done, capitals answered', async (lang, text) => {
    const c = await atName(lang);
    await c.send('BergFamily');
    const step = await c.send(c.yes);
    expect(step.at(-1)?.askKey).toBe('step.rejoin_wifi');
    c.desk.world.performStep('step.rejoin_wifi');
    const r = await c.send(text);
    const said = r.map((m) => m.text).join('\n');
    expect(said).toMatch(CASE);
    expect(r.at(-1)?.askKey).not.toBe('step.rejoin_wifi');
    const timeline = await c.desk.tickets.timeline(c.ticketId);
    expect(timeline.some((e) => e.type === 'customer_step' && e.result === 'done')).toBe(true);
  });
});
