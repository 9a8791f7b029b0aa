// Role-play round 11 (b #2, b #7, b #8, b #9, c #8): questions the desk can answer from what it knows,
// once parked with "a colleague will answer": read as their topic, each with its text (en + sv).
import { describe, expect, it } from 'vitest';
import { topicsOf } from '../triage/topics-of.js';
import { afterQuestions } from './after-questions.js';
import { answerFor } from './question-answers.js';
import { answerCancelQuestions } from './cancel-questions.js';
import { hasMessage, t } from './messages/index.js';
import type { Turn } from './turn.js';

describe('after a security lock-down', () => {
  it.each([
    [
      'tack. ska jag göra nåt mer, typ polisanmäla? och försvinner de okända enheterna nu?',
      ['police_report', 'devices_out'],
    ],
    ['should i report it to the police?', ['police_report']],
    ['are the unknown devices gone now?', ['devices_out']],
  ])('%s', (text, topics) => {
    for (const topic of topics) expect(afterQuestions(text)).toContain(topic);
  });
  it('the texts exist in both languages', () => {
    for (const key of ['after.police_report', 'after.police_report.security', 'after.devices_out'] as const)
      for (const lang of ['en', 'sv'] as const) expect(t(lang, key)).not.toBe(key);
  });
});

describe('Wi-Fi switched off', () => {
  it.each([
    'switched off?? i didnt do that. could someone else have done it',
    'ok yes but you didnt answer, could someone have turned it off?',
    'how did it get turned off, should i be worried?',
    'kan någon ha stängt av det? ska jag vara orolig?',
  ])('%s: who switched it off, answered for the fault', (text) => {
    expect(topicsOf(text)).toContain('who_switched_off');
    expect(
      answerFor('who_switched_off', { askKey: 'consent.wifi_change', cause: 'wifi_radio_disabled' }),
    ).toBe('reply.who_switched_off.wifi_radio_disabled');
  });
});

describe('a cancellation', () => {
  const said = (text: string) => {
    const keys: string[] = [];
    const turn = { say: (k: string) => keys.push(k) } as unknown as Turn;
    answerCancelQuestions({ facts: { cancellation: true } }, turn, text, 'account_change');
    return keys;
  };
  it('"what prepaid package, do you send it?": the package is posted after the last day', () => {
    expect(said('7730. what prepaid package, do you send it?')).toEqual(['cancel.answer.package']);
    expect(said('skickar ni returpaketet till mig?')).toEqual(['cancel.answer.package']);
  });
  it('"can the last day be 31 january?": a wish for sales, not the notice period again', () => {
    expect(said('and can the last day be 31 january?')).toEqual(['cancel.answer.last_day']);
    expect(said('kan sista dagen vara 31 januari?')).toEqual(['cancel.answer.last_day']);
    expect(hasMessage('cancel.answer.last_day')).toBe(true);
  });
});
