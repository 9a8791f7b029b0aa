import { describe, expect, it } from 'vitest';
import { parseAnswer } from './answers.js';
import { STEP_KEYS, type AskKey } from '../domain/index.js';

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

// Round 2: other words for the same — every step ask key, refusals in Swedish word order, the done-word
// negated ("not done yet", "inte klart", "har inte startat om den" were read as done), a step put off.
describe('a refused, negated or put-off step is never done, at every step', () => {
  const steps: readonly AskKey[] = STEP_KEYS;
  const refused = [
    "don't feel like restarting",
    'no rebooting',
    'i refuse',
    'skip that step',
    "i'd prefer not to restart",
    'startar inte om nåt',
    'jag drar inte ur nåt',
    'flyttar den inte',
    'det tänker jag inte göra',
    'jag kopplar inte om nat',
    'ingen omstart tack',
    'lat routern vara',
  ];
  const notYet = [
    'not done',
    'not done yet',
    'inte klart',
    'ej klart än',
    'inte gjort',
    'har inte gjort det',
    'jag har inte startat om den',
    "haven't done it",
    'have not plugged it in',
    'almost done',
    'nastan klart',
    "it's not plugged in",
    'jag startar om den sen',
    'gör det sen',
    'will do it tomorrow',
    'I wont be home until 6, will do it then',
  ];
  for (const step of steps) {
    for (const text of refused)
      it(`${step}: "${text}" refuses`, () => expect(parseAnswer(step, text).kind).toBe('cannot'));
    for (const text of notYet)
      it(`${step}: "${text}" is not done`, () => expect(parseAnswer(step, text).kind).not.toBe('done'));
  }

  it.each([
    ['step.power_cycle', 'I restarted it'],
    ['step.power_cycle', 'rebooted it, didnt help'],
    ['step.power_cycle', 'done, will check the speed later'],
    ['step.wired_test', 'ran the test'],
    ['step.move_closer', 'moved closer, same thing'],
    ['step.power_on', 'klart men det funkar inte'],
  ] as [AskKey, string][])('%s: "%s" is done', (step, text) =>
    expect(parseAnswer(step, text).kind).toBe('done'),
  );
});
