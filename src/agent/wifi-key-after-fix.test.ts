// After the Wi-Fi is switched back on, "the network shows now but my phone wants the password, what is it?"
// at "does it work now?": where the key is (the label under the router) is answered and a new key offered
// with its own permission (the yes to switching the Wi-Fi on is none for it); after the new key, "I can't
// get in without the password" points to the key shown above. No handoff, nothing parked for a colleague.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const LINES = {
  sv: {
    opening: 'hej vart wifi syns inte langre, barnen kan inte spela',
    asks: 'vet inte, nätverket syns nu men mobilen vill ha lösenordet, vad är det?',
    label: /etiketten under/,
    offer: /Får jag sätta ett nytt wifi-lösenord\?/,
    still: 'nej inte riktigt, jag kommer ju inte in utan lösenordet',
    above: /nya wifi-lösenordet som jag visade ovan/,
    colleague: /kollega|andralinje|24 timmar/,
  },
  en: {
    opening: 'our wifi has disappeared, the kids cant play',
    asks: 'dunno, the network shows up now but my phone wants the password, what is it?',
    label: /label under/,
    offer: /new Wi-Fi password\?/,
    still: 'not really, i cant get in without the password',
    above: /new Wi-Fi password I showed you above/,
    colleague: /colleague|second-line|24 hours/,
  },
} as const;

it.each(['sv', 'en'] as const)('%s: the key asked for after the radio fix', async (lang) => {
  const l = LINES[lang];
  const { desk, say, pin, yes } = await chat(
    lang,
    faultWorld(['wifi_radio_disabled'], { canDo: ['step.rejoin_wifi'] }),
  );
  await say(`${pin}. ${l.opening}`);
  await say(yes);
  const offered = await say(l.asks);
  expect(offered).toMatch(l.label);
  expect(offered).toMatch(l.offer);
  expect(offered).not.toMatch(l.colleague);
  expect(desk.world.actionsDone()).toEqual(['wifi_radio_enable']);
  await say(yes);
  expect(desk.world.actionsDone()).toEqual(['wifi_radio_enable', 'wifi_password_change']);
  await say(lang === 'sv' ? 'klart' : 'done');
  const again = await say(l.still);
  expect(again).toMatch(l.above);
  expect(again).not.toMatch(l.colleague);
  const items = (await desk.tickets.list({ limit: 10 })).items;
  expect(items).toHaveLength(1);
  expect(items[0].status).toBe('resolved');
});
