// Issue 14, round 17 (P2): "it works, but …" at "does it work now?" for the Wi-Fi faults is never "still broken".
// Good close to the router or on the cable and poor in a far room is coverage (advice, resolved); "is it the
// Wi-Fi then?" is answered yes; an improvement ("seems faster", "lite bättre") asks once whether it is good
// enough; a remark about the desk ("you still didnt answer about wifi 6") is no "still not working".
import { describe, expect, it } from 'vitest';
import type { FaultKind, Language, StepKey } from '../domain/index.js';
import { parseAnswer } from '../triage/answers.js';
import { confirmKind } from '../triage/confirm-kind.js';
import { topicsOf } from '../triage/topics-of.js';
import { coverageReading } from './wifi-limited.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const OPENING: Partial<Record<FaultKind, Record<Language, string>>> = {
  speed_wifi_limited: {
    en: 'hi so i pay for 500 mbit but speedtest says like 40',
    sv: 'jag betalar för 500 mbit men får typ 40 på bredbandskollen',
  },
  wifi_weak_signal: {
    en: 'the wifi in my bedroom is terrible, one bar',
    sv: 'hej, wifi:t är sjukt dåligt i sovrummet, typ en streck',
  },
  wifi_channel_congestion: {
    en: 'my wifi gets super slow in the evenings, netflix buffering',
    sv: 'wifit blir jättesegt på kvällarna, netflix laddar hela tiden',
  },
};
const STEP: Partial<Record<FaultKind, StepKey>> = {
  speed_wifi_limited: 'step.wired_test',
  wifi_weak_signal: 'step.move_closer',
};

/** A verified chat on `fault`, taken to "does it work now?" (steps done, permissions given). */
async function atConfirm(fault: FaultKind, lang: Language) {
  const step = STEP[fault];
  const c = await chat(lang, faultWorld([fault], { canDo: step ? [step] : [] }));
  let r = await c.send(`${OPENING[fault]![lang]} ${c.pin}`);
  for (let i = 0; i < 5 && r.at(-1)?.askKey !== 'resolution.confirm'; i++) {
    const k = r.at(-1)?.askKey ?? '';
    if (k.startsWith('step.')) c.desk.world.performStep(k as StepKey);
    const done = lang === 'sv' ? 'Klart, jag har gjort det nu.' : 'Done, I have done that now.';
    r = await c.send(k.startsWith('step.') ? done : k === 'wifi.location' ? 'bedroom' : c.yes);
  }
  expect(r.at(-1)?.askKey).toBe('resolution.confirm');
  const outcome = async () => {
    const tl = await c.desk.tickets.timeline(c.ticketId);
    return tl.flatMap((e) => (e.type === 'resolution' ? [e.disposition] : []));
  };
  return { ...c, outcome };
}

