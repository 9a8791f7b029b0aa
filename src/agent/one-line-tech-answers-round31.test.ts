// Role-play round 31 (a#6, b#4, b#5, c#6): "could I just remove the splitter since we never use the phone?" got
// the splitter's definition again, "what do I do tomorrow, I have calls all day" got "nothing you need to do",
// "Grävde grannen något i går?" and "är det mitt modem eller era kablar?" were noted for a colleague, "a thin
// white cable … kinda squished behind my desk, could that be it? can i fix it myself" was read as Wi-Fi reach
// (and as the availability), and "till saturday does restarting help at all?" got a complaint's apology. A
// technician answers each in a line, from the findings, and asks the interrupted question again.
import { expect, it } from 'vitest';
import type { FaultKind, Language } from '../domain/index.js';
import { chat, handedOver } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CANNOT =
  /can’t answer|cannot answer|inte svara på|noted your question|noterat din fråga|kollega svarar|could not answer everything|kunde inte svara på allt/;

const customer = (access: 'fiber' | 'dsl' | 'cable') => ({
  customerNumber: '200227',
  name: 'Johan Johansson',
  pin: '6891',
  access,
});

const ACCESS: Partial<Record<FaultKind, 'fiber' | 'dsl' | 'cable'>> = {
  dsl_low_snr: 'dsl',
  docsis_power_out_of_range: 'cable',
};

async function atFirstAsk(lang: Language, fault: FaultKind, opening: string) {
  const c = await chat(
    lang,
    faultWorld([fault], { canDo: ['step.check_cables'] }),
    customer(ACCESS[fault] ?? 'fiber'),
  );
  const first = await c.send(`${c.pin}. ${opening}`);
  return { c, ask: first.at(-1)?.askKey ?? null };
}

const CASES = [
  [
    'en',
    'dsl_low_snr',
    'could I just remove the splitter since we never use the phone?',
    /plug the router straight into the phone jack/,
  ],
  [
    'sv',
    'dsl_low_snr',
    'kan vi inte bara ta bort filtret? vi har ingen telefon',
    /koppla routern direkt i telefonjacket/,
  ],
  [
    'en',
    'fiber_los',
    'Did the neighbour dig something up yesterday? There have been diggers in the street all week.',
    /digging is one of the most common reasons/,
  ],
  [
    'sv',
    'fiber_los',
    'Grävde grannen något i går? Det har varit grävmaskiner på gatan hela veckan.',
    /grävskador är en vanlig orsak/,
  ],
  [
    'en',
    'optical_power_low',
    'wait theres a thin white cable going from the wall to the box and its kinda squished behind my desk lol. could that be it? can i just fix it myself',
    /may well be the cause.*don’t pull it out/s,
  ],
  [
    'sv',
    'optical_power_low',
    'den tunna vita kabeln bakom skrivbordet är lite klämd. kan det vara det? kan jag fixa det själv',
    /kan mycket väl vara orsaken.*dra inte ur den/s,
  ],
  [
    'en',
    'optical_power_low',
    'till saturday does restarting the router help at all or is that pointless',
    /Not really — the signal in the fibre is too weak/,
  ],
  [
    'sv',
    'optical_power_low',
    'hjälper det att starta om routern under tiden?',
    /Inte egentligen – signalen i fibern är för svag/,
  ],
  [
    'sv',
    'docsis_power_out_of_range',
    'vad är det för fel egentligen, är det mitt modem eller era kablar?',
    /inte i ditt modem/,
  ],
  ['en', 'docsis_power_out_of_range', 'so is it my modem or your cables?', /not your modem/],
] as const;

it.each(CASES)(
  '%s %s: "%s" in the case is answered in a line and the question asked again',
  async (lang, fault, q, answer) => {
    const { c, ask } = await atFirstAsk(
      lang,
      fault,
      lang === 'sv' ? 'internet strular hela tiden' : 'my internet keeps dropping',
    );
    expect(ask).not.toBeNull();
    const replies = await c.send(q);
    const out = replies.map((m) => m.text).join('\n');
    expect(out).toMatch(answer);
    expect(out).not.toMatch(CANNOT);
    expect(out).not.toMatch(
      /mesh|Wi-Fi signal just does not reach|definition|A splitter \(or filter\) is a small box/,
    );
    expect(replies.at(-1)?.askKey).toBe(ask);
    expect((await c.cases()).first?.status).not.toBe('escalated');
  },
);

it.each(CASES)(
  '%s %s: "%s" after the handoff is answered in a line, never deferred',
  async (lang, fault, q, answer) => {
    const { c } = await atFirstAsk(
      lang,
      fault,
      lang === 'sv' ? 'internet strular hela tiden' : 'my internet keeps dropping',
    );
    await handedOver(c, c.yes === 'ja' ? 'klart' : 'done');
    const out = await c.say(q);
    expect(out).toMatch(answer);
    expect(out).not.toMatch(CANNOT);
  },
);

it.each([
  ['en', 'ok. and what do I do tomorrow, I have calls all day', /hotspot ready/],
  ['sv', 'vad gör jag i morgon då, jag har möten hela dagen', /surfzon \(hotspot\) redo/],
] as const)('%s: "%s" after the handoff: keep the phone’s hotspot ready', async (lang, q, answer) => {
  const { c } = await atFirstAsk(
    lang,
    'dsl_low_snr',
    lang === 'sv' ? 'internet strular hela tiden' : 'my internet keeps dropping',
  );
  await handedOver(c, c.yes === 'ja' ? 'klart' : 'done');
  const out = await c.say(q);
  expect(out).toMatch(answer);
  expect(out).not.toMatch(/nothing you need to do|inget du behöver göra/);
});
