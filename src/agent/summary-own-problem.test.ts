// Round 26 (a8, en, wifi_password_forgotten): "forgot my wifi password … also rename the network after" — the
// password case's summary (chat and ticket) said "Problem: Renaming your Wi-Fi network"; the rename was the
// second request. The summary names the case's own problem.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('a new Wi-Fi password asked for with a rename after it', () => {
  it.each([
    [
      'en',
      'hi forgot my wifi password, need a new one. also can you rename the network to Hugo-Net after? 100482 pin 4711',
    ],
    [
      'sv',
      'hej har glömt wifi-lösenordet, behöver ett nytt. kan ni byta namn på nätverket till Hugo-Net efteråt? 100482 pinkod 4711',
    ],
  ] as [Language, string][])('%s: the summary names the password', async (lang, opening) => {
    const c = await chat(lang, faultWorld(['wifi_password_forgotten']));
    let said = await c.say(opening);
    for (let i = 0; i < 3 && !/Summary|Sammanfattning/.test(said); i++) said = await c.say(c.yes);
    expect(said).toMatch(/Problem: (Your Wi-Fi password|Ditt wifi-lösenord)/i);
    expect(said).not.toMatch(/Problem: (Renaming|Att byta namn)/i);
    const resolution = (await c.desk.tickets.timeline(c.ticketId)).find((e) => e.type === 'resolution');
    const summary = resolution?.type === 'resolution' ? JSON.stringify(resolution.summary) : '';
    expect(summary).not.toMatch(/renaming your Wi-Fi|byta namn på ditt wifi/i);
  });
});
