// Issue 14, session 11 fixer U (rp13a #1): at "May I update your router's software now?", "will we lose our
// settings? wifi password etc. my wife is on a call right now" got only "it can wait", and "ok but you didnt
// answer, will the wifi password and settings stay the same after the update?" ran the update. A reply that
// asks is never the go-ahead, at any permission, put off or not, whatever "ok" stands in front; the question
// is answered, and after the close "is the wifi password still the same?" is answered from what was done.
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function actions(c: Awaited<ReturnType<typeof chat>>) {
  const tickets = (await c.desk.tickets.list({})).items;
  const done: string[] = [];
  for (const ticket of tickets)
    for (const e of await c.desk.tickets.timeline(ticket.id))
      if (e.type === 'action_done') done.push(JSON.stringify(e));
  return done;
}

/** Each permission the desk asks for in a chat, reached from a fault. */
const CONSENTS: [string, FaultKind, { en: string; sv: string }][] = [
  [
    'consent.reboot',
    'cpe_hung',
    { en: 'internet not working, pages dont load', sv: 'internet funkar inte, sidorna laddar inte' },
  ],
  [
    'consent.firmware_update',
    'firmware_bug_drops',
    { en: 'my internet drops several times a day', sv: 'internet tappar flera gånger om dagen' },
  ],
  [
    'consent.wifi_change',
    'wifi_channel_congestion',
    {
      en: 'wifi is slow in the evenings, cable is fine',
      sv: 'wifit är segt på kvällarna, med sladd går det bra',
    },
  ],
  [
    'consent.config_change',
    'dns_misconfigured',
    { en: 'websites dont load but ping works', sv: 'hemsidor laddar inte men ping funkar' },
  ],
];
const ASKS = {
  en: [
    'ok but will i lose my settings?',
    'ok but how long does it take?',
    'sure but will it disconnect my wife’s call?',
    'ok but you didnt answer, will the wifi password stay the same after?',
    'yeah ok how long will the internet be down',
  ],
  sv: [
    'ok men försvinner mina inställningar?',
    'ok men hur lång tid tar det?',
    'ja men kommer wifi-lösenordet vara samma efteråt?',
    'okej men blir vi utan nät länge?',
  ],
} as const;
const DEFER = { en: 'not now please, my wife is on a call', sv: 'inte nu, jag sitter i ett möte' } as const;

describe('"ok but <question>?" at a permission never carries out the action', () => {
  for (const [askKey, fault, opening] of CONSENTS)
    for (const lang of ['en', 'sv'] as const)
      for (const q of ASKS[lang]) {
        it(`${askKey} (${lang}): "${q}"`, async () => {
          const c = await chat(lang, faultWorld([fault]));
          await c.say(opening[lang]);
          await c.say('100482');
          await c.say('4711');
          await c.say(q);
          expect(await actions(c)).toEqual([]);
        });
        it(`${askKey} (${lang}), put off first: "${q}"`, async () => {
          const c = await chat(lang, faultWorld([fault]));
          await c.say(opening[lang]);
          await c.say('100482');
          await c.say('4711');
          await c.say(DEFER[lang]);
          await c.say(q);
          expect(await actions(c)).toEqual([]);
        });
      }
});

describe('a question at a put-off permission is answered, and the permission waits for "go"', () => {
  it('en: the settings question beside "on a call", asked again with "ok but", then "go ahead"', async () => {
    const c = await chat('en', faultWorld(['firmware_bug_drops']));
    await c.say('our internet drops out several times a day');
    await c.say('100482');
    expect(await c.say('4711')).toMatch(/May I update your router's software now\?/);
    const first = await c.say('will we lose our settings? wifi password etc. my wife is on a call right now');
    expect(first).toMatch(/software update keeps your settings: the Wi-Fi name and password/);
    expect(first).toMatch(/it can wait/);
    const again = await c.say(
      'ok but you didnt answer, will the wifi password and settings stay the same after the update?',
    );
    expect(again).toMatch(/software update keeps your settings/);
    expect(again).toMatch(/nothing happens until you say so/);
    expect(again).not.toMatch(/No, a software update/);
    expect(await actions(c)).toEqual([]);
    await c.say('ok her call is over now, go ahead');
    expect((await actions(c)).join()).toMatch(/cpe_firmware_upgrade/);
  });

  it('sv: "försvinner inställningarna? sitter i ett möte", then "ok men är lösenordet kvar sen?"', async () => {
    const c = await chat('sv', faultWorld(['firmware_bug_drops']));
    await c.say('internet tappar flera gånger om dagen');
    await c.say('100482');
    await c.say('4711');
    const first = await c.say('försvinner våra inställningar? sitter i ett möte just nu');
    expect(first).toMatch(/programuppdatering behåller dina inställningar/);
    expect(first).toMatch(/det kan vänta/);
    const again = await c.say('ok men är wifi-lösenordet kvar sen?');
    expect(again).toMatch(/programuppdatering behåller dina inställningar/);
    expect(again).toMatch(/inget händer förrän du säger till/);
    expect(await actions(c)).toEqual([]);
    await c.say('mötet är slut, kör');
    expect((await actions(c)).join()).toMatch(/cpe_firmware_upgrade/);
  });
});

describe('after the close, whether the Wi-Fi password changed is answered from what the case did', () => {
  for (const [lang, q, said] of [
    [
      'en',
      'ok. and the settings? is the wifi password still the same?',
      /Wi-Fi password is the same as before/,
    ],
    [
      'sv',
      'och inställningarna då? är wifi-lösenordet samma som förut?',
      /wifi-lösenord är detsamma som förut/,
    ],
  ] as const)
    it(`${lang}: "${q}" — answered, no new case, no offer of a new password`, async () => {
      const c = await chat(lang, faultWorld(['firmware_bug_drops']));
      await c.say(
        lang === 'en'
          ? 'our internet drops out several times a day'
          : 'internet tappar flera gånger om dagen',
      );
      await c.say('100482');
      await c.say('4711');
      await c.say(c.yes);
      await c.say(c.yes);
      const r = await c.say(q);
      expect(r).toMatch(said);
      expect(r).not.toMatch(/new Wi-Fi password\?|nytt wifi-lösenord\?/);
      expect((await c.desk.tickets.list({})).items).toHaveLength(1);
    });
});
