import { describe, expect, it } from 'vitest';
import type { AskKey } from '../domain/index.js';
import { classifyReply } from './reply.js';

describe('questions about the step in hand', () => {
  it.each([
    ['step.rejoin_wifi', 'does the tv need the new wifi password too?'],
    ['step.rejoin_wifi', 'what about the tv?'],
    ['step.rejoin_wifi', 'maste jag gora om det pa tvn ocksa'],
    ['consent.wifi_change', 'behöver skrivaren också nya lösenordet?'],
  ] as [AskKey, string][])('%s: "%s" asks whether the other devices need it too', (askKey, text) => {
    expect(classifyReply(askKey, text)).toEqual({ act: 'question', topic: 'each_device' });
  });

  it('takes "the ipad is in now" as done and answers the question beside it', () => {
    expect(
      classifyReply('step.rejoin_wifi', 'ipaden är inne nu. måste jag göra om det på tv:n också?'),
    ).toEqual({ act: 'answer', topic: 'each_device' });
  });

  it.each([
    'vi har ingen fast telefon längre, behövs filtret då?',
    'we dont have a landline anymore, do i still need the filter?',
  ])('"%s" asks about the filter without a landline', (text) => {
    expect(classifyReply('step.check_cables', text)).toEqual({
      act: 'question',
      topic: 'no_landline_filter',
    });
  });
});

describe('questions back that are not a new request', () => {
  it.each([
    ['consent.wifi_change', 'kan jag välja lösenordet själv?', 'choose_password'],
    ['consent.wifi_change', 'can i pick my own password?', 'choose_password'],
    ['step.wired_test', 'how do i run a speed test?', 'how_speed_test'],
    ['step.wired_test', 'hur gör jag ett hastighetstest?', 'how_speed_test'],
  ] as [AskKey, string, string][])('%s: "%s" is a question about the step', (askKey, text, topic) => {
    expect(classifyReply(askKey, text)).toEqual({ act: 'question', topic });
  });
});
