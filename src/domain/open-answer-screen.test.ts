import { describe, expect, it } from 'vitest';
import { maskLongNumbers, screenOpenAnswer } from './open-answer-screen.js';

describe('screenOpenAnswer', () => {
  it('takes a short plain answer in the conversation language, markdown removed', () => {
    expect(
      screenOpenAnswer('**Yes** — a mesh system can sit behind your router in access-point mode.', 'en'),
    ).toEqual({
      ok: true,
      text: 'Yes — a mesh system can sit behind your router in access-point mode.',
    });
    expect(
      screenOpenAnswer('- Ja, du kan koppla in ett eget mesh-system bakom routern, som accesspunkt.', 'sv'),
    ).toMatchObject({ ok: true });
    expect(
      screenOpenAnswer('Open http://192.168.1.1 and look under Wi-Fi for the schedule.', 'en'),
    ).toMatchObject({
      ok: true,
    });
  });

  it.each([
    ['UNKNOWN', 'en', 'declined'],
    ['  ', 'en', 'empty'],
    ['Which router do you have?', 'en', 'asks_back'],
    ['I have restarted your router, it should work now.', 'en', 'claims_action'],
    ["We'll book a technician for Friday.", 'en', 'claims_action'],
    ['Jag har ändrat ditt wifi-lösenord.', 'sv', 'claims_action'],
    ['Vi skickar en ny router till dig.', 'sv', 'claims_action'],
    ['You are entitled to a refund for the days without service.', 'en', 'promises_money'],
    ['Du får ersättning för dagarna utan internet.', 'sv', 'promises_money'],
    ['See https://example.com/help for the steps.', 'en', 'link'],
    ['Call 0771-123456 and they will help you.', 'en', 'number'],
    ['The speed is measured to the router, not to your phone.', 'sv', 'language'],
    ['Hastigheten mäts fram till routern, inte till mobilen.', 'en', 'language'],
    ['x'.repeat(700), 'en', 'too_long'],
  ] as const)('rejects %j (%s): %s', (text, language, reason) => {
    expect(screenOpenAnswer(text, language)).toEqual({ ok: false, reason });
  });
});

describe('maskLongNumbers', () => {
  it('masks customer numbers, PINs and phone numbers, keeps short figures', () => {
    expect(maskLongNumbers('nr 200 157, pin 4711, ring 070-123 45 67; 60 Mbit')).toBe(
      'nr ••••, pin ••••, ring ••••; 60 Mbit',
    );
  });
});
