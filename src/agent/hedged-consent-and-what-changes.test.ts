// A hedged yes that runs on into a question is no consent; what a change does to the devices' name and key
// is told per action; "vet inte … hur länge tar det?" after a power-on is a wait, not a visit; times given
// after an earlier "no visit yet" book the visit.
import { describe, expect, it } from 'vitest';
import type { IspPorts } from '../isp/ports.js';
import { wantsNoVisitWords } from './visit-declined.js';
import { chat, portalChat } from './testing/chat.js';
import { converseIn as converse } from './testing/converse.js';
import { faultWorld } from './testing/memory-desk.js';

const WINDOW = { start: '2026-12-07T16:00:00.000Z', end: '2026-12-07T19:00:00.000Z' };

const SV = 'kan ni byta admin lösenordet på min router? det är som från fabrik. 200115 pin 4711';
const EN = 'can you change the admin password on my router? its still the factory one. 200115 pin 4711';

describe('a hedged yes with a question at the admin-password permission changes nothing', () => {
  it.each([
    ['sv', SV, 'ja kanske, men hur får jag veta det nya lösenordet då? och påverkar det wifi?'],
    ['sv', SV, 'jo kanske, hur får jag veta det nya lösenordet?'],
    ['en', EN, 'yes maybe, but how do i find out the new password? does it affect the wifi?'],
    ['en', EN, 'ok i guess, but will it affect the wifi?'],
    ['en', EN, 'yes, maybe. does it change my wifi password?'],
    ['sv', SV, 'ja, kanske. påverkar det wifi?'],
  ] as const)('%s: "%s"', async (language, first, text) => {
    const { world, last } = await converse(['default_admin_password'], language, [first, text]);
    expect(world.calls).toEqual([]);
    expect(last).toMatch(/\?\s*$/);
  });
});

describe('what turning the Wi-Fi on or changing its channel does to the name, the key and the devices', () => {
  const RADIO = 'vårt wifi syns inte längre, varken på mobilen eller ipaden. 200115 pin 4711';
  const CHANNEL = 'wifit är jättesegt på kvällarna, typ omöjligt att kolla netflix efter 8. 200115 pin 4711';

  it('sv: "är det säkert, blir lösenordet samma?" at the radio permission: same name and key; pushed, said plainer', async () => {
    const { world, replies } = await converse(['wifi_radio_disabled'], 'sv', [
      RADIO,
      'avstängt?? jag har inte rört nåt. är det säkert, blir lösenordet samma?',
      'nya uppgifter?? blir det ett nytt lösenord då? jag vill ha samma',
    ]);
    expect(world.calls).toEqual([]);
    const [, first, second] = replies;
    expect(first).toMatch(/samma namn och samma lösenord/);
    expect(first).not.toMatch(/nya uppgifter/);
    expect(second).toMatch(/Inget nytt lösenord/);
    expect(second).toMatch(/slå på/);
  });

  it('en: "is it safe, will the password stay the same?" at the radio permission', async () => {
    const { world, last } = await converse(['wifi_radio_disabled'], 'en', [
      'our wifi has disappeared, not on the phone or the ipad. 200115 pin 4711',
      'is it safe? will the password stay the same?',
    ]);
    expect(world.calls).toEqual([]);
    expect(last).toMatch(/same name and the same password/);
    expect(last).not.toMatch(/new details/);
  });

  it.each([
    [
      'sv',
      CHANNEL,
      'måste jag ändra nåt på tvn sen då?',
      /desamma|samma namn/,
      /nytt lösenord eller nätverksnamn/,
    ],
    [
      'en',
      'wifi is super slow in the evenings, netflix buffers after 8. 200115 pin 4711',
      'do i have to change anything on the tv after?',
      /stay the same|same name/,
      /new password or network name/,
    ],
  ] as const)(
    '%s: "%s" at the channel permission: nothing to change, same name and key',
    async (language, first, text, good, bad) => {
      const { world, last } = await converse(['wifi_channel_congestion'], language, [first, text]);
      expect(world.calls).toEqual([]);
      expect(last).toMatch(good);
      expect(last).not.toMatch(bad);
    },
  );
});

describe('"vet inte … hur länge tar det?" after the power-on step is a wait, not a visit', () => {
  it.each([
    [
      'sv',
      'inget internet och inga lampor lyser på routern',
      'vet inte, datorn säger fortfarande ingen anslutning. hur länge tar det?',
      /en minut eller två/,
      /Fungerar det nu\?$/,
    ],
    [
      'en',
      'no internet and no lights on the router',
      'not sure, the laptop still says no connection. how long does it take?',
      /a minute or two/,
      /work now\?$/i,
    ],
  ] as const)('%s: "%s"', async (language, opening, text, wait, again) => {
    const world = faultWorld(['cpe_powered_off'], { canDo: ['step.power_on'] });
    const c = await chat(language, world);
    await c.say(opening);
    await c.say('100482');
    await c.say('4711');
    world.performStep('step.power_on');
    const r = await c.send(language === 'sv' ? 'klart' : 'done');
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    const said = (await c.send(text)).map((m) => m.text).join('\n');
    expect(said).toMatch(wait);
    expect(said).not.toMatch(/tekniker|technician|Tråkigt|still isn|fortfarande inte fungerar/i);
    expect(said).toMatch(again);
  });
});

describe('times given after an earlier "not yet" book the visit', () => {
  it.each([
    ['hur länge tar det innan nån kommer?', false],
    ['ok då. vardagar efter 17, eller lördag förmiddag. hur länge tar det innan nån kommer?', false],
    ['when will someone come?', false],
    ['how long before anyone comes out?', false],
    ['jag vill inte att nån kommer hem till mig', true],
    ['i dont want anyone coming here', true],
    ['nobody should come here', true],
  ] as const)('"%s" declines a visit: %s', (text, declines) => {
    expect(wantsNoVisitWords(text)).toBe(declines);
  });

  it('sv: the times after "nej vänta, skicka ingen tekniker än" book the visit', async () => {
    const requests: unknown[] = [];
    const isp = {
      fieldService: {
        // A field service that confirms the first window asked for (a fixed date would fall in the past).
        book: async (r: { preferredWindows?: { start: string; end: string }[] }) => {
          requests.push(r);
          return { status: 'confirmed', bookingId: 'FS-1', window: r.preferredWindows?.[0] ?? WINDOW };
        },
      },
    } as unknown as IspPorts;
    const { say } = await portalChat(
      'sv',
      faultWorld(['fiber_los'], { canDo: ['step.check_cables'] }),
      { customerNumber: '200115', name: 'Priya Shah', pin: '4711', area: 'SE-MMO-LIMHAMN' },
      { isp },
    );
    await say('hej det lyser en röd lampa på fiberboxen, LOS tror jag det står. inget internet');
    await say('nej vänta, skicka ingen tekniker än. kostar det nåt? jag kan kolla sladden själv först');
    await say('klart, den satt i. lampan lyser fortfarande rött');
    const last = await say(
      'ok då. vardagar efter 17, eller lördag förmiddag. hur länge tar det innan nån kommer?',
    );
    expect(last).not.toMatch(/inget besök/);
    expect(requests).toHaveLength(1);
  });
});
