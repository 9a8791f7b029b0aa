// "någon använder fasta telefonen" was read as a break-in and started the security lock-down (round 35):
// "someone is using …" means an intruder only when what is used is the network, the Wi-Fi, the router or
// an account — the landline, the bandwidth or the son on the Wi-Fi at night are no break-in.
import { describe, expect, it } from 'vitest';
import { fold } from '../kb/text.js';
import { voicesIntruderWorry } from '../runbooks/hack-talk.js';
import { learnFacts } from '../runbooks/facts.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('someone using something: a break-in only for the network, Wi-Fi, router or an account', () => {
  it.each([
    'någon använder fasta telefonen',
    'nån använder fasta telefonen hela tiden',
    'someone is using the landline',
    'someone is using all the bandwidth',
    'my son is using the wifi all night',
    'någon använder all bandbredd',
    'nagon anvander telefonen',
    'någon annan är inne och tittar på tv',
  ])('"%s" voices no intruder', (text) => {
    expect(voicesIntruderWorry(fold(text))).toBe(false);
    expect(learnFacts({}, text).securityWorry).toBeFalsy();
  });

  it.each([
    'någon använder vårt wifi utan lov',
    'nån använder routern utan att vi vet om det',
    'någon annan använder mitt konto',
    'någon är inne på vårt nätverk',
    'someone is using our wifi',
    'someone else is using my account',
  ])('"%s" still voices an intruder or a freeloader', (text) => {
    const f = learnFacts({}, text);
    expect(f.securityWorry || f.wifiFreeloader).toBe(true);
  });

  it.each([
    ['sv', 'någon använder fasta telefonen'],
    ['en', 'someone is using the landline'],
  ] as const)('%s: "%s" starts no security lock-down', async (lang, text) => {
    const c = await portalChat(lang, faultWorld([]), {
      customerNumber: '200388',
      name: 'Priya Shah',
      pin: '0000',
    });
    const r = await c.send(text);
    expect(r.some((m) => m.askKey === 'consent.wifi_change')).toBe(false);
    const tl = await c.desk.tickets.timeline(c.ticketId);
    expect(JSON.stringify(tl)).not.toMatch(/security_worry/);
  });
});
