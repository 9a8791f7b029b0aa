// Blind set un31 (v2-un31-portforward-sv-1, e-mail): "… öppna port 8080 i routern … Kameran har adressen 192.168.0.64"
// in the request went straight to the permission question for an address no home device can have; the change
// failed on the router and the case went to second line. An address outside 192.168.1.0/24 given with the
// request is said to be one and asked for again, the port kept — as when it comes as an answer.
import { describe, expect, it } from 'vitest';
import { portForwardDesk } from './testing/port-forward-desk.js';

const text = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const asks = (r: { askKey: string | null }[]) => r.map((x) => x.askKey).filter(Boolean);

describe('a port forward asked for to an address outside the home network', () => {
  it.each([
    [
      'sv',
      'Hej, appen säger att jag måste öppna port 8080 i routern för kameran. Kameran har adressen 192.168.0.64 enligt appen.',
      'Nej vänta, jag tittade fel. Det står 192.168.1.64, port 8080.',
      /8080.*192\.168\.1\.64/s,
    ],
    [
      'en',
      'please forward port 25565 tcp to my pc at 10.0.0.23',
      "sorry, it's 192.168.1.23",
      /25565.*192\.168\.1\.23/s,
    ],
  ] as const)('%s: told at once, asked again, then forwarded', async (lang, opening, right, rule) => {
    const d = await portForwardDesk(lang, opening);
    expect(asks(d.portAsk)).toEqual(['config.port_forward']);
    expect(text(d.portAsk)).toMatch(/192\.168\.1\./);
    const consent = await d.send(right);
    expect(asks(consent)).toEqual(['consent.config_change']);
    expect(text(consent)).toMatch(rule);
  });
});
