// Round un16 (blind set): "i dont know it ok, why do you even need that" after two wrong PINs was asked
// for the PIN four more times, and "so what do i do now?" after the refusal got "we write to you here";
// "ska jag flytta routern eller mobilen?" at "move closer" was read as a house move and escalated.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../triage/reply.js';
import { converseIn } from './testing/converse.js';

describe('no PIN at hand, with a why beside it', () => {
  it.each([
    [
      'en',
      ['i need the wifi password', '200115', '1234', '7713', 'i dont know it ok, why do you even need that'],
      /account holder/i,
    ],
    [
      'sv',
      [
        'jag behöver wifi-lösenordet',
        '200115',
        '1234',
        '7713',
        'jag vet inte vad den är, varför behöver ni den ens?',
      ],
      /kontoinnehavaren/i,
    ],
  ] as const)(
    '%s: the why is answered once, and the next "don\'t have it" ends without more asking',
    async (lang, opening, why) => {
      const { replies, desk, ticket } = await converseIn(['wifi_password_forgotten'], lang, [
        ...opening,
        lang === 'en' ? 'i told you i dont have it' : 'jag har den inte sa jag ju',
        lang === 'en' ? 'so what do i do now then?' : 'vad gör jag nu då?',
      ]);
      expect(replies[4]).toMatch(why);
      expect(replies[5]).not.toMatch(/\b(PIN-kod\?|PIN\?)\s*$/);
      const events = await desk.tickets.timeline(ticket!.id);
      expect(events.some((e) => e.type === 'resolution' && e.outcome === 'refused')).toBe(true);
      expect(replies[6]).toMatch(lang === 'en' ? /welcome letter/ : /välkomstbrev/);
      expect(replies[6]).not.toMatch(/as soon as there is news|så fort det finns nytt/);
    },
  );
});

describe('"which one do I move?" at the move-closer step', () => {
  it.each([
    ['sv', 'ska jag flytta routern eller mobilen?'],
    ['sv', 'mobilen eller routern, vilken ska jag flytta?'],
    ['en', 'should i move the router or my phone?'],
    ['en', 'which one should i move, the laptop or the router'],
  ] as const)('%s %j is a question about the step', (lang, text) => {
    expect(classifyReply('step.move_closer', text, lang)).toEqual({
      act: 'question',
      topic: 'which_to_move',
    });
  });

  it('a house move told at the step is still a new topic', () => {
    expect(
      classifyReply('step.move_closer', 'vi ska flytta till en ny lägenhet nästa månad förresten', 'sv', {
        intent: 'wifi_problem',
      }).act,
    ).toBe('new_topic');
  });

  it('is answered and the step asked again, never escalated', async () => {
    const { replies, ticket } = await converseIn(['wifi_weak_signal'], 'sv', [
      'wifi är jättesvagt i sovrummet',
      '200115',
      '4711',
      'ska jag flytta routern eller mobilen?',
    ]);
    expect(replies.at(-1)).toMatch(/Börja med mobilen/);
    expect(ticket?.queue ?? null).toBeNull();
  });
});
