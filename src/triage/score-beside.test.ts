import { describe, expect, it } from 'vitest';
import { scoreBeside } from './score-beside.js';

describe('a satisfaction score with more beside it', () => {
  it.each([
    ['4 typ. men kan det hända igen?', 4, 'men kan det hända igen?'],
    ['4 i guess. what if it happens again?', 4, 'what if it happens again?'],
    ['3. also can i get some money back?', 3, 'also can i get some money back?'],
    ['ok tack, 3 för att ni missade tv frågan', 3, 'för att ni missade tv frågan'],
    ['thanks, 4/5 but why did it break?', 4, 'but why did it break?'],
    ["i'd say 4", 4, ''],
    ['typ 2 eftersom det tog lång tid', 2, 'eftersom det tog lång tid'],
    ['5', 5, ''],
  ])('"%s" is %d, then "%s"', (text, score, rest) => expect(scoreBeside(text)).toEqual({ score, rest }));

  it.each([
    '3074 to my xbox please',
    '2.4 ghz or 5?',
    'ok fine, do it then',
    'i have 2 routers, can you check the other',
    '4g router?',
  ])('"%s" opens with no score', (text) => expect(scoreBeside(text)).toBeNull());
});

describe('a score inside the answer (rp10c #5, #6)', () => {
  it.each([
    ['meh. 3 because you ignored my router question twice', 3, 'meh.'],
    ['klart, syns som Berg hemma nu. 5 för övrigt', 5, 'klart, syns som Berg hemma nu.'],
    ['varför hängde den sig? 4 antar jag', 4, 'varför hängde den sig?'],
    ['hmm, id give you a 2 tbh', 2, ''],
  ])('"%s" is %d, then "%s"', (text, score, rest) => expect(scoreBeside(text)).toEqual({ score, rest }));

  it.each([
    ['what 3 things should i check?'],
    ['my router is 5 years old, is that it?'],
    ['2.4 ghz or 5?'],
    ['call me after 5'],
    ['is port 3 the right one?'],
    // A digit inside a word is a name, not a score (a round-3 change recorded 5 from "ps5").
    ['ok. also i need a port open for my ps5, can you do that?'],
  ])('"%s" holds no score', (text) => expect(scoreBeside(text)).toBeNull());
});
