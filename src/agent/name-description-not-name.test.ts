// Round 25 (c4, b8): "btw kan man byta namn på wifit till nåt roligare" got "Ska jag döpa om ditt wifi-nätverk
// till "nåt roligare"?", and "something more personal" was proposed as the name. Words that describe the
// wanted name (something fun, something more personal, our surname, a better name) are no name: the desk
// asks what it should be called; a name given plainly or in quotation marks is still taken.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { parseWifiName } from '../triage/wifi-name.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('a description of the name is no name', () => {
  it.each([
    ['btw kan man byta namn på wifit till nåt roligare', false],
    ['can I change the network name to something more personal?', false],
    ['rename my wifi to something fun please', false],
    ['byt namn på nätverket till vårt efternamn', false],
    ['change the wifi name to our surname', false],
    ['can you rename it to a better name', false],
    ['döp om wifit till ett roligare namn', false],
    ['something more personal', true],
    ['nåt roligare', true],
    ['nåt kul kanske', true],
    ['our family name', true],
  ])('"%s" (asked: %s) names nothing', (text, asked) => {
    expect(parseWifiName(text, { asked })).toBeNull();
  });

  it.each([
    ['byt namn på wifit till LAN Solo', false, 'LAN Solo'],
    ['call it Villa Kulla', false, 'Villa Kulla'],
    ['rename it to A New Hope', false, 'A New Hope'],
    ['change the network name to "something fun"', false, 'something fun'],
    ['döp om wifit till nåt kul typ Pizzabaren', false, 'Pizzabaren'],
    ['byt namn på nätverket till vårt efternamn: Nilsson', false, 'Nilsson'],
    ['vårt efternamn, Nilsson', true, 'Nilsson'],
    ['hmm typ Karlsson_5G. nej förresten, LAN Solo', true, 'LAN Solo'],
    ['Nilsson', true, 'Nilsson'],
  ])('"%s" (asked: %s) names %s', (text, asked, name) => {
    expect(parseWifiName(text, { asked })).toBe(name);
  });
});

describe('in the conversation: the name is asked for, never a description proposed', () => {
  it.each([
    ['sv', 'hej kan man byta namn på wifit till nåt roligare?', 'LAN Solo'],
    ['sv', 'jag vill döpa om nätverket till vårt efternamn', 'Nilssons'],
    ['en', 'can you rename my wifi to something more personal', 'CasaAzul'],
    ['en', 'hi! my wifi has a boring name, can you change it to something fun?', 'Bat Cave'],
    ['en', 'can you give my wifi network a cooler name?', 'Nice Try Neighbour'],
  ] as [Language, string, string][])('%s: "%s" → what should it be called?', async (lang, opening, name) => {
    const c = await portalChat(lang, faultWorld([], { canDo: ['step.rejoin_wifi'] }));
    const replies = await c.send(opening);
    const said = replies.map((m) => m.text).join('\n');
    expect(replies.at(-1)?.askKey).toBe('config.wifi_name');
    expect(said).not.toMatch(/roligare”|efternamn”|personal”|fun”/);
    const proposed = await c.say(name);
    expect(proposed).toMatch(new RegExp(`[“”"]${name}[”"]`));
    await c.say(c.yes);
    const set = c.desk.world.calls.filter((x) => x.action === 'wifi_ssid_change').map((x) => x.args?.ssid);
    expect(set).toEqual([name]);
  });

  it.each([
    ['sv', 'ja nu syns det!! btw kan man byta namn på wifit till nåt roligare'],
    ['en', 'yes it works now. btw can you rename the wifi to something more personal?'],
  ] as [Language, string][])('%s at the confirm: "%s" → asked for the name', async (lang, message) => {
    const c = await portalChat(lang, faultWorld(['wifi_radio_disabled'], { canDo: ['step.rejoin_wifi'] }));
    let replies = await c.send(
      lang === 'sv' ? 'wifit syns inte på mobilen' : 'my wifi is gone from the list',
    );
    for (let i = 0; i < 4 && replies.at(-1)?.askKey !== 'resolution.confirm'; i++) {
      const ask = replies.at(-1)?.askKey ?? '';
      if (ask.startsWith('step.')) c.desk.world.performStep(ask as never);
      replies = await c.send(ask.startsWith('step.') ? (lang === 'sv' ? 'klart' : 'done') : c.yes);
    }
    expect(replies.at(-1)?.askKey).toBe('resolution.confirm');
    const r = await c.send(message);
    const said = r.map((m) => m.text).join('\n');
    expect(r.at(-1)?.askKey).toBe('config.wifi_name');
    expect(said).not.toMatch(/roligare”|personal”/);
  });
});
