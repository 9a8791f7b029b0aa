import { describe, expect, it } from 'vitest';
import { converseIn } from './testing/converse.js';

// A router change asked for during an outage: the router cannot be reached, so nothing is claimed
// ("I checked: …"), nothing is attempted, and the case waits for the outage instead of closing as fixed.
describe('a router change asked for while an outage keeps the router out of reach', () => {
  it('says the change waits for the outage and never claims a check, a change or a fix', async () => {
    const r = await converseIn(
      ['area_outage'],
      'en',
      [
        'is something wrong on your side?? no internet here in limhamn since lunch',
        '200115',
        '4711',
        'ok thx. another thing, my router admin password is still the one on the sticker i think. can you change that for me while im here?',
        'but where do i get the new password then',
      ],
      { outage: true },
    );
    const [, , , request, where] = r.replies;
    expect(request).toMatch(/can't reach your router/);
    expect(request).not.toMatch(/I checked|May I change|glad it works/i);
    expect(where).toMatch(/no new password yet/);
    expect(where).not.toMatch(/mesh/i);
    const tickets = [
      ...(
        r.desk.tickets as unknown as { tickets: Map<string, { id: string; status: string }> }
      ).tickets.values(),
    ];
    const followUp = tickets[1]!;
    const events = await r.desk.tickets.timeline(followUp.id);
    expect(events.some((e) => e.type === 'action_requested')).toBe(false);
    expect(events.find((e) => e.type === 'resolution')).toMatchObject({ outcome: 'outage_informed' });
  });

  it('in Swedish too', async () => {
    const r = await converseIn(
      ['area_outage'],
      'sv',
      [
        'inget internet i limhamn sen lunch, är det fel hos er?',
        '200115',
        '4711',
        'en annan sak, kan ni byta admin-lösenordet på routern? det är fortfarande det från lappen',
      ],
      { outage: true },
    );
    expect(r.last).toMatch(/når inte din router/);
    expect(r.last).not.toMatch(/Jag kontrollerade|Får jag byta/);
  });
});
