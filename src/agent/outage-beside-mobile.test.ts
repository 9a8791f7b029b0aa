// Issue 14, blind set un21 (area_outage): "Is there an outage? Internet is down since this morning … Can you
// send me a mobile hotspot or give me extra mobile data in the meantime?" was routed to a colleague as a
// mobile question (no line tested, no outage told) and told about mesh units. The home internet named with
// its trouble is our case: the outage is told and the case linked to it; the mobile question is said
// honestly to be none of this desk's and goes to our support team on a linked case of its own.
import { describe, expect, it } from 'vitest';
import { otherServiceOf } from '../runbooks/facts.js';
import { converseIn } from './testing/converse.js';

describe('an outage with a mobile question beside it', () => {
  it.each([
    [
      'en',
      'Hello\nIs there an outage? Internet is down since this morning. I work from home and have meetings all afternoon.\nCan you send me a mobile hotspot or give me extra mobile data in the meantime?',
      /Mobile service is not something I can answer or arrange here/,
    ],
    [
      'en',
      'no internet at home since 8am!! could you top up my mobile data until its fixed?',
      /Mobile service/,
    ],
    [
      'sv',
      'internet ligger nere sen i morse, kan jag få extra surfmängd på mobilen så länge?',
      /Mobiltjänster kan jag inte/,
    ],
    [
      'sv',
      'inget internet hemma sedan igår. kan ni ge mig mer mobildata tills det är fixat?',
      /Mobiltjänster/,
    ],
  ] as const)('%s: %j → outage told, mobile question on its own case', async (lang, opening, honest) => {
    const { ticket, replies, desk } = await converseIn(['area_outage'], lang, [opening, '200115', '4711'], {
      outage: true,
    });
    expect(ticket?.disposition).toBe('outage.informed');
    const all = replies.join('\n');
    expect(all).toMatch(/Limhamn/);
    expect(all).toMatch(honest);
    expect(all).not.toMatch(/mesh/i);
    const linked = (await desk.tickets.list({ limit: 10 })).items.find((x) => x.id !== ticket?.id);
    expect(linked?.queue).toBe('agents');
  });
});

describe('the mobile or TV service alone is still not ours', () => {
  it.each([
    ['my mobile internet doesnt work, can you check my sim card', 'mobile'],
    ['mobilt internet funkar inte på min mobil', 'mobile'],
    ["my phone's internet is slow, is it my sim card?", 'mobile'],
    ['internet works fine, but my tv channels are gone', 'tv'],
    ['internet funkar men tv-boxen visar ingen bild', 'tv'],
  ])('%s → %s', (text, service) => {
    expect(otherServiceOf(text)).toBe(service);
  });
});
