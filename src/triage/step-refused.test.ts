import { describe, expect, it } from 'vitest';
import { parseAnswer } from './answers.js';
import type { AskKey } from '../domain/index.js';

// Round 9 (rp9b #9): "no im not restarting anything" at the power-cycle step was read as done ("restarting"),
// and the demo power-cycled the router the customer had refused to restart.
describe('a refused physical step is never done', () => {
  const steps: AskKey[] = ['step.power_cycle', 'step.power_on', 'step.check_cables', 'step.wired_test'];
  const refused = [
    'no im not restarting anything. forget it, 2/5',
    "i'm not going to unplug it, my server runs on it",
    'I won’t restart it',
    'not doing that, sorry',
    'i dont want to touch the router',
    'nej, jag tänker inte starta om den',
    'vill inte dra ur sladden nu',
    'nej jag gör inte det',
  ];
  for (const step of steps)
    for (const text of refused)
      it(`${step}: "${text}"`, () => expect(parseAnswer(step, text).kind).toBe('cannot'));

  it.each(['not yet, give me a minute', 'inte än, vänta lite'])('"%s" is not done yet', (text) =>
    expect(parseAnswer('step.power_cycle', text).kind).not.toBe('done'),
  );

  it.each(['den startar om nu', "ok it's restarting", 'done', 'klart', 'that wont help but ok, done'])(
    '"%s" is still done',
    (text) => expect(parseAnswer('step.power_cycle', text).kind).toBe('done'),
  );

  it('a question about the light is not a refusal: "den ska inte blinka va? klart"', () =>
    expect(parseAnswer('step.power_cycle', 'den ska inte blinka va? klart').kind).toBe('done'));
});
