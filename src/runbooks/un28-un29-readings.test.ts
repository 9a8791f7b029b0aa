// Blind sets un28/un29 (first runs on 03392e5): "tv-boxen visar svart bild … är det routern?" ran the internet
// diagnosis for a TV question (un28 tv-sv-1); "my router admin page showed a login from somewhere i didnt
// recognize … can you lock it down?" reset the My Pages password instead of securing the router (un29
// hack-en-2).
import { describe, expect, it } from 'vitest';
import { otherServiceOf } from './facts.js';
import { voicesIntruderWorry } from './hack-talk.js';
import { fold } from '../triage/normalize.js';

describe('the router only asked about beside another service', () => {
  it.each([
    "tv-boxen visar bara svart bild och 'ingen signal'. internet funkar. är det routern? ska jag starta om nåt?",
    'the tv box says no signal, internet is fine. could it be the router?',
  ])('"%s" is the TV', (text) => {
    expect(otherServiceOf(text)).toBe('tv');
  });
  it('a router fault told beside the TV stays ours', () => {
    expect(
      otherServiceOf('tv-boxen har ingen bild och routern startar om sig hela tiden, är det routern?'),
    ).toBeUndefined();
  });
});

describe('a login nobody recognises is a break-in worry', () => {
  it.each([
    'hey so my router admin page showed a login from somewhere i didnt recognize and now im paranoid',
    "there's a suspicious login on my router",
    'någon okänd har loggat in på routern',
    'jag ser en okänd inloggning i routerns logg',
  ])('"%s"', (text) => {
    expect(voicesIntruderWorry(fold(text))).toBe(true);
  });
  it('a login the customer cannot manage is none', () => {
    expect(voicesIntruderWorry(fold("i can't log in to my pages"))).toBe(false);
  });
});
