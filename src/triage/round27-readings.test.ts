// Role-play round 27 (a9, en portal, port forward, C): "it's a windows 11 pc" was taken for port 11 and asked
// for; "he says his friend got in, yes! one thing, what if the PC gets a different 192.168 address after a
// restart?" was read as still broken (the yes stood after the news, and "192.168" split the question in two),
// and the working forward went to tier2.
import { describe, expect, it } from 'vitest';
import { parseAnswer } from './index.js';
import { parsePortForward } from './port-forward.js';

describe('a product version is no port', () => {
  it.each([
    "how do I find that? it's a windows 11 pc, the one in his room",
    "it's an iphone 15",
    'kl 17 passar',
  ])('"%s"', (text) => {
    expect(parsePortForward(text).port).toBeNull();
  });
  it.each([
    ['open 25565 please', 25565],
    ['forward 3074 to my xbox', 3074],
  ])('"%s" is still port %i', (text, port) => {
    expect(parsePortForward(text).port).toBe(port);
  });
});

describe('a yes after the news', () => {
  it.each([
    'he says his friend got in, yes! one thing, what if the PC gets a different 192.168 address after a restart?',
    'he says his friend got in, yes!',
  ])('"%s" is a yes', (text) => {
    expect(parseAnswer('resolution.confirm', text, 'en').kind).toBe('yes');
  });
  it('"no, still not, yes I restarted it" stays a no', () => {
    expect(parseAnswer('resolution.confirm', 'no, still not, yes I restarted it', 'en').kind).toBe('no');
  });
});
