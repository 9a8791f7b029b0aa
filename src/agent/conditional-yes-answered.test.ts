// Round 18 (c7, b5): "Will that mess anything else up? My wife uses a VPN for work … If it is safe then yes
// please go ahead." got "Yes, it is safe …" and the permission asked AGAIN; "ok ja. slutar wifi funka då för
// mina grejer?" got "no, the Wi-Fi is not affected" and the permission asked again after a clear yes. A yes
// whose only doubt the desk's own answer settles (nothing else is affected) is consent: answered and done.
// When the answer tells of a cost the customer did not know (every device must reconnect), it is asked once.
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../domain/index.js';
import { converseIn } from './testing/converse.js';

const ran = (events: { type: string }[]) =>
  events.filter((e) => e.type === 'action_requested' || e.type === 'action_done').length > 0;

describe('a yes beside a worry the answer settles goes ahead', () => {
  it.each([
    [
      'en',
      'dns_misconfigured',
      'some websites wont open, my bank says server not found',
      'Will that mess anything else up? My wife uses a VPN for work on the same wifi. If it is safe then yes please go ahead.',
    ],
    ['en', 'dns_misconfigured', 'some sites dont load, dns error', 'ok yes. will it break anything else?'],
    ['en', 'dns_misconfigured', 'some sites dont load, dns error', 'if nothing else breaks then sure, do it'],
    [
      'sv',
      'dns_misconfigured',
      'vissa sidor går inte att öppna, banken säger server hittades inte',
      'ok ja. slutar nåt annat funka då?',
    ],
    [
      'sv',
      'dns_misconfigured',
      'vissa sidor går inte att öppna',
      'påverkas något annat? om det är säkert så kör',
    ],
  ] as const)('%s: %s', async (lang, fault, opening, reply) => {
    const { events, last } = await converseIn([fault as FaultKind], lang, [opening, reply], { portal: true });
    expect(ran(events)).toBe(true);
    expect(last).not.toMatch(/May I|Får jag/);
  });
});

describe('a yes beside a worry whose answer tells a cost is asked once', () => {
  it.each([
    ['en', 'can you change my wifi password?', 'ok yes. will my devices stop working?'],
    ['sv', 'kan ni byta wifi-lösenordet?', 'ok ja. slutar wifi funka då för mina grejer?'],
  ] as const)('%s: %s', async (lang, opening, reply) => {
    const { events, last } = await converseIn([], lang, [opening, reply], { portal: true });
    expect(ran(events)).toBe(false);
    expect(last).toMatch(/\?/);
  });
});
