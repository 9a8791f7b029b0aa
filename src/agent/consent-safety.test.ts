// Issue 14, session 11 fixer N (rp12b #8): "yeah. is that safe tho? my mom will kill me if we get hacked"
// at "May I forward port 3074 to …?" was read as a hacking report (new Wi-Fi password, security, then a
// person). A safety question at any permission gets that action's safety answer and the permission again;
// the "yeah" in front is no yes while the question is open; hacking named as a risk, or denied ("we're NOT
// hacked"), is no intruder.
import { describe, expect, it } from 'vitest';
import { voicesIntruderWorry } from '../runbooks/hack-talk.js';
import { fold } from '../triage/normalize.js';
import { asksIfSafe, safetyReading } from './consent-safety.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function actions(c: Awaited<ReturnType<typeof chat>>) {
  const [ticket] = (await c.desk.tickets.list({})).items;
  const timeline = await c.desk.tickets.timeline(ticket!.id);
  return timeline.filter((e) => e.type === 'action_done').map((e) => JSON.stringify(e));
}

describe('a safety question at a permission is answered for that action and the permission asked again', () => {
  const PORT = {
    en: {
      opening: 'getting strict NAT on my ps5 in cod, need to open ports. ip is 192.168.1.34',
      worry: 'yeah. is that safe tho? my mom will kill me if we get hacked',
      answer: /reachable from the internet on that one port — nothing else on your network/,
      again: /May I forward it to 192\.168\.1\.34/,
      denial: "we're NOT hacked, dont change the wifi password. yes do the port",
      noWorry: /security team|new Wi-Fi password/,
    },
    sv: {
      opening: 'strikt NAT på min ps5 i cod, behöver öppna port. ip är 192.168.1.34',
      worry: 'ja. men är det säkert? kan vi bli hackade av det?',
      answer: /går just den enheten att nå från internet, på just den porten – inget annat i ditt nätverk/,
      again: /Får jag vidarebefordra den till 192\.168\.1\.34/,
      denial: 'vi är INTE hackade, rör inte wifi-lösenordet. ja öppna porten',
      noWorry: /säkerhetsteam|nytt wifi-lösenord/,
    },
  } as const;
  for (const lang of ['en', 'sv'] as const)
    it(`${lang}: port forward — answered, asked again, nothing done until the yes, no security case`, async () => {
      const k = PORT[lang];
      const c = await chat(lang, faultWorld([]));
      await c.say(k.opening);
      await c.say('100482');
      const ask = await c.say('4711');
      expect(ask).toMatch(k.again);
      const r = await c.say(k.worry);
      expect(r).toMatch(k.answer);
      expect(r).toMatch(k.again);
      expect(r).not.toMatch(k.noWorry);
      expect(await actions(c)).toEqual([]);
      const done = await c.say(k.denial);
      expect(done).not.toMatch(k.noWorry);
      expect((await actions(c)).join()).toMatch(/port_forward_add/);
    });

  it('sv: a restart — "ja men är det säkert?" gets the restart answer, and the restart waits', async () => {
    const c = await chat('sv', faultWorld(['cpe_hung']));
    await c.say('internet funkar inte, sidorna laddar inte');
    await c.say('100482');
    const ask = await c.say('4711');
    expect(ask).toMatch(/starta om din router/);
    const r = await c.say('ja men är det säkert? kan nån hacka oss då?');
    expect(r).toMatch(/En omstart är samma sak som att stänga av och sätta på routern/);
    expect(r).toMatch(/starta om din router/);
    expect(await actions(c)).toEqual([]);
  });
});

describe('what counts as a safety question, and as an intruder', () => {
  const learn = (_f: object, text: string) => ({ securityWorry: voicesIntruderWorry(fold(text)) });
  it.each([
    ['consent.config_change', 'yeah. is that safe tho? my mom will kill me if we get hacked', true],
    ['consent.reboot', 'ok but could someone hack us through that?', true],
    ['consent.wifi_change', 'ja, men öppnar det inte för hackare?', true],
    ['consent.config_change', 'is that safe tho? like can ppl hack my console', true],
    ['consent.config_change', 'yes. is that safe? i think we have been hacked already', false],
    ['resolution.confirm', 'is that safe?', false],
  ])('%s: %s → %s', (askKey, text, safety) => {
    expect(asksIfSafe(askKey as never, text, learn)).toBe(safety);
  });
  it.each([
    ['sure, but could someone hack my pc through that port? my dad is paranoid about that stuff', 'question'],
    ['yeah. is that safe tho? my mom will kill me if we get hacked', 'question'],
    ['is it safe? ok do it anyway', 'answer'],
    ['är det farligt? kör ändå', 'answer'],
  ])('at a permission, %s → %s', (text, act) => {
    expect(safetyReading('consent.config_change', text, learn, { act: 'answer' }).act).toBe(act);
  });
  it.each([
    ["we're NOT hacked, dont change the wifi password", false],
    ['vi är inte hackade', false],
    ['nobody hacked us, i just asked', false],
    ['i think we have been hacked', true],
    ['har nån hackat oss?', true],
  ])('%s → worry %s', (text, worry) => {
    expect(voicesIntruderWorry(fold(text))).toBe(worry);
  });
});
