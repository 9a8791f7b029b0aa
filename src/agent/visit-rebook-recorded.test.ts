// Issue 14, session 10 fixer D (rp11a #5, rp11c #6): a technician visit the customer cancelled and then
// asks for again is booked again on the ticket — the booking the field queue reads, the visit state, and
// a note for the field team that the visit stands — inside the customer's times; a cancellation that
// only wonders whether something else is the cause is answered and asked about before anything is
// cancelled.
import { describe, expect, it } from 'vitest';
import { handedOver } from './testing/field-handoff.js';

describe('a visit booked again after the customer cancelled it is written to the ticket', () => {
  it('en (rp11c #6): "book the technician again then, monday morning is fine" books Monday and tells the field team', async () => {
    const v = await handedOver('fiber_los', 'en', 'weekdays, mornings are best');
    expect(v.said).toMatch(/Monday 7 December 08:00–12:00/);
    const cancel = await v.say('no wait, dont send a technician');
    expect(cancel).toMatch(/not want a technician visit/);
    expect((await v.visit())?.status).toBe('cancelled_by_customer');
    const before = v.requests.length;
    const again = await v.say('ugh ok. book the technician again then, monday morning is fine');
    expect(again).toMatch(/Monday 7 December 08:00–12:00/);
    // The ticket side: no longer cancelled, booked through the port again, and a note for the field team.
    expect((await v.visit())?.status).not.toBe('cancelled_by_customer');
    expect(v.requests.length).toBeGreaterThan(before);
    expect(await v.booking()).toMatchObject({ start: '2026-12-07T07:00:00.000Z' });
    const notes = await v.notes();
    expect(notes.at(-1)).toMatch(/withdrew the cancellation; visit Monday 7 December 08:00–12:00 stands/);
    // Asked when the technician comes, the visit is told as booked (it is on the ticket now).
    expect(await v.say('so when is the technician coming?')).toMatch(/booked for Monday 7 December/);
  });

  it('en (rp11a #5): "please book it again, thursday" books Thursday inside "only thursday works"', async () => {
    const v = await handedOver(
      'docsis_power_out_of_range',
      'en',
      'only thursday works, im at home all day thursdays',
    );
    expect(v.said).toMatch(/Thursday 10 December 08:00–12:00/);
    await v.say('no wait, dont send a technician yet');
    const again = await v.say(
      'hmm ok actually i talked to him, they didnt touch our floor. please book it again, thursday',
    );
    expect(again).toMatch(/Thursday 10 December/);
    expect((await v.visit())?.status).not.toBe('cancelled_by_customer');
    expect((await v.notes()).at(-1)).toMatch(
      /withdrew the cancellation; visit Thursday 10 December 08:00–12:00 stands/,
    );
  });

  it('sv: "boka in teknikern igen, tisdag efter 16" books Tuesday 17–20, never a time the customer ruled out', async () => {
    const v = await handedOver('optical_power_low', 'sv', 'vardagar efter 16, men inte torsdag');
    expect(v.said).toMatch(/måndag 7 december 17:00–20:00/);
    await v.say('nej vänta, avboka teknikern');
    expect((await v.visit())?.status).toBe('cancelled_by_customer');
    const again = await v.say('jag ångrar mig, boka in teknikern igen. tisdag efter 16');
    expect(again).toMatch(/tisdag 8 december 17:00–20:00/);
    expect((await v.visit())?.status).not.toBe('cancelled_by_customer');
    expect((await v.notes()).at(-1)).toMatch(
      /withdrew the cancellation; visit Tuesday 8 December 17:00–20:00 stands/,
    );
    expect(v.requests.at(-1)?.avoidWindows?.length).toBeGreaterThan(0);
  });
});

describe('a cancellation that wonders about another cause is answered and asked about first', () => {
  it('en (rp11a #5): the landlord’s work on the cable TV could be related; the visit is kept or held as the customer says', async () => {
    const v = await handedOver(
      'docsis_power_out_of_range',
      'en',
      'only thursday works, im at home all day thursdays',
    );
    const r = await v.say(
      'no wait, dont send a technician yet. my landlord said they were doing work on the cable tv in the building last week, maybe thats it?',
    );
    expect(r).toMatch(/could well be related/);
    expect(r).toMatch(/keep your visit on Thursday 10 December 08:00–12:00 .* or hold it/);
    expect((await v.visit())?.status).toBe('hold_asked');
    expect((await v.notes()).at(-1)).toMatch(/unsure about the visit .* stays booked until they say/);
    const keep = await v.say(
      'hmm ok actually i talked to him, they didnt touch our floor. please book it again, thursday',
    );
    expect(keep).toMatch(/Thursday 10 December 08:00–12:00 stands/);
    expect((await v.visit())?.status).toBe('kept_by_customer');
    expect((await v.notes()).at(-1)).toMatch(
      /wants the visit after all; visit Thursday 10 December 08:00–12:00 stands/,
    );
  });

  it('en (rp11c #6): digging and "maybe it comes back by itself?" is told it does not; "hold it for now" cancels', async () => {
    const v = await handedOver('fiber_los', 'en', 'weekdays, mornings are best');
    const r = await v.say(
      'no wait, dont send a technician. my neighbour said they were digging on the street yesterday, maybe it comes back by itself?',
    );
    expect(r).toMatch(/does not come back by itself/);
    expect(r).toMatch(/keep your visit on Monday 7 December/);
    expect(r).not.toMatch(/will not book one/);
    const hold = await v.say('no, hold it for now');
    expect(hold).toMatch(/on hold/);
    expect((await v.visit())?.status).toBe('cancelled_by_customer');
  });

  it('sv: "avboka teknikern, hyresvärden har jobbat med kabel-tv:n, kanske är det det?" asks; "behåll den" keeps it', async () => {
    const v = await handedOver('docsis_power_out_of_range', 'sv', 'vardagar efter 16');
    const r = await v.say(
      'nej vänta, avboka teknikern. hyresvärden har jobbat med kabel-tv:n i huset, kanske är det det?',
    );
    expect(r).toMatch(/kan mycket väl hänga ihop/);
    expect(r).toMatch(/behålla ditt besök måndag 7 december 17:00–20:00/);
    const keep = await v.say('ok behåll besöket');
    expect(keep).toMatch(/måndag 7 december 17:00–20:00 gäller/);
    expect((await v.visit())?.status).toBe('kept_by_customer');
  });
});
