import { describe, expect, it } from 'vitest';
import { insideTimes, visitTimes } from './visit-times.js';

// Saturday 5 December 2026, 08:30 in Stockholm (UTC+1).
const NOW = new Date('2026-12-05T07:30:00Z');
const TZ = 'Europe/Stockholm';
const w = (start: string, end: string) => ({ start, end });
// Local Stockholm times as windows.
const MON_MORNING = w('2026-12-07T07:00:00.000Z', '2026-12-07T11:00:00.000Z');
const MON_EVENING = w('2026-12-07T16:00:00.000Z', '2026-12-07T19:00:00.000Z');
const TUE_AFTERNOON = w('2026-12-08T11:00:00.000Z', '2026-12-08T15:00:00.000Z');
const TUE_MORNING = w('2026-12-08T07:00:00.000Z', '2026-12-08T11:00:00.000Z');
const WED_AFTERNOON = w('2026-12-09T11:00:00.000Z', '2026-12-09T15:00:00.000Z');
const SAT_MORNING = w('2026-12-12T08:00:00.000Z', '2026-12-12T12:00:00.000Z');
const SUN = w('2026-12-06T09:00:00.000Z', '2026-12-06T13:00:00.000Z');

const inside = (text: string, win: { start: string; end: string }) =>
  insideTimes(win, visitTimes(text, NOW, TZ));

describe('the times a customer gives for a visit', () => {
  it.each([
    ['vardagar efter 17 typ. eller helg', MON_EVENING, true],
    ['vardagar efter 17 typ. eller helg', MON_MORNING, false],
    ['vardagar efter 17 typ. eller helg', SAT_MORNING, true],
    ['tisdag eller onsdag eftermiddag funkar', TUE_AFTERNOON, true],
    ['tisdag eller onsdag eftermiddag funkar', WED_AFTERNOON, true],
    ['tisdag eller onsdag eftermiddag funkar', TUE_MORNING, false],
    ['tisdag eller onsdag eftermiddag funkar', MON_MORNING, false],
    ['im home tomorrow all day i guess', SUN, true],
    ['im home tomorrow all day i guess', MON_MORNING, false],
    ['weekdays after 4pm', MON_EVENING, true],
    ['monday morning doesnt work', MON_MORNING, false],
    ['monday morning doesnt work', MON_EVENING, true],
    ['men jag sa ju efter 17?? jag jobbar på måndag förmiddag', MON_MORNING, false],
    ['men jag sa ju efter 17?? jag jobbar på måndag förmiddag', MON_EVENING, true],
    ['whenever', MON_MORNING, true],
    // Issue 14 (s9b): hedges and "working from home" are not times that do not suit.
    ['hmm maybe tuesday? im not sure, probably after lunch', TUE_AFTERNOON, true],
    ['hmm maybe tuesday? im not sure, probably after lunch', TUE_MORNING, false],
    ['tisdag kanske? vet inte, typ efter lunch', TUE_AFTERNOON, true],
    ['tisdag kanske? vet inte, typ efter lunch', TUE_MORNING, false],
    ['tuesday, before lunch', TUE_MORNING, true],
    ['tisdag pa em', TUE_AFTERNOON, true],
    ['jag jobbar hemifrån så vardagar funkar, helst förmiddag. inte fredag', MON_MORNING, true],
    ['jag jobbar hemifrån så vardagar funkar, helst förmiddag. inte fredag', MON_EVENING, false],
    ['i work from home so weekdays are fine, mornings preferably', TUE_MORNING, true],
    ['i work from home so weekdays are fine, mornings preferably', TUE_AFTERNOON, false],
    ['vardagar efter 17, inte måndag', MON_EVENING, false],
    ['weekdays after 5pm, except monday', MON_EVENING, false],
    ['weekdays after 5pm, except monday', w('2026-12-08T16:00:00.000Z', '2026-12-08T19:00:00.000Z'), true],
  ])('%s: %j → %s', (text, win, expected) => {
    expect(inside(text, win)).toBe(expected);
  });
});
