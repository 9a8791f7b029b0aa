// Whether something else would do for the step in hand ("räcker det med min gamla laptop?"), and the near
// misses that ask nothing of the kind.
import { describe, expect, it } from 'vitest';
import { asksIfOtherWillDo, besideOtherWillDo } from './other-will-do.js';

describe('asksIfOtherWillDo', () => {
  it.each([
    'jag har ingen dator med kabelingång... räcker det med min gamla laptop?',
    'har ingen dator med nätverksuttag, funkar det med min gamla laptop',
    'har ingen stationär. duger min laptop?',
    'kan jag använda min jobbdator istället?',
    'kan jag inte använda sambons laptop',
    'måste det vara en stationär dator?',
    'går det lika bra med en laptop?',
    'racker det med mobilen',
    "i don't have a computer with a network port. would my old laptop work?",
    "I can't, no desktop here. can I use my laptop instead?",
    'i dont have a pc with a cable port, does it have to be a desktop?',
    'no pc here would my sons laptop work',
    "cant do that, is my husband's laptop ok?",
    'would it work with my macbook and an adapter?',
  ])('"%s" asks it', (text) => {
    expect(asksIfOtherWillDo(text)).toBe(true);
  });

  it.each([
    "I can't, I have no computer at all",
    'nej, har ingen laptop',
    'will the internet work again?',
    'can i skip it?',
    'what can i do?',
    'nu funkar det med laptopen',
    'vilken kabel? jag har bara den gula som låg i lådan, funkar den?',
    'har ingen kabel, funkar det med wifi istället?',
    'kan jag testa på mobilen via 5 ghz?',
    'does it have to be today?',
    'it works with my laptop',
    "I can't. what about the discount?",
  ])('"%s" does not', (text) => {
    expect(asksIfOtherWillDo(text)).toBe(false);
  });

  it('leaves what is said beside the question', () => {
    expect(besideOtherWillDo('i dont have a pc with a cable port, does it have to be a desktop?')).toBe(
      'i dont have a pc with a cable port.',
    );
  });
});
