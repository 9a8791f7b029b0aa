// Round-20 readings (issue 14, G1): a yes with a "but" remark or wondering beside it. "Hi again, Yes, go
// ahead and restart it, but …" is a go-ahead (the greeting "hi again" is no part of the answer), and "ja nu
// syns det igen. men jag fattar fortfarande inte hur det kunde hända" is a yes: its "still … not" is about
// understanding, never the fault. The testers' words and their neighbours, in English and Swedish.
import { describe, expect, it } from 'vitest';
import { parseAnswer } from './answers.js';
import { cleanText } from './normalize.js';
import { classifyReply } from './reply.js';
import type { AskKey } from '../domain/index.js';

/** Each text is a yes that answers the ask (not a question, a hedge or a refusal). */
function yesAnswers(key: AskKey, texts: string[]): void {
  it.each(texts)('%s', (text) => {
    expect(parseAnswer(key, text).kind).toBe('yes');
    expect(classifyReply(key, text).act).toBe('answer');
  });
}

describe('a go-ahead after a greeting with "again" is a go-ahead', () => {
  const YES = [
    'Hi again,\n\nYes, go ahead and restart it, but I should say I have already unplugged it myself twice and it did not help.\n\nBest,\nMaja Wallin\nBromma\n\n> May I restart your router remotely?',
    'Hi again, yes go ahead, but it did not help when I unplugged it.',
    'Hello again! Yes please restart it, but it did not help when I did it myself.',
    'Hey again, yes do it but it never helped before',
    'Hej igen, ja kör, men jag har redan startat om den två gånger och det hjälpte inte.',
    'Hej igen! Ja, starta om den, men det hjälpte inte när jag gjorde det själv.',
    'Hallå igen. Ja gör det, men det hjälpte inte förra gången.',
  ];
  yesAnswers('consent.reboot', YES);
  it('the greeting goes, the words after it stay', () => {
    expect(cleanText('Hi again, yes go ahead')).toBe('yes go ahead');
    expect(cleanText('Hej igen! Ja kör')).toBe('Ja kör');
  });
  it('a no after the greeting is still a no', () => {
    expect(parseAnswer('consent.reboot', 'Hi again, no, please do not restart it.').kind).toBe('no');
    expect(parseAnswer('consent.reboot', 'Hej igen, nej starta inte om den').kind).toBe('no');
  });
});

describe('a yes with a wondering beside it at "does it work now?" is a yes', () => {
  const YES = [
    'ja nu syns det igen. men jag fattar fortfarande inte hur det kunde hända',
    'ja nu funkar det. men jag förstår fortfarande inte varför',
    'ja det syns, men jag begriper inte hur det kunde stängas av',
    "yes it shows up again. but I still don't understand how it could happen",
    'yes works now, but i still dont get why it happened',
    'yeah its back, i just cant figure out why it went off',
  ];
  yesAnswers('resolution.confirm', YES);
  const NO = [
    'nej det funkar fortfarande inte, jag fattar inte varför',
    'no, still not working and i dont understand why',
    'still nothing. i dont get why',
  ];
  it.each(NO)('%s', (text) => {
    expect(parseAnswer('resolution.confirm', text).kind).toBe('no');
  });
});

describe('a go-ahead closing a sentence after a comma stands beside a question', () => {
  const GO = [
    'Nu passar det, kör. Försvinner mina wifi-inställningar när ni uppdaterar? Erik',
    'det passar nu, kör. försvinner inställningarna?',
    'mötet är slut, kör nu. blir inställningarna kvar?',
    'OK now is fine, go ahead. Will I lose my wifi settings?',
    'the meeting is over, do it now. will my settings stay?',
  ];
  it.each(GO)('%s', (text) => {
    expect(classifyReply('consent.firmware_update', text)).toEqual({
      act: 'answer',
      topic: 'lose_settings',
    });
  });
  it('a "kör inte" after the comma is no go-ahead', () => {
    expect(
      classifyReply('consent.firmware_update', 'nej, kör inte. försvinner inställningarna?').act,
    ).not.toBe('answer');
    expect(
      classifyReply('consent.firmware_update', "no, don't do it. will i lose my settings?").act,
    ).not.toBe('answer');
  });
});

describe('"will a restart really do anything" at the restart consent is asked, never a no', () => {
  const ASKED = [
    'ugh i already restarted it yesterday, didnt help for long. is a restart really gonna do anything',
    'is a restart really gonna do anything',
    'i rebooted it this morning. is another restart going to fix it',
    'jag startade om den igår, hjälpte inte länge. kommer en omstart verkligen göra nåt',
    'kommer en omstart verkligen att hjälpa',
  ];
  it.each(ASKED)('%s', (text) => {
    expect(classifyReply('consent.reboot', text)).toEqual({ act: 'question', topic: 'will_it_help' });
  });
});

describe('"good enough" at "does it work now?" is a yes, "not good enough" a no', () => {
  yesAnswers('resolution.confirm', [
    "it's good enough. you still haven't told me the channel number, third time asking. whatever",
    "it's good enough",
    'good enough i guess',
    'det är bra nog nu',
    'det duger',
    'tillräckligt bra nu, tack',
  ]);
  it.each(['its not good enough', 'not quite good enough yet', 'nej det är inte bra nog', 'duger inte'])(
    '%s',
    (text) => {
      expect(parseAnswer('resolution.confirm', text).kind).toBe('no');
    },
  );
});
