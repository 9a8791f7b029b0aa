// Issue 14, session 11 fixer S (rp13b #6, rp13c #5, rp13a #1): at "does it work now?" after a fix, a hedge or a
// question ("i guess? the internet light is still blinking green tho. should it be steady?", "vet inte, en
// lampa blinkar fortfarande. hur lång tid tar det innan den är igång?") is answered — the router starting up —
// and the question put again, never read as "still not working"; a correction that says it works ("nej vänta,
// nu laddar sidorna. behövs ingen tekniker") closes the fixed case instead of escalating it. Only a clear no
// goes on to a visit.
import { describe, expect, it } from 'vitest';
import type { FaultKind, StepKey } from '../domain/index.js';
import { confirmKind, saysConnectionWorks } from '../triage/confirm-kind.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CASES = {
  cpe_powered_off: {
    step: 'step.power_on',
    en: { opening: 'no internet at all and the router is completely dark, no lights' },
    sv: { opening: 'inget internet alls och routern är helt släckt, inga lampor' },
  },
  cable_unplugged: {
    step: 'step.check_cables',
    en: { opening: 'no internet since we cleaned behind the tv yesterday' },
    sv: { opening: 'inget internet sen vi städade bakom tvn igår' },
  },
} as const;

async function atConfirm(lang: 'en' | 'sv', fault: keyof typeof CASES) {
  const k = CASES[fault];
  const world = faultWorld([fault as FaultKind], { canDo: [k.step as StepKey] });
  const c = await chat(lang, world);
  await c.say(k[lang].opening);
  await c.say('100482');
  await c.say('4711');
  world.performStep(k.step as never);
  const r = await c.send(lang === 'sv' ? 'klart' : 'done');
  expect(r.at(-1)?.askKey).toBe('resolution.confirm');
  return c;
}

async function ticketOf(c: Awaited<ReturnType<typeof chat>>) {
  const [ticket] = (await c.desk.tickets.list({})).items;
  return { ticket: ticket!, timeline: await c.desk.tickets.timeline(ticket!.id) };
}

describe('the kinds of reply to "does it work now?"', () => {
  it.each([
    ['i guess? the internet light is still blinking green tho. should it be steady?', 'hedge_question', true],
    [
      'vet inte, en lampa blinkar fortfarande. hur lang tid tar det innan den ar igang?',
      'hedge_question',
      true,
    ],
    ['not sure tbh', 'hedge', false],
    ['what does the light mean?', 'question', false],
    ['no, still nothing', 'not_working', false],
    ['nej det funkar fortfarande inte', 'not_working', false],
    ['nej vänta, det funkar inte ändå', 'not_working', false],
    ['yes pages load now', 'works', false],
    ['wait what?? i didnt say it doesnt work. it loads fine. no technician pls', 'correction', false],
    ['va? nej vanta, nu laddar sidorna. behovs ingen tekniker', 'correction', false],
    ['wait what?? i didnt say go, my wife was on a call', 'correction', false],
  ])('%s → %s', (text, kind, startup) => {
    const r = confirmKind(text);
    expect(r?.kind).toBe(kind);
    expect(r?.startup).toBe(startup);
  });

  it('at the visit question, a time that "works" is not the connection working', () => {
    expect(saysConnectionWorks('tuesday afternoon works for me')).toBe(false);
    expect(saysConnectionWorks('mornings work best')).toBe(false);
    expect(
      saysConnectionWorks('oh wait sorry, the page just loaded. so it works now, no need for anyone to come'),
    ).toBe(true);
    expect(saysConnectionWorks('va? nej vanta, nu laddar sidorna. behovs ingen tekniker')).toBe(true);
  });

  it('a correction reads the words after "i didnt say" as not said: "it loads fine" is what works', () => {
    expect(confirmKind('i didnt say it doesnt work. it loads fine')?.works).toBe(true);
    expect(confirmKind('nej vänta, nu laddar sidorna')?.works).toBe(true);
    expect(confirmKind('i didnt say go')?.works).toBe(false);
  });
});

