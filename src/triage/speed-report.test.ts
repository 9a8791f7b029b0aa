import { describe, expect, it } from 'vitest';
import { fold } from './normalize.js';
import { reportedSpeed } from './speed-report.js';

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
