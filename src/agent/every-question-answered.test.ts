// Role-play round 16 (issue 14, F4): two questions, or a question and a demand, in one message — each
// is answered in turn, and a question asked again never gets the same canned sentence twice.
import { expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { salesTriage } from './testing/fake-triage.js';
import { openLimhamnOutage } from './testing/limhamn-outage.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

it.each([
  ['en', 'wait what does DNS even mean? and is it safe, like could someone have hacked it?'],
  ['en', 'whats dns?? is this safe? was i hacked?'],
  ['en', 'what is DNS exactly. is it safe to change, could someone have broken in?'],
  ['sv', 'vänta vad betyder dns ens? och är det säkert, kan nån ha hackat den?'],
  ['sv', 'vad är dns för nåt? är det säkert? har vi blivit hackade?'],
] as const)(
  '%s: at the DNS permission "%s" explains DNS, its safety and the break-in worry',
  async (lang: Language, q) => {
    const c = await chat(lang, faultWorld(['dns_misconfigured']));
    await c.say(`${c.pin}. ${lang === 'sv' ? 'vissa sidor laddar inte' : 'some websites wont open'}`);
    const out = await c.say(q);
    expect(out).toMatch(lang === 'sv' ? /adressbok/ : /address book/);
    expect(out).toMatch(lang === 'sv' ? /det är säkert/ : /it is safe/);
    expect(out).toMatch(lang === 'sv' ? /tyder på intrång/ : /points to a break-in/);
    expect(out).toMatch(lang === 'sv' ? /DNS-inställningar/ : /DNS settings/);
  },
);

it.each([
  ['en', 'ok but you didnt say if its safe. was i hacked or something??'],
  ['sv', 'men du sa inte om det är säkert. blev jag hackad??'],
] as const)('%s: "%s" asked again gets the safety and the break-in answer', async (lang: Language, q) => {
  const c = await chat(lang, faultWorld(['dns_misconfigured']));
  await c.say(`${c.pin}. ${lang === 'sv' ? 'vissa sidor laddar inte' : 'some websites wont open'}`);
  await c.say(lang === 'sv' ? 'vad betyder dns?' : 'what does DNS mean?');
  const out = await c.say(q);
  expect(out).toMatch(lang === 'sv' ? /det är säkert/ : /it is safe/);
  expect(out).toMatch(lang === 'sv' ? /tyder på intrång/ : /points to a break-in/);
});

it.each([
  [
    'sv',
    'ja med kabel funkar det men jag sitter ju mest i soffan med laptopen. hur vet jag om jag är på 5 ghz?',
    /Nätverksband/,
  ],
  [
    'sv',
    'med sladd går det fort men i soffan är det segt, hur ser jag vilket band jag är på?',
    /Nätverksband/,
  ],
  [
    'en',
    'on the cable yes but i mostly sit on the couch with the laptop. how do i know if im on 5 ghz?',
    /Network band|network band|Band/,
  ],
  [
    'en',
    'wired its fine, but on the sofa its slow. which band am i on, how can i tell?',
    /Network band|network band|Band/,
  ],
] as const)(
  '%s: at "does it work now?" "%s" answers the how-to beside the but',
  async (lang: Language, q, howTo) => {
    const c = await chat(lang, faultWorld(['speed_wifi_limited'], { canDo: ['step.wired_test'] }));
    await c.say(
      `${c.pin}. ${lang === 'sv' ? 'jag betalar för 500 men får bara 40' : 'i pay for 500 but only get 40'}`,
    );
    let out = '';
    for (let i = 0; i < 4 && !/Fungerar det nu|Does it work now/.test(out); i++)
      out = await c.say(lang === 'sv' ? 'klart' : 'done');
    const r = await c.send(q);
    const said = r.map((m) => m.text).join('\n');
    expect(said).toMatch(howTo);
  },
);

it.each([
  [
    'sv',
    'Jaha, det förklarar ju en del! Försvinner mina inställningar då, jag har ställt in en massa grejer för barnens spelkonsol. Och btw räkningen gick upp förra månaden, vet du varför?',
    /inställningar/,
    /räkningen tar jag upp/,
  ],
  [
    'sv',
    'blir inställningarna kvar? förresten, fakturan var högre än vanligt den här månaden, varför?',
    /inställningar/,
    /räkningen tar jag upp/,
  ],
  [
    'en',
    'will i lose my settings? btw my bill went up last month, do you know why?',
    /settings/,
    /question about the bill/,
  ],
] as const)(
  '%s: at the firmware permission "%s" says the bill is taken up after this',
  async (lang: Language, q, settings, later) => {
    const c = await chat(lang, faultWorld(['firmware_bug_drops']));
    await c.say(
      `${c.pin}. ${lang === 'sv' ? 'nätet tappar flera gånger om dagen' : 'the internet drops several times a day'}`,
    );
    const r = await c.send(q);
    const out = r.map((m) => m.text).join('\n');
    expect(out).toMatch(settings);
    expect(out).toMatch(later);
    expect(r.at(-1)?.askKey).toMatch(/^consent\./);
    expect(out.search(later)).toBeLessThan(out.search(/Får jag|May I/));
  },
);

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };

