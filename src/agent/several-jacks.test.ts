// Role-play rp10a #6: "what filter? we have 2 phone jacks" at the cable step got only what a filter is.
// Every jack with a phone on it needs its own filter: that is the point a technician makes.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const cases: Array<[string, string, string, RegExp]> = [
  [
    'en',
    'the internet keeps dropping all the time',
    'what filter? we have 2 phone jacks, one in the hall and one in the kitchen',
    /Every jack that has a phone/,
  ],
  [
    'en',
    'my connection is unstable and drops',
    'theres another phone socket upstairs, does that matter?',
    /Every jack that has a phone/,
  ],
  [
    'sv',
    'nätet är instabilt och bryts hela tiden',
    'vilket filter? vi har två telefonjack',
    /Varje jack där en telefon/,
  ],
  [
    'sv',
    'natet bryts hela tiden',
    'vi har flera uttag i huset, spelar det roll?',
    /Varje jack där en telefon/,
  ],
];

it.each(cases)(
  '%s: %s → "%s" is told every phone jack needs its own filter',
  async (lang, opening, question, answer) => {
    const anna = { customerNumber: '700227', name: 'Anna Lind', pin: '5151', access: 'dsl' as const };
    const { send, pin } = await chat(
      lang as 'en' | 'sv',
      faultWorld(['dsl_low_snr'], { splitter: true }),
      anna,
    );
    expect((await send(`${pin}. ${opening}`)).at(-1)?.askKey).toBe('step.check_cables');
    const r = await send(question);
    expect(r.map((m) => m.text).join('\n')).toMatch(answer);
    expect(r.at(-1)?.askKey).toBe('step.check_cables');
  },
);
