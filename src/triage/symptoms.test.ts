// A symptom named in so many words is that fault, whatever the model makes of the words.
import { describe, expect, it } from 'vitest';
import { triage } from './index.js';

describe('symptoms named in so many words', () => {
  it.each([
    'routern startar om sig sjalv hela tiden, kundnr 800185',
    'my router keeps restarting itself',
    'the router reboots by itself every hour',
    'modemet startar om hela tiden',
  ])('"%s" is an unstable connection, not a request to restart the router', (text) => {
    expect(triage(text).intent).toBe('intermittent');
  });

  it('a cancellation that names the symptom as its reason stays a cancellation', () => {
    expect(
      triage(
        'jag vill säga upp mitt abonnemang. routern startar om sig själv hela tiden och jag orkar inte mer',
      ).intent,
    ).toBe('account_change');
  });

  it.each(['can you restart my router?', 'kan ni starta om routern', 'i restarted it myself already'])(
    '"%s" is still about a restart',
    (text) => {
      expect(triage(text).intent).toBe('router_reset');
    },
  );

  it.each([
    'det lyser en röd lampa på fiberboxen, det står LOS brevid',
    "there's a red light that says LOS",
    'LOS lampan blinkar rött',
  ])('"%s" is no connection', (text) => {
    expect(triage(text).intent).toBe('no_connection');
  });
});
