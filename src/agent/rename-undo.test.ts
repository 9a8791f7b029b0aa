// Issue 14 (s10 I, un11-wifi-rename-en-1): a customer who cannot reconnect their devices after a Wi-Fi
// rename was told "connect when you can" and the case closed with every device offline. Now they are
// told plainly that the devices stay offline until they join the new name, and the old name is offered
// back (the same wifi_ssid_change, with the name recorded when renaming); "no" keeps the new name and the
// summary says the devices must join it. A new Wi-Fi key is never offered back.
import { describe, expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CASES = {
  en: {
    opening: 'can you change the name of my wifi',
    name: 'Evans Home',
    cannot: "I can't do that right now, sorry",
    offline: /devices stay offline until each one joins “Evans Home”/,
    offer: /put the old name “Frontline-4711” back/,
    undone: /called “Frontline-4711” again/,
    kept: /“Evans Home” stays/,
    summaryKept: /new Wi-Fi network name kept – your devices stay offline until each one joins the new name/,
  },
  sv: {
    opening: 'kan ni byta namn på mitt wifi',
    name: 'Lindqvist',
    cannot: 'det kan jag inte just nu',
    offline: /enheter offline tills var och en har anslutit till ”Lindqvist”/,
    offer: /sätta tillbaka det gamla namnet ”Frontline-4711”/,
    undone: /heter ”Frontline-4711” igen/,
    kept: /behåller vi ”Lindqvist”/,
    summaryKept: /det nya wifi-namnet behållet – dina enheter är offline tills var och en har anslutit/,
  },
} as const;

async function renamedButCannotRejoin(lang: 'en' | 'sv') {
  const c = CASES[lang];
  const world = faultWorld([], { canDo: [] });
  const run = await chat(lang, world);
  await run.say(`${run.pin}. ${c.opening}`);
  await run.say(c.name);
  await run.say(run.yes);
  const out = await run.say(c.cannot);
  return { ...run, world, out, c };
}

describe('a rename the customer cannot reconnect to now', () => {
  it.each(['en', 'sv'] as const)(
    '%s: told the devices stay offline, the old name offered back',
    async (lang) => {
      const { out, c, desk } = await renamedButCannotRejoin(lang);
      expect(out).toMatch(c.offline);
      expect(out).toMatch(c.offer);
      expect(out).not.toMatch(/when you can|när du kan/);
      const [ticket] = (await desk.tickets.list({})).items;
      expect(ticket?.status).not.toBe('resolved');
    },
  );

  it.each(['en', 'sv'] as const)('%s: yes puts the old name back through wifi_ssid_change', async (lang) => {
    const { say, yes, world, c } = await renamedButCannotRejoin(lang);
    const out = await say(yes);
    expect(out).toMatch(c.undone);
    const renames = world.calls.filter((x) => x.action === 'wifi_ssid_change' && x.result === 'done');
    expect(renames.map((x) => x.args?.ssid)).toEqual([c.name, 'Frontline-4711']);
    expect(world.ssid).toBe('Frontline-4711');
  });

  it.each([
    ['en', 'did the name change work?', /^No — as we agreed, I put the old name back/],
    ['sv', 'och namnbytet då?', /^Nej – som vi kom överens om satte jag tillbaka det gamla namnet/],
  ] as const)(
    '%s: after the old name is back, "did the rename work?" says so',
    async (lang, question, answer) => {
      const { say, yes } = await renamedButCannotRejoin(lang);
      await say(yes);
      expect(await say(question)).toMatch(answer);
    },
  );

  it.each(['en', 'sv'] as const)(
    '%s: no keeps the new name; the summary says the devices must join it',
    async (lang) => {
      const { say, world, c } = await renamedButCannotRejoin(lang);
      const out = await say(lang === 'sv' ? 'nej, behåll det nya' : 'no, keep the new name');
      expect(out).toMatch(c.kept);
      expect(out).toMatch(c.summaryKept);
      expect(world.ssid).toBe(c.name);
      expect(world.calls.filter((x) => x.action === 'wifi_ssid_change')).toHaveLength(1);
    },
  );
});

describe('a new Wi-Fi key the customer cannot reconnect to now', () => {
  it('is told plainly that devices stay offline; the old key is never offered back', async () => {
    const world = faultWorld(['wifi_password_forgotten'], { canDo: [] });
    const { say, pin, yes } = await chat('en', world);
    await say(`${pin}. i forgot my wifi password, can you set a new one`);
    await say(yes);
    const out = await say("I can't do that right now");
    expect(out).toMatch(/devices stay offline until each one has the new password/);
    expect(out).not.toMatch(/old (name|password|key).*back/);
  });
});
