// Thanks after a close or a handoff is small talk, even when it names what was done; a thank-you
// that goes on to say it is still broken is not.
import { describe, expect, it } from 'vitest';
import { classifyReply } from './reply.js';

describe('thanks after the outcome', () => {
  it.each([
    'thanks for the help with the wifi password',
    'tack för hjälpen med wifi-lösenordet',
    "ok great thanks i'll wait for them to call",
    'tack!',
  ])('%s is thanks', (text) => {
    expect(classifyReply(null, text).act).toBe('thanks');
    expect(classifyReply('csat.score', text).act).toBe('thanks');
  });

  it.each([
    'tack men det funkar fortfarande inte',
    'thanks for nothing, the internet is still down',
    'thanks, but i also need a new wifi password',
  ])('%s is not thanks', (text) => {
    expect(classifyReply(null, text).act).not.toBe('thanks');
  });
});
