import { describe, expect, it } from 'vitest';
import { parseAnswer } from './answers.js';
import { classifyReply } from './reply.js';

describe('a step done in other words', () => {
  const DONE = [
    'aha den satt lös, nu e den i',
    'den var lös',
    'den var los, satt i den nu',
    'kabeln hade lossnat, tryckte i den',
    'sladden var ute, nu sitter den i',
    'nu e den i',
    'nu lyser den',
    'fixade det',
    "it's in now",
    'fixed it',
    'pushed it in',
    'the cable was out, put it back',
    'it was a bit loose, reseated it',
    'ok the plug came loose, plugged it back in',
  ];
  for (const text of DONE)
    it(`"${text}" is done`, () => expect(parseAnswer('step.check_cables', text).kind).toBe('done'));

  const NOT_DONE = [
    'ska jag trycka in den?',
    'was it loose you mean?',
    'nu sitter den inte i',
    'den e lös',
    "i haven't pushed it in yet",
    "i'll push it in later",
  ];
  for (const text of NOT_DONE)
    it(`"${text}" is not done`, () => expect(parseAnswer('step.check_cables', text).kind).not.toBe('done'));

  it('a question beside a step reported done is answered and the step counts', () => {
    expect(
      classifyReply(
        'step.check_cables',
        'what splitter? the little white box by the phone jack? ok i pushed everything in, done',
      ),
    ).toEqual({ act: 'answer', topic: 'what_splitter' });
    expect(
      classifyReply('step.check_cables', 'vilken kabel? den grå? ok den satt löst, nu sitter den i'),
    ).toEqual({ act: 'answer', topic: 'which_cable' });
    expect(classifyReply('step.check_cables', 'vilken kabel? den grå?').act).toBe('question');
  });
});

describe('a question beside something that is not a report of the step', () => {
  it('"what does a splitter look like? i have a small white box on the phone jack i think" is a question', () => {
    expect(
      classifyReply(
        'step.check_cables',
        'what does a splitter look like? i have a small white box on the phone jack i think',
      ).act,
    ).toBe('question');
  });
});
