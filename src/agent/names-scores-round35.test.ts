// Round 35 (c #1, c #7): "Lindhemmet. nej vänta, skriv LindsWifi istället" was proposed as ”skriv LindsWifi”, the
// corrections as ”LindsWifi utan skriv 😅” and ”vara: LindsWifi”, and the bare "LindsWifi" after was ignored; "4 av 5",
// "3 får det bli" and "en fyra" were never read as scores; "har glömt wifi lösenordet, kompis ska in, står det
// nånstans?" was answered as if a neighbour had the old key; "testade lappen, funkar inte, kör nytt då" was asked
// for its consent again. The name is what the customer means, a score in words is a score, the sticker is where
// a never-changed key stands, and "kör nytt då" is the go-ahead.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { parseAnswer } from '../triage/answers.js';
import { correctedName } from '../triage/name-correction.js';
import { scoreBeside } from '../triage/score-beside.js';
import { parseWifiName } from '../triage/wifi-name.js';
import { scoreComment } from './csat-comment.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('the Wi-Fi name without the instruction around it (rp35c #1)', () => {
  it.each([
    ['Lindhemmet. nej vänta, skriv LindsWifi istället', 'LindsWifi'],
    ['skriv LindsWifi', 'LindsWifi'],
    ['write LindsWifi instead', 'LindsWifi'],
    ['it should be LindsWifi', 'LindsWifi'],
    ['should be just LindsWifi 😅', 'LindsWifi'],
    ['namnet ska bara vara: LindsWifi', 'LindsWifi'],
    ['döp det till lindswifi tack', 'lindswifi'],
    ['call it Casa Verde please', 'Casa Verde'],
    // near misses: a quoted name is exact, a name is kept as it is
    ['"Skriv Mig"', 'Skriv Mig'],
    ['Just Dance', 'Just Dance'],
    ['Villa Kulla', 'Villa Kulla'],
    ['LindsWifi', 'LindsWifi'],
  ])('%j → %s', (text, name) => expect(parseWifiName(text, { asked: true })).toBe(name));

  it.each([
    ['haha nej, bara LindsWifi utan skriv 😅', 'skriv LindsWifi', 'LindsWifi'],
    ['nej 🙈 namnet ska bara vara: LindsWifi', 'skriv LindsWifi', 'LindsWifi'],
    ['no, just LindsWifi without write 😅', 'write LindsWifi', 'LindsWifi'],
    ['LindsWifi', 'vara: LindsWifi', 'LindsWifi'],
    // near misses: a yes, a word, another name
    ['ja', 'vara: LindsWifi', null],
    ['nej', 'vara: LindsWifi', null],
    ['Hemma', 'vara: LindsWifi', null],
  ])('at the permission for %j (proposed %j) → %s', (text, proposed, name) =>
    expect(correctedName(text, proposed)).toBe(name),
  );

  it.each([
    ['sv', 'hej kan ni byta namn på wifit?', 'Lindhemmet. nej vänta, skriv LindsWifi istället'],
    ['en', 'hi can you rename my wifi?', 'Lindhome. no wait, write LindsWifi instead'],
  ] as const)('%s: the name meant is proposed', async (lang, opening, answer) => {
    const c = await portalChat(lang, faultWorld([], { canDo: ['step.rejoin_wifi'] }));
    const r0 = await c.send(opening);
    expect(r0.at(-1)?.askKey).toBe('config.wifi_name');
    const r = await c.send(answer);
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(r.map((m) => m.text).join('\n')).toMatch(/[“”]LindsWifi[“”]/);
  });
});

describe('a score written in words is the score (rp35c #1, #7)', () => {
  it.each([
    ['nä startade om laptopen så hittade den. 4 av 5', 4],
    ['aa funkade. 3 får det bli', 3],
    ['en fyra', 4],
    ['tja, en trea', 3],
    ["I'd say 4/5", 4],
    ['four out of five, quick help', 4],
    ['fyra av fem', 4],
    // near misses: counts and ports are no score
    ['we have 4 devices', null],
    ['port 3 of 5', null],
    ['en fråga till', null],
  ])('%j → %s', (text, score) => expect(scoreBeside(text)?.score ?? null).toBe(score));
});

