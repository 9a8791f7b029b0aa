// Blind set un25 (dns_misconfigured-en-1): "some websites won't open … Also unrelated: is it possible to have a
// guest network on the router?" — the DNS was fixed and confirmed, then the case went to second line ("That
// change needs one of our second-line technicians"): the guest-network question had become a second
// router-configuration request merged into the case. A guest network asked about is answered (a router
// setting), never a second request that escalates the fixed case.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { raisedSecondaries } from './secondary-topics.js';
import { verifiedChat } from './testing/chat.js';

describe('a guest network asked about beside a fault', () => {
  it.each([
    'is it possible to have a guest network on the router?',
    'kan man ha ett gästnät?',
    'btw can the guests have their own wifi?',
  ])('"%s" raises no second router request', (text) => {
    expect(raisedSecondaries(text, ['router_config'])).toEqual([]);
  });
  it('a port forward asked beside it still does', () => {
    expect(
      raisedSecondaries('guest wifi possible? and open port 3074 for my xbox', ['router_config']),
    ).toEqual(['router_config']);
  });

  it.each([
    [
      'en',
      "Since yesterday some websites won't open, the browser says server not found. Also unrelated: is it possible to have a guest network on the router? We have people staying over christmas.",
      'yes go ahead',
      'Yes, it works now!',
    ],
    [
      'sv',
      'vissa sidor går inte att öppna, det står att servern inte hittas. en annan sak: kan man ha ett gästnät i routern?',
      'ja kör',
      'ja nu funkar det',
    ],
  ] as [Language, string, string, string][])(
    '%s: the fixed case is resolved',
    async (lang, opening, yes, works) => {
      const c = await verifiedChat(['dns_misconfigured'], lang, opening);
      expect(c.last.map((m) => m.text).join('\n')).toMatch(/guest network|gästnät/i);
      await c.send(yes);
      await c.send(works);
      const t = await c.desk.tickets.get(c.id);
      expect(t?.status).toBe('resolved');
      expect(await c.ran('dns_reset')).toBe(true);
    },
  );
});
