// Round 24 (a1, a3, a4, b4): sentences nobody asked for. After the PIN, "That one I can't answer from here"
// stood beside the answer to the question the customer had asked beside the number (a3), or after a
// message that only said the PIN back ("PIN? Är det samma som bankkoden? … 7488.", a4); "vet inte, står på
// fakturan? … 200260" became a question for a colleague on the field ticket (b4); "hur länge ska vi vänta?"
// got "Just nu, ja – jag jobbar på det" in the very reply that handed the case to billing (a1). And "which
// question?" about the desk's own words was noted for a colleague (a3, b4).
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../domain/index.js';
import { converseIn } from './testing/converse.js';

const CANNOT = /can.t answer|cannot answer|kan inte svara|kan jag inte svara/i;
const notes = (events: Awaited<ReturnType<typeof converseIn>>['events']) =>
  events.flatMap((e) => (e.type === 'note' ? [e.text] : []));

async function run(fault: FaultKind, lang: 'en' | 'sv', messages: string[]) {
  return converseIn([fault], lang, messages);
}

describe('no "can\'t answer" for what was answered or never asked', () => {
  it.each([
    ['en', 'sure, 200115. will changing it mess up my wifi or anything?', /only the password for the router/],
    ['en', '200115. will my wifi stop working if u change it?', /only the password for the router/],
    ['sv', 'ok 200115. påverkas mitt wifi om ni byter det?', /inställningssida|wifi/i],
  ] as const)('%s: "%s" beside the number is answered once after the PIN', async (lang, atNumber, answer) => {
    const opening =
      lang === 'en'
        ? 'Is my router still on the default admin password? And can you change it for me?'
        : 'Har min router fortfarande fabrikslösenordet för admin? Kan ni byta det?';
    const r = await run('default_admin_password', lang, [opening, atNumber, '4711']);
    expect(r.last).not.toMatch(CANNOT);
    expect(r.last).toMatch(answer);
  });

  it.each([
    ['sv', 'PIN? Är det samma som bankkoden? Nej vänta, det står på brevet. 4711.'],
    ['sv', 'pinkoden? 4711'],
    ['sv', 'PIN-koden?? aha den på brevet. 4711'],
    ['en', 'PIN? is that my bank card code? oh wait its in the letter. 4711'],
    ['en', 'the pin? ok 4711'],
  ] as const)('%s: "%s" at the PIN — verified, no stray sentence after the question', async (lang, atPin) => {
    const opening =
      lang === 'en' ? 'our wifi is gone, the phones cant see it' : 'Vårt trådlösa nät har försvunnit.';
    const r = await run('wifi_radio_disabled', lang, [opening, '200115', atPin]);
    expect(r.last).not.toMatch(CANNOT);
    expect(r.last.trim().endsWith('?'), r.last).toBe(true);
    expect(notes(r.events).join('\n')).not.toMatch(/question for a colleague/);
  });

  it.each([
    [
      'sv',
      'vet inte, står på fakturan? har ingen faktura här. 200260',
      'sorry, 200115',
      'måndag eftermiddag',
    ],
    ['sv', 'står det på fakturan kanske? 200260', '200115', 'måndag eftermiddag'],
    ['en', 'dunno, is it on the bill? dont have one here. 200260', 'sorry its 200115', 'monday afternoon'],
  ] as const)('%s: "%s" is no question for a colleague', async (lang, atNumber, corrected, times) => {
    const opening =
      lang === 'en' ? 'red LOS light and no internet' : 'lampan LOS lyser rött och inget internet';
    const r = await run('fiber_los', lang, [opening, atNumber, corrected, '4711', times]);
    expect(r.replies.join('\n')).not.toMatch(CANNOT);
    expect(notes(r.events).join('\n')).not.toMatch(/question for a colleague|for the team to answer/);
    expect(r.ticket?.queue).toBe('field');
  });
});

describe('"how long must we wait?" in the reply that hands the case on', () => {
  it.each([
    [
      'sv',
      'Hej. Vårt internet slutade fungera i förrgår. Vad är det som händer? Och hur länge ska vi vänta, min fru behöver det till jobbet. Mvh Nils',
      'Kundnummer 200115, PIN 4711. Jag har redan startat om routern tre gånger så det är inte det.',
      /fakturan är betald/,
    ],
    ['sv', 'internet funkar inte. ska vi bara vänta?', '200115 4711', /fakturan är betald/],
    [
      'en',
      'internet is dead since yesterday. do we just have to wait or what?',
      '200115, pin 4711. already restarted it 3 times so its not that',
      /invoice is paid/,
    ],
    ['en', 'no internet. how long do we have to wait??', '200115 / 4711', /invoice is paid|billing team/],
  ] as const)('%s: %s — no "I am on it", the way back told', async (lang, opening, identity, told) => {
    const r = await run('billing_suspended', lang, [opening, identity]);
    expect(r.last).not.toMatch(/jobbar på det|I am on it|Just nu, ja|For now, yes/);
    expect(r.last).toMatch(told);
    expect(r.ticket?.queue).toBe('billing');
  });
});

describe('"which question?" about the desk\'s own words', () => {
  it('en at a permission: answered by the desk, the question goes on', async () => {
    const r = await run('default_admin_password', 'en', [
      'is my router admin password still the default one?',
      '200115',
      '4711',
      'wait what couldnt you answer? anyway how do I get the new one?',
    ]);
    expect(r.last).toMatch(/my mistake/);
    expect(r.last).toMatch(/new admin password right here/);
    expect(r.last).not.toMatch(/colleague|noted/i);
  });

  it.each([
    ['sv', 'vilken fråga?'],
    ['sv', 'vilken fråga menade du??'],
    ['sv', 'va? jag frågade ju ingenting'],
    ['en', 'what question? i didnt ask anything'],
    ['en', 'which question do you mean'],
  ] as const)('%s after a field handoff: "%s" is not passed to the team', async (lang, question) => {
    const opening =
      lang === 'en' ? 'red LOS light and no internet' : 'lampan LOS lyser rött och inget internet';
    const times = lang === 'en' ? 'monday afternoon' : 'måndag eftermiddag';
    const r = await run('fiber_los', lang, [opening, '200115', '4711', times, question]);
    expect(r.last).toMatch(/my mistake|fel av mig/);
    expect(r.last).not.toMatch(/noted|antecknat|lagt i ärende|andra fråga|other question/i);
    expect(notes(r.events).join('\n')).not.toMatch(/for the team to answer|question for a colleague/);
  });

  it('en after a close: "what question?? i didnt ask anything" is answered, never a score', async () => {
    const r = await run('cpe_hung', 'en', [
      'internet is down',
      '200115',
      '4711',
      'yes',
      'yes works',
      'what question?? i didnt ask anything',
    ]);
    expect(r.last).toMatch(/my mistake/);
    expect(r.events.some((e) => e.type === 'csat')).toBe(false);
  });
});
