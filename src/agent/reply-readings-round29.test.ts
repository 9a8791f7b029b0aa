// Role-play round 29: reply reading and the score after the close.
// (1) c #2: an objection before a clear yes ("… som jag skrev, men visst, kör på") is consent.
// (2) b #6: "200430. pin 19-66": a PIN written in pairs beside its word is used, not asked again.
// (3) b #1: "måste jag starta om den?" about the computer is answered as the computer, and the correction
//     ("jag menade DATORN, inte routern") opens no case.
// (4) c #4: "does the router update itself in future?" after the close is answered (we push updates), no case.
// (5)/(7) the score's comment is only the remark about the service; a question beside it is answered.
// (6) b #7: "I only see one wifi name, how do I pick 2.4 vs 5?" is answered, never a rename; a bare score
//     while the score question is open is the score.
import { describe, expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';
import { classifyReply } from '../triage/reply.js';
import { findVolunteeredPin } from '../triage/entities.js';
import { topicsOf } from '../triage/topics-of.js';
import { scoreComment } from './csat-comment.js';

const down = (lang: 'en' | 'sv') => (lang === 'sv' ? 'internet funkar inte' : 'my internet is down');

async function closed(lang: 'en' | 'sv') {
  const c = await chat(lang, faultWorld(['cpe_hung']));
  await c.say(`${c.pin}. ${down(lang)}`);
  await c.say(c.yes); // restart
  const out = await c.say(c.yes); // works
  expect(out).toMatch(/closed|avslutat/);
  return c;
}

async function csatOf(c: Awaited<ReturnType<typeof chat>>) {
  return (await c.desk.tickets.timeline(c.ticketId)).filter((e) => e.type === 'csat');
}

describe('an objection that ends in a clear yes is consent', () => {
  it.each([
    ['sv', 'Jag har ju redan dragit ur sladden två gånger som jag skrev, men visst, kör på om det behövs.'],
    ['sv', 'jag sa ju att jag har startat om den, men ok kör'],
    ['en', 'I literally just said I restarted it twice, but sure, go ahead.'],
    ['en', 'like I said I already did that, but ok do it if you must'],
  ] as const)('%s: "%s"', async (lang, msg) => {
    expect(classifyReply('consent.reboot', msg, lang).act).toBe('answer');
    const c = await chat(lang, faultWorld(['cpe_hung']));
    await c.say(`${c.pin}. ${down(lang)}`);
    expect(await c.say(msg)).toMatch(/restarting your router now|startar om din router nu/);
  });

  it.each([
    ['sv', 'jag har ju redan startat om den, men vänta lite'],
    ['en', 'I already said I restarted it, but why do you need to?'],
  ] as const)('%s: "%s" is no consent yet', (lang, msg) => {
    expect(classifyReply('consent.reboot', msg, lang).act).not.toBe('answer');
  });
});

describe('a PIN written in pairs beside the PIN word', () => {
  it.each(['200430. pin 19-66', '200430, pin 19 66', 'kundnummer 200430 pinkod 19-66', 'my PIN is 1 9 6 6'])(
    '"%s" is PIN 1966',
    (msg) => expect(findVolunteeredPin(msg)).toBe('1966'),
  );

  it.each([
    ['en', '100482. pin 47-11. my internet is down'],
    ['sv', '100482, pinkod 47 11. internet funkar inte'],
  ] as const)('%s: "%s" verifies, no PIN asked again, and the PIN is not stored', async (lang, msg) => {
    const c = await chat(lang, faultWorld(['cpe_hung']));
    const out = await c.say(msg);
    expect(out).toMatch(/verified|verifierad/);
    expect(out).not.toMatch(/PIN/);
    const stored = JSON.stringify(await c.desk.tickets.timeline(c.ticketId));
    expect(stored).not.toMatch(/47[- ]11/);
  });
});

describe('a restart question about the customer’s own device', () => {
  it.each([
    'ipaden funkar nu! datorn vet jag inte, den står i andra rummet. måste jag starta om den?',
    'nej jag menade DATORN, inte routern. måste jag starta om datorn för att den ska komma ut?',
    'should I restart my laptop?',
    'the tv is still off. do I need to reboot it?',
  ])('"%s" is about the device', (msg) => expect(topicsOf(msg)).toContain('restart_device'));

  it.each(['should i restart the router?', 'ska jag starta om den?'])('"%s" is about the router', (msg) =>
    expect(topicsOf(msg)).not.toContain('restart_device'),
  );

  it.each([
    [
      'sv',
      'ipaden funkar nu! datorn vet jag inte, den står i andra rummet. måste jag starta om den?',
      'nej jag menade DATORN, inte routern. måste jag starta om datorn för att den ska komma ut?',
    ],
    [
      'en',
      "the ipad works now! the laptop I don't know, it's in the other room. do I need to restart it?",
      'no I meant the LAPTOP, not the router. do I have to restart the laptop?',
    ],
  ] as const)('%s: answered as the device, the correction opens no case', async (lang, first, again) => {
    const c = await chat(lang, faultWorld(['cpe_hung']));
    await c.say(`${c.pin}. ${down(lang)}`);
    await c.say(c.yes);
    const out = await c.say(first);
    expect(out).toMatch(/finds the network again|hittar nätet igen/);
    expect(out).not.toMatch(/restart the router yourself|starta om routern själv/);
    const next = await c.say(again);
    expect(next).toMatch(/finds the network again|hittar nätet igen/);
    expect(next).not.toMatch(/May I restart|Får jag starta om/);
    expect((await c.cases()).next).toBeUndefined();
  });
});

describe('a question about the future after the close', () => {
  it.each([
    [
      'en',
      '5, quick and clear. one more thing - does the router update itself in future or do I have to contact you every time?',
      /quick and clear/,
    ],
    [
      'sv',
      '5, snabbt och tydligt. en sak till – uppdaterar routern sig själv i framtiden eller måste jag kontakta er varje gång?',
      /snabbt och tydligt/,
    ],
  ] as const)('%s: answered, no case, the remark is the comment', async (lang, msg, comment) => {
    const c = await closed(lang);
    const out = await c.say(msg);
    expect(out).toMatch(/we push software updates|vi skickar ut programuppdateringar/);
    expect(out).not.toMatch(/How satisfied|Hur nöjd|du behöver inte göra något mer/);
    expect((await c.cases()).next).toBeUndefined();
    const csat = await csatOf(c);
    expect(csat).toHaveLength(1);
    expect(csat[0]).toMatchObject({ score: 5, comment: expect.stringMatching(comment) });
    expect((csat[0] as { comment: string }).comment).not.toMatch(/\?|update|uppdater/);
  });

  it.each(['do you push updates automatically or not?', 'uppdaterar routern sig själv framöver?'])(
    '"%s" is a question about updates to come',
    (msg) => expect(topicsOf(msg)).toContain('updates_future'),
  );
  it('"why did it not update automatically?" stays why_not_automatic', () =>
    expect(topicsOf('why did the router not update automatically?')).not.toContain('updates_future'));
});

describe('the score comment is the remark, the question is answered', () => {
  it.each([
    ['4. men du svarade inte, var det mitt fel?', 'du svarade inte'],
    ['4. but you did not answer, was it my fault?', 'you did not answer'],
    ['5, quick and clear. one more thing - does it update itself?', 'quick and clear.'],
    ['3 - it works, but why did it happen?', 'it works'],
    ['2. took way too long', 'took way too long'],
    ['5. how do i stop it happening again tho?', ''],
  ])('"%s" → "%s"', (msg, comment) => expect(scoreComment(msg.replace(/^\d[.,\s-]*/, ''))).toBe(comment));

  it.each([
    ['sv', '4. men du svarade inte, var det mitt fel?', /Inget du har gjort/, 'du svarade inte'],
    ['en', '4. but you did not answer, was it my fault?', /Nothing you did/, 'you did not answer'],
  ] as const)('%s: "%s" records the score and answers', async (lang, msg, answer, comment) => {
    const c = await closed(lang);
    expect(await c.say(msg)).toMatch(answer);
    const csat = await csatOf(c);
    expect(csat).toHaveLength(1);
    expect(csat[0]).toMatchObject({ score: 4, comment });
  });
});

describe('the Wi-Fi bands on one name after the close', () => {
  it.each([
    ['en', 'one more q: I only see one wifi name, how do I pick 2.4 vs 5 then?', /pick the band themselves/],
    ['sv', 'jag ser bara ett wifi-namn, hur väljer jag 2,4 eller 5 GHz då?', /väljer routern och din enhet/],
  ] as const)('%s: "%s" is answered, no rename', async (lang, msg, answer) => {
    const c = await closed(lang);
    const out = await c.say(msg);
    expect(out).toMatch(answer);
    expect(out).not.toMatch(/What would you like your Wi-Fi network to be called|Vad vill du att ditt wifi/);
    expect(await c.say('4')).toMatch(/Thank you for your feedback|Tack för ditt omdöme/);
    expect(await csatOf(c)).toMatchObject([{ score: 4 }]);
  });

  it.each([
    ['en', 'can you rename my wifi?', /Thank you for your feedback/],
    ['sv', 'kan ni byta namn på mitt wifi?', /Tack för ditt omdöme/],
  ] as const)(
    '%s: a bare 4 at the Wi-Fi name question, score still open, is the score',
    async (lang, ask, said) => {
      const c = await closed(lang);
      await c.say(ask);
      const out = await c.say('4');
      expect(out).toMatch(said);
      expect(out).not.toMatch(/“4”/);
      expect(await csatOf(c)).toMatchObject([{ score: 4 }]);
    },
  );
});
