import { describe, expect, it } from 'vitest';
import { fold } from './normalize.js';
import { reportedSpeed, reportedTest } from './speed-report.js';

describe('a speed the customer reports from a test', () => {
  it.each([
    ['fast.com says 470', 470],
    ['470/100', 470],
    ['around 450', 450],
    ['~450 on the cable', 450],
    ['450ish', 450],
    ['typ 480 mbit', 480],
    ['0,5 gbit', 500],
    ['got 93.5 mbps', 94],
    ['on the cable 40, on wifi 40', 40],
  ])('"%s" is %d Mbit/s', (text, mbps) => expect(reportedSpeed(fold(text))).toBe(mbps));

  it.each([
    'which network, the 5 ghz one?',
    'it takes 24 hours?',
    'port 25565',
    'i have 2 laptops',
    'still 40 on wifi',
    'it costs 499 kr',
    'about 15 min',
  ])('"%s" is no speed', (text) => expect(reportedSpeed(fold(text))).toBeNull());
});

describe('the figures of a test the customer reports (rp19c #2)', () => {
  it.each([
    ['wait, my speedtest said 12,4 not 120?', 12.4, null],
    ['my test said 12.4, not 120', 12.4, null],
    ['it was 12,4 mbit not 120 mbit', 12.4, null],
    ['vänta, mitt test visade 12,4 inte 120?', 12.4, null],
    ['inte 120 utan 12,4', 12.4, null],
    ['speedtest says 12,4 down and 3,1 up', 12.4, 3.1],
    ['sorry i meant 12,4 down and 3,1 up', 12.4, 3.1],
    ['bredbandskollen: 12,4 ner och 3,1 upp', 12.4, 3.1],
    ['38,5 mbit/s nedladdning, 9,2 uppladdning', 38.5, 9.2],
    ['down 12.4 up 3.1', 12.4, 3.1],
    ['download: 12,4 upload: 3,1', 12.4, 3.1],
    ['12,4/3,1', 12.4, 3.1],
    ['fick 12,4 / 3,1 mbit', 12.4, 3.1],
    ['0,5 gbit', 500, null],
  ])('"%s" is %d down, %s up', (text, down, up) => expect(reportedTest(fold(text))).toEqual({ down, up }));

  it.each([
    ['i get 40, not 500', 40],
    ['jag får inte 500 utan typ 40', 40],
    ['got 38,5 down', 39],
    ['speedtest said 120, not 12', 120],
  ])('"%s" is %d Mbit/s: the figure after "not" is corrected away', (text, mbps) =>
    expect(reportedSpeed(fold(text))).toBe(mbps),
  );
});
