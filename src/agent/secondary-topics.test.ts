// "You also mentioned an outage" only when the customer did (role-play rp3b: a hack worry read as an
// outage, a denied subscription change read as one).
import { describe, expect, it } from 'vitest';
import { raisedSecondaries } from './secondary-topics.js';

describe('second topics the customer raised', () => {
  it('drops a topic the words never name or deny', () => {
    expect(
      raisedSecondaries(
        'seriously? someone is in my network and you just close it. i want to talk to a real person',
        ['outage_check'],
      ),
    ).toEqual([]);
    expect(
      raisedSecondaries(
        'what? i dont want to change my subscription. i asked if i have to pay the invoice now or wait for billing',
        ['account_change'],
      ),
    ).toEqual([]);
    expect(
      raisedSecondaries('jag vill inte säga upp abonnemanget, jag undrar bara över fakturan', [
        'account_change',
      ]),
    ).toEqual([]);
  });

  it('keeps a topic the customer names, and Tier-1 topics as triage found them', () => {
    expect(
      raisedSecondaries('no internet since this morning. is there an outage in the area?', ['outage_check']),
    ).toEqual(['outage_check']);
    expect(
      raisedSecondaries('internet funkar inte. och fakturan var för hög den här månaden', ['billing']),
    ).toEqual(['billing']);
    expect(
      raisedSecondaries('slow internet. also I want to upgrade to 1000 mbit', [
        'account_change',
        'wifi_password',
      ]),
    ).toEqual(['account_change', 'wifi_password']);
  });

  it('reads no change or slowness from a plan, a speed or a price alone (rp8a 12, 15)', () => {
    expect(
      raisedSecondaries('hej, vi flyttar till kista i januari. vad kostar 500 mbit?', ['slow_speed']),
    ).toEqual([]);
    expect(
      raisedSecondaries(
        'hi. my last invoice is 499 kr but i have the 349 plan. why?? i didnt order anything extra',
        ['account_change'],
      ),
    ).toEqual([]);
    expect(raisedSecondaries('fakturan är fel. och nätet är så segt på kvällarna', ['slow_speed'])).toEqual([
      'slow_speed',
    ]);
    expect(
      raisedSecondaries('invoice is wrong. also i want to change my plan to 250', ['account_change']),
    ).toEqual(['account_change']);
  });
});