/** Karin's case for `world` run to its outcome (identity given, every permission yes), and a way to write after it. */
async function afterOutcome(
  lang: Language,
  world: ReturnType<typeof faultWorld>,
  opening: { sv: string; en: string },
  setup?: (desk: ReturnType<typeof memoryDesk>) => Promise<unknown>,
) {
  const desk = memoryDesk({ world, now: () => new Date('2026-11-25T10:00:00Z') });
  await setup?.(desk);
  const res = await converse(desk, {
    customer: KARIN,
    language: lang,
    opening: opening[lang],
    answers: {
      'identity.customer_number': '100482',
      'identity.pin': '4711',
      'consent.*': lang === 'sv' ? 'ja' : 'yes',
    },
  });
  const ask = async (q: string) =>
    (await desk.agent.handleMessage(res.ticketId, q)).map((x) => x.text).join('\n');
  const notes = async () =>
    (await desk.tickets.timeline(res.ticketId))
      .flatMap((e) => (e.type === 'note' ? [e.text] : []))
      .join('\n');
  return { desk, res, ask, notes };
}

async function outageCase(lang: Language) {
  const c = await afterOutcome(
    lang,
    faultWorld(['area_outage']),
    { sv: 'internet ligger nere sen lunch', en: 'internet has been down since lunch' },
    openLimhamnOutage,
  );
  expect(c.res.outcome).toBe('outage_informed');
  return c;
}

it.each([
  [
    'sv',
    '04:10 i natt?? ok.. får jag pengar tillbaka för tiden utan internet? och vad är det som har hänt egentligen, har nån grävt av en kabel?',
  ],
  ['sv', 'får vi ersättning för det här? vad har hänt, är det nån som grävt av kabeln??'],
  ['en', 'do i get money back for this? and what actually happened, did someone dig up a cable?'],
  ['en', 'what happened?? has someone cut the fibre? and can i get a refund for the day'],
] as const)('%s: during an outage "%s" answers the refund and what happened', async (lang: Language, q) => {
  const { desk, ask } = await outageCase(lang);
  const out = await ask(q);
  expect(out).toMatch(lang === 'sv' ? /fiberavbrott i Limhamn/ : /fibre cut in Limhamn/);
  expect(out).toMatch(lang === 'sv' ? /fakturaavdelning/ : /billing team/);
  expect(out).not.toMatch(/lagt till ditt meddelande|added your message/);
  expect((await desk.tickets.list({ queue: 'billing' })).items).toHaveLength(1);
});

it.each([
  [
    'sv',
    'ok. men vad är det som har hänt då, har nån grävt av en kabel eller?',
    'hallå? jag frågade vad som hänt',
  ],
  ['en', 'ok but what happened?', 'hello? i asked what happened'],
] as const)(
  '%s: "%s" then "%s" answer what happened, never the same canned line twice',
  async (lang: Language, q1, q2) => {
    const { ask } = await outageCase(lang);
    const a1 = await ask(q1);
    expect(a1).toMatch(lang === 'sv' ? /fiberavbrott i Limhamn/ : /fibre cut in Limhamn/);
    const a2 = await ask(q2);
    expect(a2).not.toBe(a1);
    expect(a2).toMatch(lang === 'sv' ? /fiberavbrott i Limhamn/ : /fibre cut in Limhamn/);
  },
);

