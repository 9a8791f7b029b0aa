// Role-play round 16 (a #10): "hur hittar jag den på ps5:an? är det säkert förresten att öppna portar?"
// while the device's address was asked for got "Ja – jag ändrar bara det jag har beskrivit" (the
// consent-safety text). Whether an open port is safe is answered with its risk: that port to that device
// only, and the device kept up to date.
import { expect, it } from 'vitest';
import { portForwardDesk } from './testing/port-forward-desk.js';

const ASKED = `sv|hur hittar jag den på ps5:an? är det säkert förresten att öppna portar?
sv|är det farligt att öppna en port?
en|is it safe to open ports tho? kinda worried
en|wait is port forwarding dangerous?`
  .split('\n')
  .map((line) => line.split('|') as ['sv' | 'en', string]);

it.each(ASKED)('%s: "%s" at the address question is answered with the port’s risk', async (lang, q) => {
  const opening =
    lang === 'sv'
      ? 'hej! behöver öppna en port för min ps5, nat typ strikt hela tiden när jag spelar cod'
      : 'getting strict nat on my ps5 in cod, can you open the ports';
  const d = await portForwardDesk(lang, opening);
  const r = (await d.send(q)).map((x) => x.text).join('\n');
  expect(r).toMatch(lang === 'sv' ? /just den enheten/ : /that one device/);
  expect(r).toMatch(lang === 'sv' ? /uppdaterad/ : /updated/);
  expect(r).not.toMatch(/ändrar bara det jag har beskrivit|only change what I have described/);
});
