// "I think someone has gotten into my router. There are devices on my network I don't recognise and my
// wifi name changed by itself" is a break-in feared, not a Wi-Fi rename: the router is locked (a new
// Wi-Fi key first) and the case goes to security. Someone who got (gotten, broke) into the router or
// network, and devices on the network the customer does not recognise, in either language, voice it;
// the customer's own "I can't get into my router" and a break-in elsewhere do not.
import { describe, expect, it } from 'vitest';
import { voicesIntruderWorry } from '../runbooks/hack-talk.js';
import { fold } from '../kb/text.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const PRIYA = { customerNumber: '200388', name: 'Priya Shah', pin: '0000' };

describe('an intruder feared in other words than "hacked"', () => {
  it.each([
    [
      'en',
      "Hi, this is a bit scary but I think someone has gotten into my router. There are devices on my network I don't recognise and my wifi name changed by itself last night",
    ],
    ['en', 'i think somebody got into our wifi, the name changed on its own'],
    ['en', 'there are devices on my network i dont recognize, what do i do'],
    ['sv', 'hjälp, jag tror att någon har tagit sig in i routern. wifi-namnet har ändrats av sig självt'],
    ['sv', 'det finns enheter på nätverket som jag inte känner igen'],
    ['sv', 'någon har kommit in på vårt wifi, namnet är ändrat'],
    // v2-s15f3-hacked-sv-1: one unknown device beside "nån snor vårt wifi" is a break-in feared, not a freeloader.
    ['sv', 'hej, jag tror att nån snor vårt wifi, det står en okänd enhet i appen och nätet är konstigt'],
    ['sv', 'det dök upp en okänd mobil i routerns lista'],
  ] as const)('%s "%s": the router is locked, a new Wi-Fi key asked first', async (lang, text) => {
    const c = await portalChat(lang, faultWorld([]), PRIYA);
    const r = await c.send(text);
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(r.some((m) => m.askKey === 'config.wifi_name')).toBe(false);
  });

  it.each([
    "I can't get into my router, the admin page won't load",
    'my son got into the router settings and now nothing works',
    'someone broke into my car last week so I lost my phone',
    'jag kommer inte in i routern, admin-sidan laddar inte',
  ])('"%s" voices no intruder', (text) => {
    expect(voicesIntruderWorry(fold(text))).toBe(false);
  });
});
