import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it.each([
    'nätet ligger nere',
    'natet ligger nere',
    'wifi funkar inte',
    'inget internet alls',
    'router lyser rött',
    'kan inte logga',
    'hjälp mig snälla',
    'tack så mycket',
    'fakturan är fel',
    'glömt wifi lösenordet',
  ])('three Swedish words: %j', (text) => {
    expect(detectLanguage(text).language).toBe('sv');
  });

  it.each([
    'internet is down',
    'no connection here',
    'my wifi sucks',
    'cannot log in',
    'speed is bad',
    'help me please',
    'router keeps restarting',
    'forgot wifi password',
    'bill is wrong',
    'thanks a lot',
  ])('three English words: %j', (text) => {
    expect(detectLanguage(text).language).toBe('en');
  });

  it('falls back to the profile language when the text does not tell', () => {
    expect(detectLanguage('ok', 'sv').language).toBe('sv');
    expect(detectLanguage('ok', 'en').language).toBe('en');
    expect(detectLanguage('100482', 'en').language).toBe('en');
    expect(detectLanguage('', 'en')).toMatchObject({ language: 'en', confidence: 0 });
  });

  it('flags text in another language', () => {
    expect(detectLanguage('Mein Internet funktioniert seit gestern nicht mehr').foreign).toBe(true);
    expect(detectLanguage('internet är nere sedan igår').foreign).toBe(false);
  });
});
