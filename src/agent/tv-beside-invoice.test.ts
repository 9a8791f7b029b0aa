// Round 23 (c10): "my invoice went from 399 to 449 kr, and do you have TV package also, my husband wants sports
// channels" went to billing with the summary "A question about TV"; the TV question stayed on the billing case
// and a person asked for it was told billing would answer. A question about a service we do not support here
// (TV, mobile) beside a billing or a technician's case gets its own linked case with our support team; beside
// the support team's own (or sales') case it goes on that case. "sports channels" are TV channels, never the
// Wi-Fi's channel.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { topicsOf } from '../triage/topics-of.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const OPENINGS: [Language, string][] = [
  [
    'en',
    'hi, my invoice went from 399 to 449 kr this month, why? and do you have TV package also, my husband wants sports channels',
  ],
  [
    'sv',
    'hej, fakturan har gått upp från 399 till 449 kr. varför? har ni tv-paket också? min man vill ha sportkanaler',
  ],
  ['en', 'why is my bill higher this month?? also do you sell tv with football channels'],
  ['sv', 'min faktura är dyrare än vanligt, vad beror det på? och kan man få kanalpaket med viaplay hos er?'],
];

describe('a TV question beside an invoice question', () => {
  it.each(OPENINGS)(
    '%s: "%s" → billing, and TV on its own case with our support team',
    async (lang, opening) => {
      const c = await portalChat(lang, faultWorld([]));
      const said = await c.say(opening);
      const all = (await c.desk.tickets.list({ limit: 10 })).items;
      const first = await c.desk.tickets.get(c.ticketId);
      expect(first?.queue).toBe('billing');
      expect(said).not.toMatch(/A question about TV|En fråga om tv/i);
      const tv = all.find((t) => t.id !== c.ticketId);
      expect(tv?.queue).toBe('agents');
      expect(said).toContain(tv?.reference ?? 'no linked case');
    },
  );
});

describe('a service sold is not equipment', () => {
  it.each([
    'do you sell tv with football channels',
    'säljer ni mobilabonnemang?',
    'do you offer tv packages too',
  ])('"%s"', (text) => {
    expect(topicsOf(text)).not.toContain('buy_equipment');
  });
  it.each(['do you sell extenders?', 'säljer ni såna mesh grejer?', 'can i buy a router from you guys'])(
    '"%s" is still equipment',
    (text) => {
      expect(topicsOf(text)).toContain('buy_equipment');
    },
  );
});

describe('why the invoice changed is billing’s', () => {
  it.each([
    ['sv', 'min faktura är dyrare än vanligt, vad beror det på?', /fakturaavdelning rad för rad/],
    ['sv', 'varför har fakturan gått upp? vad beror det på?', /fakturaavdelning/],
  ] as [Language, string, RegExp][])('%s: "%s"', async (lang, opening, answer) => {
    const c = await portalChat(lang, faultWorld([]));
    const said = await c.say(opening);
    expect(said).toMatch(answer);
    expect(said).not.toMatch(/vad som startade det|what started it/);
  });
});

describe('TV channels are not the Wi-Fi channel', () => {
  it.each([
    'do you have a tv package with sports channels',
    'kan man få kanalpaket med fotboll',
    'my husband wants the hbo channels',
  ])('"%s"', (text) => {
    expect(topicsOf(text)).not.toContain('what_wifi_channel');
  });
  it.each(['what channel is my wifi on', 'vilken kanal använder routern', 'is the 5 ghz channel crowded'])(
    '"%s" is still the Wi-Fi channel',
    (text) => {
      expect(topicsOf(text)).toContain('what_wifi_channel');
    },
  );
});
