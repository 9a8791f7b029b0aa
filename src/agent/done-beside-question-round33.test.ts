// Round 33 (a #6): at "check the cables", "They are both in, I heard the click. Waited a minute. By the way the landline
// phone also crackles when I call, is that related?" got "Push each cable in firmly at both ends …" again: "both in"
// and "the click" were no done, so the whole message was read as a question. Cables said to be in are the step done,
// and the question beside it is answered, not the step put again.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { parseAnswer } from '../triage/answers.js';
import { verifiedChat } from './testing/chat.js';

const OPEN: Record<Language, string> = {
  en: 'my internet drops several times every evening',
  sv: 'internet går ner flera gånger varje kväll',
};
const AGAIN = /Push each cable in firmly|Tryck in varje kabel/i;

describe('cables said to be in are the step done, the question beside answered (rp33a #6)', () => {
  it.each([
    ['They are both in, I heard the click. Waited a minute.', 'done'],
    ["they're both in firmly now", 'done'],
    ['Båda sitter i, det klickade. Väntade en minut.', 'done'],
    ['hörde ett klick, nu sitter de i', 'done'],
    ['is it the one in the wall?', 'free'],
  ])('%j → %s', (text, kind) => expect(parseAnswer('step.check_cables', text).kind).toBe(kind));

  it.each([
    [
      'en',
      'They are both in, I heard the click. Waited a minute. By the way the landline phone also crackles when I call, is that related?',
    ],
    [
      'sv',
      'Båda sitter i, det klickade. Väntade en minut. Förresten, telefonen knastrar också när jag ringer, hänger det ihop?',
    ],
  ] as const)('%s: %j', async (lang, text) => {
    const c = await verifiedChat(['dsl_low_snr'], lang, OPEN[lang], ['step.check_cables']);
    let r = c.last;
    for (let i = 0; i < 4 && r.at(-1)?.askKey !== 'step.check_cables'; i++) r = await c.send(c.yes);
    expect(r.at(-1)?.askKey).toBe('step.check_cables');
    c.world.performStep('step.check_cables');
    const out = await c.send(text);
    const said = out.map((m) => m.text).join('\n');
    expect(said).not.toMatch(AGAIN);
    expect(out.at(-1)?.askKey).not.toBe('step.check_cables');
    const timeline = await c.desk.tickets.timeline(c.id);
    expect(timeline.some((e) => e.type === 'customer_step' && e.result === 'done')).toBe(true);
    expect(said).toMatch(/crackling on the phone|knast(er|ret) i telefonen/);
  });
});