const FORGOT: Record<Language, string> = {
  sv: 'tja! har glömt wifi lösenordet 🙃 kompis ska in, står det nånstans?',
  en: 'hey forgot the wifi password, my friend wants to get on, is it written somewhere?',
};

describe('a forgotten key: the sticker, and "make a new one then" is the go-ahead (rp35c #7)', () => {
  it.each(['sv', 'en'] as const)(
    '%s: the sticker is told, never a neighbour with the old key',
    async (lang) => {
      const c = await portalChat(
        lang,
        faultWorld(['wifi_password_forgotten'], { canDo: ['step.rejoin_wifi'] }),
      );
      const said = (await c.send(FORGOT[lang])).map((m) => m.text).join('\n');
      expect(said).toMatch(/klistermärket|sticker/i);
      expect(said).not.toMatch(/mycket möjligt|quite possible|very possible/i);
    },
  );

  it.each([
    ['sv', 'testade lappen, funkar inte 😑 kör nytt då'],
    ['sv', 'lappen funkade inte, gör ett nytt då'],
    ['en', "tried the sticker, doesn't work 😑 make a new one then"],
  ] as const)('%s: %j is the go-ahead', async (lang, text) => {
    const c = await portalChat(
      lang,
      faultWorld(['wifi_password_forgotten'], { canDo: ['step.rejoin_wifi'] }),
    );
    const r0 = await c.send(FORGOT[lang]);
    expect(r0.at(-1)?.askKey).toBe('consent.wifi_change');
    const r = await c.send(text);
    expect(r.at(-1)?.askKey).toBe('step.rejoin_wifi');
  });
});

describe('a device that does not see the renamed network (rp35c #1)', () => {
  it.each([
    ['sv', 'hej kan ni byta namn på wifit?', 'LindsWifi', 'men laptopen då?? den ser inte nätet', /2,4 GHz/],
    ['en', 'hi can you rename my wifi?', 'LindsWifi', "but my laptop can't see the network??", /2\.4 GHz/],
  ] as const)(
    '%s: refresh the list, an old device sees only 2.4 GHz',
    async (lang, opening, name, ask, band) => {
      const c = await portalChat(lang, faultWorld([], { canDo: ['step.rejoin_wifi'] }));
      await c.send(opening);
      await c.send(name);
      await c.send(lang === 'sv' ? 'ja' : 'yes');
      const closed = await c.send(lang === 'sv' ? 'klart' : 'done');
      expect(closed.at(-1)?.askKey).toBe('csat.score');
      const said = (await c.send(ask)).map((m) => m.text).join('\n');
      expect(said).toMatch(band);
      expect(said).toMatch(/starta om|restart/i);
    },
  );
});

describe('the step done when the friend got on, a question beside it (rp35c #7)', () => {
  it.each([
    ['klart, kompisen är inne 👍 men tv:n då, hur får jag in den? den har ingen tangentbord typ', 'done'],
    ['done, my friend is on 👍 but what about the tv? it has no keyboard', 'done'],
    // near miss: a device with nothing to type on, no one joined
    ['tv:n har inget tangentbord, det går inte', 'cannot'],
  ])('%j → %s', (text, kind) => expect(parseAnswer('step.rejoin_wifi', text, 'sv').kind).toBe(kind));
});

describe('how it went is no comment on the help (rp35c #1)', () => {
  it.each([
    ['nä startade om laptopen så hittade den.', ''],
    ['restarted the laptop and it found it', ''],
    // near misses: a remark on the help stays the comment
    ['snabb hjälp, tack', 'snabb hjälp, tack'],
    [
      'it works now, but you asked me the same thing twice',
      'it works now, but you asked me the same thing twice',
    ],
  ])('%j → %j', (said, comment) => expect(scoreComment(said)).toBe(comment));
});
