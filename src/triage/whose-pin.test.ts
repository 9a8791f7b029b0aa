import { describe, expect, it } from 'vitest';
import { classifyReply } from './index.js';

// Blind set un27 (other-en-2): "do you need my PIN or my daughter's? she doesn't have one" at the PIN was read
// as having none — refused, and a hacked household left without its new passwords.
describe('whose PIN, asked at the PIN', () => {
  it.each([
    "do you need my PIN or my daughter's? she doesn't have one",
    "is it my pin or my son's?",
    "whose pin, mine or my husband's? the account is in his name",
    'min pin eller pappas?',
    'vems kod vill ni ha?',
    "my pin or the account holder's?",
  ])('%s → a question about whose PIN', (text) => {
    expect(classifyReply('identity.pin', text, 'en')).toEqual({ act: 'question', topic: 'whose_pin' });
  });

  it.each(['1234 or is it 4321', 'my pin is 1234', 'min kod är 5747'])('%s → still the answer', (text) => {
    expect(classifyReply('identity.pin', text, 'en').act).toBe('answer');
  });
});
