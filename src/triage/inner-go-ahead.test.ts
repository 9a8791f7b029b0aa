import { describe, expect, it } from 'vitest';
import { classifyReply } from './reply.js';
import { parseAnswer } from './answers.js';

describe('a go-ahead after something else at a permission (rp10b #5)', () => {
  it.each([
    'klistermärket är borta. ok sätt ett nytt då. kan jag välja det själv?',
    'the sticker is gone. ok set a new one then',
    'hittar inte lappen. okej, gör ett nytt',
    'no idea where it is. fine, make a new one.',
  ])('"%s" is a yes', (text) => {
    expect(parseAnswer('consent.wifi_change', text).kind).toBe('yes');
    expect(classifyReply('consent.wifi_change', text, 'sv').act).toBe('answer');
  });

  it.each([
    "I don't KNOW the password, that is the whole problem! Can you tell me it or make a new one? Any password is fine as long as the kids can type it",
    'could you just tell me what it is or set a new one',
    'kan du säga vad det är eller göra ett nytt?',
    'kan ni ge mig det gamla eller skapa ett nytt lösenord?',
  ])('"%s" (the old key or a new one) is a yes (round 22 c2)', (text) => {
    expect(parseAnswer('consent.wifi_change', text).kind).toBe('yes');
  });

  it.each([
    'can you make a new one?',
    'varför ska jag sätta ett nytt?',
    'nej, sätt inte ett nytt',
    'ska jag sätta ett nytt själv?',
  ])('"%s" is no go-ahead', (text) => expect(parseAnswer('consent.wifi_change', text).kind).not.toBe('yes'));

  it('"kan jag välja det själv?" asks to choose the password', () => {
    expect(classifyReply('consent.wifi_change', 'kan jag välja det själv?', 'sv')).toMatchObject({
      topic: 'choose_password',
    });
  });
});