describe('good close by, poor further away: coverage advice, resolved (never tier2)', () => {
  it.each<[FaultKind, Language, string]>([
    [
      'speed_wifi_limited',
      'en',
      'ok next to the router my phone says 5 ghz and 310 mbit. in the living room its probably still slow though. so kinda?',
    ],
    ['speed_wifi_limited', 'en', 'kinda? 5ghz near the router gives 300ish, bedroom not so much'],
    ['speed_wifi_limited', 'sv', 'typ. 470 med kabel men i vardagsrummet är det fortfarande segt'],
    ['speed_wifi_limited', 'sv', 'lite bättre. vid routern får jag 300 på mobilen men i sovrummet typ 50'],
    ['wifi_weak_signal', 'sv', 'nej?? inte i sovrummet, det är ju det jag säger. där är det fortf en streck'],
    ['wifi_weak_signal', 'en', 'no, still one bar in the bedroom. next to the router its fine obviously'],
    ['wifi_weak_signal', 'en', 'nope not in the bedroom'],
    ['wifi_weak_signal', 'en', 'kinda, its better in the hallway but the bedroom still sucks'],
    ['wifi_weak_signal', 'sv', 'typ? i hallen är det bra men i sovrummet e det lika kasst'],
  ])('%s (%s): "%s"', async (fault, lang, text) => {
    const c = await atConfirm(fault, lang);
    const out = await c.say(text);
    expect(out).toMatch(lang === 'en' ? /mesh/i : /mesh/i);
    expect(out).not.toMatch(/second-line|andralinje|still isn't working|fortfarande inte fungerar/i);
    expect(await c.outcome()).toEqual(['resolved.unconfirmed']);
  });

  it('the scenario: a band question first, then "…310 mbit. in the living room its probably still slow though. so kinda?"', async () => {
    const c = await atConfirm('speed_wifi_limited', 'en');
    await c.asks(
      'well on the cable yes. on my phone i dont know, how do i even see if im on the 5 ghz one?',
      'resolution.confirm',
    );
    const out = await c.say(
      'ok next to the router my phone says 5 ghz and 310 mbit. in the living room its probably still slow though. so kinda?',
    );
    expect(out).not.toMatch(/second-line|still isn't working|To check: on a Mac/);
    expect(await c.outcome()).toEqual(['resolved.unconfirmed']);
  });
});

describe('"so it is the Wi-Fi then?" after a good cable test: answered yes, with the advice', () => {
  it.each<[Language, string]>([
    ['en', 'ok i found the cable and plugged in the laptop. speedtest says 480 now. so its the wifi then?'],
    ['en', 'cable gave 470. so its the wifi?'],
    ['sv', 'så det är wifit alltså? kabeln gav 480'],
  ])('%s: "%s"', async (lang, text) => {
    const c = await atConfirm('speed_wifi_limited', lang);
    const out = await c.say(text);
    expect(out).toMatch(
      lang === 'en' ? /Yes — your line gives you full speed/ : /Ja – din linje ger full hastighet/,
    );
    expect(await c.outcome()).toEqual(['resolved.unconfirmed']);
  });
});

describe('an improvement is never a no', () => {
  it('"yes seems faster now. you still didnt answer about wifi 6 tho": resolved, and Wi-Fi 6 answered', async () => {
    const c = await atConfirm('wifi_channel_congestion', 'en');
    const out = await c.say('yes seems faster now. you still didnt answer about wifi 6 tho');
    expect(out).toMatch(/Wi-Fi 6/);
    expect(out).not.toMatch(/second-line|still isn't working/);
    expect(await c.outcome()).toEqual(['resolved.remote_fix']);
  });

  it.each<[Language, string, string]>([
    ['en', 'seems a bit better. does the router do wifi 6 btw?', 'yeah its fine now'],
    ['en', 'kinda faster yeah', 'yes good enough'],
    ['sv', 'lite bättre faktiskt. typ', 'ja det räcker'],
    ['sv', 'verkar snabbare nu. men klarar routern wifi 6?', 'ja det funkar'],
  ])('%s: "%s" asks once whether it is good enough; "%s" closes it', async (lang, text, then) => {
    const c = await atConfirm('wifi_channel_congestion', lang);
    const r = await c.asks(text, 'resolution.confirm');
    const said = r.map((m) => m.text).join('\n');
    expect(said).toMatch(lang === 'en' ? /good enough now/ : /Räcker det nu/);
    if (/wifi 6/.test(text)) expect(said).toMatch(/Wi-Fi 6/);
    expect(await c.outcome()).toEqual([]);
    await c.send(then);
    expect(await c.outcome()).toEqual(['resolved.remote_fix']);
  });

  it('an improvement told again is the answer (resolved, never tier2)', async () => {
    const c = await atConfirm('wifi_channel_congestion', 'en');
    await c.asks('kinda faster yeah', 'resolution.confirm');
    const out = await c.say('its better than before i guess');
    expect(out).not.toMatch(/second-line/);
    expect((await c.outcome())[0]).toMatch(/^resolved/);
  });
});

it('after a coverage close, "skickar ni en mesh eller?" is answered as a sales question', async () => {
  const c = await atConfirm('wifi_weak_signal', 'sv');
  await c.say('nej?? inte i sovrummet, det är ju det jag säger. där är det fortf en streck');
  const out = await c.say('skickar ni en mesh eller?');
  expect(out).toMatch(/säljavdelning/);
  expect(await c.outcome()).toEqual(['resolved.unconfirmed']);
});

it('coverage reading: close by good, far away poor; "even next to the router" is no coverage', () => {
  expect(coverageReading('vid routern ja men inte i sovrummet')).toMatchObject({
    nearGood: true,
    farBad: true,
  });
  expect(coverageReading('nope not in the bedroom').farBad).toBe(true);
  expect(coverageReading('even next to the router its slow')).toMatchObject({
    nearGood: false,
    farBad: false,
  });
  expect(coverageReading('no its still slow everywhere')).toMatchObject({ nearGood: false, farBad: false });
  expect(coverageReading('is there anything else i can do?').farBad).toBe(false);
});

describe('triage: improvement and desk remarks at "does it work now?"', () => {
  it.each([
    ['seems a bit better. does the router do wifi 6 btw?', 'better'],
    ['kinda faster yeah', 'better'],
    ['lite bättre faktiskt. typ', 'better'],
    ['better i think, but still a bit slow in the kids room', undefined],
    ['not any better', undefined],
    ['inte snabbare alls', undefined],
  ])('"%s" is %s', (text, kind) => {
    expect(confirmKind(text)?.kind).toBe(kind);
  });

  it.each([
    ['yes seems faster now. you still didnt answer about wifi 6 tho', 'yes'],
    ['ja verkar snabbare nu. du svarade fortfarande inte om wifi 6', 'yes'],
    ['no its still slow, you didnt even answer', 'no'],
    ['not any better', 'no'],
  ])('"%s" parses as %s', (text, kind) => {
    expect(parseAnswer('resolution.confirm', text).kind).toBe(kind);
  });

  it('Wi-Fi generations are a topic of their own; the 5 GHz band is not', () => {
    expect(topicsOf('does the router support wifi 6? thinking of buying a new laptop')).toContain(
      'wifi_standard',
    );
    expect(topicsOf('klarar routern wifi 6?')).toContain('wifi_standard');
    expect(topicsOf('on wifi 5 ghz its fast')).not.toContain('wifi_standard');
    expect(topicsOf('skickar ni en mesh eller?')).toContain('buy_equipment');
  });
});