it.each([
  [
    'en',
    'ok. how much would that be roughly, like a full day? and is there anything i can do meanwhile, can i use my phone as a hotspot or will that cost extra',
  ],
  ['en', 'how much money back roughly? and does the hotspot cost anything extra?'],
  ['sv', 'hur mycket blir det ungefär? och kostar det extra att använda mobilen som surfzon?'],
] as const)('%s: "%s" answers the amount and the hotspot cost, no restart', async (lang: Language, q) => {
  const { ask } = await outageCase(lang);
  await ask(lang === 'sv' ? 'får jag pengar tillbaka?' : 'do i get money back?');
  const out = await ask(q);
  expect(out).toMatch(lang === 'sv' ? /Beloppet bestämmer/ : /billing team decides the amount/);
  expect(out).toMatch(lang === 'sv' ? /mobilabonnemang/ : /mobile plan/);
  expect(out).not.toMatch(/restart will not help|omstart hjälper inte/);
});

it.each([
  [
    'en',
    'ok so 4 in the morning? do i have to restart the router when its back or does it come back by itself',
    /fixed by/,
    /restart will not help/,
  ],
  [
    'sv',
    '16:00?? måste jag starta om routern sen eller kommer den tillbaka av sig själv',
    /åtgärdat/,
    /omstart|starta om/,
  ],
] as const)(
  '%s: "%s" confirms the time and answers the restart',
  async (lang: Language, q, time, restart) => {
    const { ask } = await outageCase(lang);
    const out = await ask(q);
    expect(out).toMatch(time);
    expect(out).toMatch(restart);
  },
);

it('en: "fine. and the hotspot?" after a hotspot cost question is the hotspot cost, not a canned line', async () => {
  const { ask } = await outageCase('en');
  const out = await ask('fine. and the hotspot?');
  expect(out).toMatch(/mobile plan/);
});

it.each([
  [
    'sv',
    'hur lång tid tar det ungefär innan man har internet efter att man beställt?',
    'så du vet inte ens ungefär?',
    /ett par veckor/,
  ],
  [
    'sv',
    'hur lång tid tar det innan vi får fiber efter beställning?',
    'hallå? jag frågade hur lång tid det tar',
    /ett par veckor/,
  ],
  [
    'en',
    'how long does it take before we have internet after ordering?',
    'so you dont even know roughly?',
    /couple of weeks/,
  ],
] as const)(
  '%s: a would-be customer asking "%s" gets the usual time, and never the same line twice',
  async (lang: Language, q1, q2, weeks) => {
    const desk = memoryDesk({ triage: salesTriage() });
    const c = await desk.agent.startConversation({ channel: 'chat', language: lang });
    const opening =
      lang === 'sv'
        ? 'hej, jag är inte kund än, vi flyttar till vasagatan 12 och vill ha fiber'
        : "hi, i'm not a customer yet, we're moving to vasagatan 12 and want fibre";
    await desk.agent.handleMessage(c.ticketId, opening);
    const say = async (m: string) =>
      (await desk.agent.handleMessage(c.ticketId, m)).map((x) => x.text).join('\n');
    const a1 = await say(q1);
    expect(a1).toMatch(weeks);
    const a2 = await say(q2);
    const a3 = await say(q2);
    expect(a3).not.toBe(a2);
    expect(desk.tickets.tickets.size).toBe(1);
  },
);

async function billingCase(lang: Language) {
  const c = await afterOutcome(lang, faultWorld(['billing_suspended']), {
    sv: 'internet slutade funka i förrgår',
    en: 'internet stopped 2 days ago',
  });
  expect(c.res.queue).toBe('billing');
  return c;
}

it.each([
  ['en', 'what?? i paid that invoice last week! and im not paying for days with no internet either'],
  ['en', 'i already paid it. and i want money off for the days without internet'],
  ['sv', 'va?? jag betalade den förra veckan! och jag tänker inte betala för dagarna utan internet heller'],
] as const)(
  '%s: "%s" on the billing case notes the payment and the reduction wish',
  async (lang: Language, q) => {
    const { ask, notes, desk } = await billingCase(lang);
    const out = await ask(q);
    expect(out).toMatch(lang === 'sv' ? /redan har betalat|betalningen|betalat/ : /already paid|payment/);
    expect(out).toMatch(lang === 'sv' ? /avdrag|dagar/ : /reduction|days/);
    expect(await notes()).toMatch(/reduction for the days without service/);
    expect((await desk.tickets.list({ queue: 'billing' })).items).toHaveLength(1);
  },
);

