import { describe, expect, it } from 'vitest';
import { parseAnswer } from './answers.js';
import { classifyReply } from './reply.js';

// "i guess, if it fixes it" to "May I switch your Wi-Fi on?" was a hedge, asked again five times, and
// then taken as a no: the case went to a colleague with the radio still off.
describe('a yes on the condition that the change helps', () => {
  it.each([
    'i guess, if it fixes it',
    'if it fixes it',
    'only if it helps',
    'i guess, if that fixes the problem',
    'antar det, om det löser det',
    'kanske, om det hjälper',
    'ja om det hjälper',
    'if you think it will help',
  ])('"%s" is consent', (said) => {
    expect(parseAnswer('consent.wifi_change', said, 'en')).toEqual({ kind: 'yes' });
    expect(classifyReply('consent.wifi_change', said, 'en', {}).act).toBe('answer');
  });

  it.each([
    'maybe if it doesnt delete my settings',
    'om det inte raderar mina inställningar',
    'if it helps?',
  ])('"%s" is not consent on its own', (said) =>
    expect(parseAnswer('consent.factory_reset', said, 'en').kind).not.toBe('yes'),
  );

  it('is a reading of consents only', () =>
    expect(parseAnswer('resolution.confirm', 'if it fixes it', 'en').kind).not.toBe('yes'));
});
