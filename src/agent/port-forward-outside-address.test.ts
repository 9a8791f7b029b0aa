// un29 (port_forward-en-1): "port 25565 tcp to my pc, 192.168.0.23" got the permission question for an
// address no device on the home network can have; the change then failed on the router and the case went to
// second line. An address outside 192.168.1.0/24 is said to be one, and asked for again with the port kept.
import { describe, expect, it } from 'vitest';
import { portForwardDesk } from './testing/port-forward-desk.js';

const KEVIN = { customerNumber: '100482', name: 'Kevin Almqvist', pin: '4711', deviceId: 'cpe-1' };
const text = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const asks = (r: { askKey: string | null }[]) => r.map((x) => x.askKey).filter(Boolean);

describe('a port forward to an address outside the home network', () => {
  it.each([
    [
      'en',
      'need port 25565 opened for a minecraft server on my pc',
      'port 25565 tcp to my pc, 192.168.0.23',
      "oh wait no, it's 192.168.1.23",
    ],
    [
      'sv',
      'kan ni öppna port 25565 till min dator?',
      'till datorn, 10.0.0.23',
      'nej vänta, den är 192.168.1.23',
    ],
  ] as const)(
    '%s: told it is not on the home network, asked again, then forwarded',
    async (lang, opening, wrong, right) => {
      const d = await portForwardDesk(lang, opening, () => [], KEVIN);
      const again = await d.send(wrong);
      expect(asks(again)).toEqual(['config.port_forward']);
      expect(text(again)).toMatch(/192\.168\.1\./);
      const consent = await d.send(right);
      expect(asks(consent)).toEqual(['consent.config_change']);
      expect(text(consent)).toMatch(/25565.*192\.168\.1\.23/s);
    },
  );
});