describe('a hedge with a question about the lights is answered, never "still not working"', () => {
  const REPLIES = {
    en: {
      cpe_powered_off: 'i guess? the internet light is still blinking green tho. should it be steady?',
      cable_unplugged: 'not sure, one light is still flashing. how long until its up?',
      startup: /blinks while it[^.]*stays steady/,
      again: /work now\?$/i,
    },
    sv: {
      cpe_powered_off: 'kanske? internetlampan blinkar fortfarande grönt. ska den lysa fast?',
      cable_unplugged: 'vet inte, en lampa blinkar fortfarande. hur lång tid tar det innan den är igång?',
      startup: /blinkar medan den[^.]*fast sken/,
      again: /Fungerar det nu\?$/,
    },
  } as const;
  for (const lang of ['en', 'sv'] as const)
    for (const fault of ['cpe_powered_off', 'cable_unplugged'] as const)
      it(`${lang} ${fault}: the start-up is explained, the question put again, then closed on the yes`, async () => {
        const c = await atConfirm(lang, fault);
        const r = await c.send(REPLIES[lang][fault]);
        const text = r.map((m) => m.text).join('\n');
        expect(text).toMatch(REPLIES[lang].startup);
        expect(text).toMatch(REPLIES[lang].again);
        expect(text).not.toMatch(/tekniker|technician|still isn|fortfarande inte fungerar|noted|noterat/i);
        expect(r.at(-1)?.askKey).toBe('resolution.confirm');
        await c.say(c.yes);
        const { ticket, timeline } = await ticketOf(c);
        expect(ticket.status).toBe('resolved');
        expect(timeline.some((e) => e.type === 'escalation')).toBe(false);
      });
});

describe('a hedge the parser reads as a no is not a no', () => {
  it('"hmm not sure, still figuring it out" twice: how to check, then closed as not confirmed — never escalated', async () => {
    const c = await atConfirm('en', 'cpe_powered_off');
    const first = await c.send('hmm not sure, still figuring it out');
    expect(first.at(-1)?.askKey).toBe('resolution.confirm');
    expect(first.map((m) => m.text).join(' ')).not.toMatch(/technician|still isn/i);
    await c.send('dunno, maybe not');
    const { ticket, timeline } = await ticketOf(c);
    expect(timeline.some((e) => e.type === 'escalation')).toBe(false);
    expect(ticket.status).toBe('resolved');
  });

  it('a clear "no, still nothing" still goes on to a visit', async () => {
    const c = await atConfirm('en', 'cpe_powered_off');
    const r = await c.send('no, still nothing');
    expect(r.at(-1)?.askKey).toBe('contact.availability');
  });
});

describe('a correction that says it works closes the fixed case', () => {
  it('sv: "nej" led to the visit question; "nej vänta, nu laddar sidorna. behövs ingen tekniker" closes it resolved', async () => {
    const c = await atConfirm('sv', 'cable_unplugged');
    const r = await c.send('nej');
    expect(r.at(-1)?.askKey).toBe('contact.availability');
    const after = await c.say('va? nej vänta, nu laddar sidorna. behövs ingen tekniker');
    expect(after).toMatch(/Då behövs ingen tekniker/);
    expect(after).not.toMatch(/fälttekniker|kontaktar dig/);
    const { ticket, timeline } = await ticketOf(c);
    expect(ticket.status).toBe('resolved');
    expect(timeline.some((e) => e.type === 'escalation')).toBe(false);
    expect(timeline.some((e) => e.type === 'note' && /visit question is withdrawn/.test(e.text))).toBe(true);
  });

  it('en: at "does it work now?" itself, "i didnt say it doesnt work. it loads fine" is a yes', async () => {
    const c = await atConfirm('en', 'cpe_powered_off');
    await c.say('wait what?? i didnt say it doesnt work. i just opened bbc.com and it loads fine');
    const { ticket } = await ticketOf(c);
    expect(ticket.status).toBe('resolved');
  });
});
