// A yes that opens a question is not consent until the question is answered (issue 14, rp9a #2).
import { describe, expect, it } from 'vitest';
import { classifyReply } from './reply.js';
import { topicsOf } from './topics-of.js';

describe('a question beside a yes at a permission', () => {
  it.each([
    'ok but will my brothers gaming stuff stop working?',
    'ok will that break my xbox setup?',
    'sure but does it affect my port forwarding',
    'fine, but will the kids notice?',
    'ja men kommer min brors spelgrejer sluta funka?',
    'okej men funkar portöppningen kvar sen?',
    'ja fast paverkas min xbox?',
  ])('"%s" is a question, not consent', (text) => {
    expect(classifyReply('consent.config_change', text, 'en').act).toBe('question');
  });

  it.each([
    'yes go ahead',
    'ok go ahead. will the xbox still work?',
    'will my xbox still work? ok go ahead',
    'kommer xboxen funka sen? ok kör',
    'yes. how long does it take?',
  ])('"%s" is consent', (text) => {
    expect(classifyReply('consent.reboot', text, 'en').act).toBe('answer');
  });

  it.each([
    ['will that break?', 'breaks_other'],
    ['will my brothers port forwarding for his xbox still work?', 'breaks_other'],
    ['kommer min brors spelgrejer sluta funka?', 'breaks_other'],
    ['påverkas min playstation?', 'breaks_other'],
  ])('"%s" asks what the change leaves as it is', (text, topic) => {
    expect(topicsOf(text)).toContain(topic);
  });
});