it.each([
  ['en', 'will they call me or write here? my phone is 0701234567', /070-123 45 67/],
  ['sv', 'ringer de mig eller skriver de här? mitt nummer är 070-123 45 67', /070-123 45 67/],
] as const)(
  '%s: "%s" after the billing handoff notes the number for billing and says so',
  async (lang: Language, q, shown) => {
    const { ask, notes } = await billingCase(lang);
    const out = await ask(q);
    expect(out).toMatch(shown);
    expect(await notes()).toMatch(/\+46701234567|0701234567/);
  },
);

it.each([
  [
    'sv',
    'hmm ok. kan du se vad de extra 250 kronorna är för nåt? typ en avgift för routern eller?',
    /250 kr/,
  ],
  ['sv', 'vad är det för 250 kr extra på fakturan?', /250 kr/],
  ['en', 'can you see what the extra 250 kr is for? some router fee or what?', /250 kr/],
] as const)(
  '%s: "%s" about an invoice line is noted for billing, never the cost of troubleshooting',
  async (lang: Language, q, amount) => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const res = await converse(desk, {
      customer: KARIN,
      language: lang,
      authenticated: true,
      opening:
        lang === 'sv'
          ? 'min faktura är på 649 kr men jag betalar 399 i månaden. jag vill inte betala förrän det är rättat'
          : 'my invoice says 649 kr but my plan is 399 a month. i wont pay until its fixed',
    });
    expect(res.queue).toBe('billing');
    const out = (await desk.agent.handleMessage(res.ticketId, q)).map((x) => x.text).join('\n');
    expect(out).toMatch(amount);
    expect(out).not.toMatch(/felsökning och åtgärder|troubleshooting/i);
    const notes = (await desk.tickets.timeline(res.ticketId)).flatMap((e) =>
      e.type === 'note' ? [e.text] : [],
    );
    expect(notes.join('\n')).toMatch(/250/);
  },
);

it.each([
  ['en', '4. oh one more thing, the tv box has no picture either, is that on your side too?'],
  ['en', '5 - btw my tv has no signal now, is that you guys too?'],
  ['sv', '4. en sak till, tv-boxen har ingen bild heller, är det ert fel också?'],
] as const)('%s: "%s" after the close keeps the score and takes up the TV', async (lang: Language, q) => {
  const { res, ask, desk } = await afterOutcome(
    lang,
    faultWorld(['cable_unplugged'], { canDo: ['step.check_cables'] }),
    { sv: 'internet funkar inte sen jag städade bakom tvn', en: 'no internet since i cleaned behind the tv' },
  );
  expect(res.outcome).toBe('resolved');
  const out = await ask(q);
  expect(out).not.toMatch(/free of charge|kostnadsfri/);
  expect(out).toMatch(/TV|tv/);
  const csat = (await desk.tickets.timeline(res.ticketId)).filter((e) => e.type === 'csat');
  expect(csat).toHaveLength(1);
});

it.each([
  [
    'en',
    'so were we actually hacked or just a neighbour on the wifi? and should i change my email passwords too?',
  ],
  ['en', 'was it a real hacker or just the neighbours? should i change my other passwords as well'],
  [
    'sv',
    'blev vi hackade på riktigt eller var det bara grannen på wifit? och ska jag byta lösenord på mejlen också?',
  ],
] as const)(
  '%s: "%s" after the security handoff answers both, and opens no case',
  async (lang: Language, q) => {
    const { res, ask, desk } = await afterOutcome(lang, faultWorld([], { canDo: ['step.rejoin_wifi'] }), {
      sv: 'jag tror någon har hackat routern, det finns enheter jag inte känner igen',
      en: 'I think my router is hacked, there are devices I dont recognise',
    });
    expect(res.queue).toBe('security');
    const probes = desk.world.probeCalls.length;
    const out = await ask(q);
    expect(out).toMatch(lang === 'sv' ? /gamla wifi-lösenordet/ : /old Wi-Fi password/);
    expect(out).toMatch(lang === 'sv' ? /mejl|e-post|lösenord/ : /e-mail|email|passwords/);
    expect(desk.tickets.tickets.size).toBe(1);
    expect(desk.world.probeCalls.length).toBe(probes);
  },
);
