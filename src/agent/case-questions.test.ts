// Questions about a case a person already has, in the customers' own words (role-play rp3b): found
// whatever else the message says, and answered for that case's team and cause.
import { describe, expect, it } from 'vitest';
import { caseAnswerKey, caseQuestions } from './case-questions.js';

describe('questions about a case in hand', () => {
  it('finds them in Swedish and English', () => {
    expect(caseQuestions('men routern då, kan jag få en ersättningsrouter under tiden?')).toEqual([
      'loan_device',
    ]);
    expect(caseQuestions('can I borrow a router until the engineer comes')).toEqual(['loan_device']);
    expect(caseQuestions('ok men ska jag starta om fiberboxen eller inte?')).toEqual(['restart_meanwhile']);
    // SMS named: the text-message answer, which also says where the news comes (rp20a #7).
    expect(caseQuestions('thanks. how will you tell me when its fixed, sms?')).toEqual(['notify_sms']);
    expect(caseQuestions('thanks. how will you tell me when its fixed?')).toEqual(['notify_how']);
    expect(caseQuestions('ok. do i have to pay it before they answer or can i wait?')).toEqual([
      'pay_before_answer',
    ]);
    expect(caseQuestions('va?? jag betalade den förra veckan! jag har kvittot')).toEqual(['paid_already']);
    expect(caseQuestions('ok. och när det är betalt, hur snabbt kommer internet tillbaka?')).toEqual([
      'back_after_payment',
    ]);
    expect(caseQuestions('ok tack. hur lång tid tar det ungefär?')).toEqual(['how_long']);
  });

  it('a statement or a new request is not a question about the case', () => {
    expect(caseQuestions('I restarted it yesterday')).toEqual([]);
    expect(caseQuestions('kan ni byta namn på mitt wifi?')).toEqual([]);
    expect(caseQuestions('thanks a lot')).toEqual([]);
  });

  it('answers for the cause first, then the team, then in general; none when the catalogue has none', () => {
    expect(caseAnswerKey('restart_meanwhile', 'field', 'fiber_los')).toBe('case.restart_meanwhile.fiber_los');
    // A weak fibre signal has its own answer (a restart only reconnects faster; round 31, 2a154a8); a
    // cable-modem level fault has none and gets the general one.
    expect(caseAnswerKey('restart_meanwhile', 'field', 'optical_power_low')).toBe(
      'case.restart_meanwhile.optical_power_low',
    );
    expect(caseAnswerKey('restart_meanwhile', 'field', 'docsis_power_out_of_range')).toBe(
      'case.restart_meanwhile',
    );
    expect(caseAnswerKey('how_long', 'field', null)).toBe('case.how_long.field');
    expect(caseAnswerKey('pay_before_answer', 'billing', null)).toBe('case.pay_before_answer.billing');
    // Only a suspended account is told when the connection comes back after payment.
    expect(caseAnswerKey('back_after_payment', 'billing', 'billing_suspended')).toBe(
      'case.back_after_payment.billing_suspended',
    );
    expect(caseAnswerKey('back_after_payment', 'billing', null)).toBeNull();
  });
});
