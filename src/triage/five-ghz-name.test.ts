// Round 32 (b #8): "Ja förresten, ge gärna 5 GHz ett eget namn så jag kan välja själv" takes up the desk's offer of
// a 5 GHz name of its own; a no to it, or a question about bands, asks for nothing.
import { describe, expect, it } from 'vitest';
import { asksFiveGhzOwnName } from './five-ghz-name.js';

describe('the 5 GHz band asked for with a name of its own', () => {
  it.each([
    'Nej, mobilen är fortfarande seg i soffan. Ja förresten, ge gärna 5 GHz ett eget namn så jag kan välja själv.',
    'yes please give the 5 GHz its own name',
    'kan ni ge 5 GHz-nätet ett eget namn?',
    'ok, set a separate name for the 5 GHz network then',
  ])('asks: %s', (text) => {
    expect(asksFiveGhzOwnName(text)).toBe(true);
  });

  it.each([
    'no need for a separate 5 GHz name, thanks',
    'jag behöver inget eget namn för 5 GHz',
    'what is the 5 GHz network called?',
    'still slow in the bedroom',
  ])('does not ask: %s', (text) => {
    expect(asksFiveGhzOwnName(text)).toBe(false);
  });
});
