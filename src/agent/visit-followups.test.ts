// Issue 14, fixer b of session 9: a booked visit asked about, moved and put back; a preference that
// cannot be met; a visit wanted after it was declined; urgency and a refund after a handoff.
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../domain/index.js';
import { slotBookingIsp, weekdaySlots } from './testing/field-slots.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
// Saturday 5 December 2026 in Stockholm; the field team's slots are weekdays 08–12, 12–16, 17–20.
const NOW = () => new Date('2026-12-05T07:30:00Z');
const SLOTS = weekdaySlots(['07', '08', '09', '10', '11']);
const NO_MORNINGS = SLOTS.filter((s) => !s.start.endsWith('T07:00:00.000Z'));
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const fieldIsp = (slots = SLOTS) => slotBookingIsp(slots);

async function handedOver(
  fault: FaultKind,
  language: 'sv' | 'en',
  availability: string | null,
  opts: { slots?: typeof SLOTS; opening?: string } = {},
) {
  const desk = memoryDesk({ world: faultWorld([fault]), isp: fieldIsp(opts.slots), now: NOW });
  const res = await converse(desk, {
    customer: KARIN,
    language,
    opening:
      opts.opening ?? (language === 'en' ? 'internet is down completely' : 'internet ligger nere helt'),
    answers: {
      'identity.customer_number': '100482',
      'identity.pin': '4711',
      'consent.*': language === 'sv' ? 'ja' : 'yes',
      ...(availability ? { 'contact.availability': availability } : {}),
    },
  });
  const say = async (text: string) => words(await desk.agent.handleMessage(res.ticketId, text));
  return { desk, res, id: res.ticketId, said: words(res.lastReplies), say };
}

describe('questions about a booked visit are answered from the booking', () => {
  it('"how long until the technician comes? and do i need to be home" → the booked time and an adult at home, once', async () => {
    const v = await handedOver('fiber_los', 'en', 'weekdays after 5pm, or saturday morning. not monday');
    expect(v.said).toMatch(/Tuesday 8 December 17:00–20:00/);
    const r = await v.say('how long until the technician comes? and do i need to be home');
    expect(r).toMatch(/booked for Tuesday 8 December 17:00–20:00/);
    expect(r).toMatch(/18 or over/);
    expect(r).not.toMatch(/within 4 hours|agree on a time/);
    const d = await v.say('how long does the visit take?');
    expect(d).toMatch(/about an hour/);
    expect(d).not.toMatch(/within 4 hours/);
  });

  it('"måste jag vara hemma? hur lång tid tar besöket?" in Swedish', async () => {
    const v = await handedOver('fiber_los', 'sv', 'vardagar efter 17, inte måndag');
    const r = await v.say('maste jag vara hemma nar han kommer? och hur lang tid tar besoket');
    expect(r).toMatch(/18 år/);
    expect(r).toMatch(/ungefär en timme/);
    expect(r).not.toMatch(/inom 4 timmar|komma överens/);
    const when = await v.say('hur länge dröjer det innan teknikern kommer?');
    expect(when).toMatch(/bokat tisdag 8 december 17:00–20:00/);
  });
});

describe('a visit moved and put back', () => {
  it('"no!! put it back to tuesday the 8th" books the earlier window, not the morning', async () => {
    const v = await handedOver('fiber_los', 'en', 'weekdays after 5pm, or saturday morning. not monday');
    const confirm = await v.say('wait you already booked tuesday 17-20 right? so is that the time or not');
    expect(confirm).toMatch(/booked for Tuesday 8 December 17:00–20:00/);
    expect(confirm).not.toMatch(/moved/);
    const moved = await v.say('actually tuesday doesnt work, can you move it to another day');
    expect(moved).toMatch(/moved the visit to Wednesday 9 December 17:00–20:00/);
    const back = await v.say('no!! i didnt ask to move it. put it back to tuesday the 8th');
    expect(back).toMatch(/Tuesday 8 December 17:00–20:00/);
    expect(back).not.toMatch(/08:00–12:00/);
  });

  it('"nej, flytta tillbaka till den gamla tiden" in Swedish', async () => {
    const v = await handedOver('fiber_los', 'sv', 'vardagar efter 17, inte måndag');
    expect(v.said).toMatch(/tisdag 8 december 17:00–20:00/);
    expect(await v.say('tisdag passar inte ändå, kan du flytta det till en annan dag')).toMatch(
      /onsdag 9 december 17:00–20:00/,
    );
    const back = await v.say('nej förlåt, flytta tillbaka till den gamla tiden');
    expect(back).toMatch(/tillbaka på tisdag 8 december 17:00–20:00/);
  });
});

describe('a preference that cannot be met', () => {
  it('"vardagar, helst förmiddag, inte fredag" without a free morning says so; "ok måndag 12 då. hur länge tar det?" keeps it and answers', async () => {
    const v = await handedOver(
      'fiber_los',
      'sv',
      'jag jobbar hemifrån så vardagar funkar, helst förmiddag. inte fredag',
      { slots: NO_MORNINGS },
    );
    expect(v.said).toMatch(/ingen ledig besökstid de tider du angav/);
    expect(v.said).toMatch(/måndag 7 december 12:00–16:00/);
    const ok = await v.say('ok måndag 12 då. hur länge tar det?');
    expect(ok).not.toMatch(/flyttat/);
    expect(ok).toMatch(/måndag 7 december 12:00–16:00/);
    expect(ok).toMatch(/ungefär en timme/);
  });

  it('"i work from home so weekdays are fine, mornings preferably" books a morning when there is one', async () => {
    const v = await handedOver(
      'fiber_los',
      'en',
      'i work from home so weekdays are fine, mornings preferably',
    );
    expect(v.said).toMatch(/Monday 7 December 08:00–12:00/);
    expect(v.said).not.toMatch(/no free visit/);
  });
});

describe('"after lunch" with a hedge', () => {
  it.each([
    ['en', 'hmm maybe thursday? im not sure, probably after lunch', /Thursday 10 December 12:00–16:00/],
    ['sv', 'torsdag kanske? vet inte riktigt, efter lunch typ', /torsdag 10 december 12:00–16:00/],
  ] as const)('%s: %s', async (language, availability, expected) => {
    const v = await handedOver('optical_power_low', language, availability);
    expect(v.said).toMatch(expected);
  });
});

describe('a visit wanted after it was declined', () => {
  it('sv: the cable is guided, then "ok skicka tekniker då, torsdag förmiddag funkar" books Thursday morning', async () => {
    const v = await handedOver(
      'fiber_los',
      'sv',
      'nej vänta, skicka ingen tekniker än. kan det inte vara sladden? jag kan kolla den forst',
    );
    expect(v.said).toMatch(/fiberkabeln/);
    expect(v.said).not.toMatch(/har bokat/);
    const r = await v.say(
      'ok jag kollade sladden nu, den sitter i. lampan lyser fortfarande rött. ok skicka tekniker då, torsdag förmiddag funkar',
    );
    expect(r).toMatch(/torsdag 10 december 08:00–12:00/);
    expect(r).not.toMatch(/lagt till ditt meddelande/);
    const when = await v.say('så kommer nån på torsdag eller?');
    expect(when).toMatch(/bokat torsdag 10 december 08:00–12:00/);
  });

  it('en: "checked it, still red. fine, send someone then, friday afternoon works" books Friday afternoon', async () => {
    const v = await handedOver(
      'fiber_los',
      'en',
      "no wait, don't send a technician yet. could it be the cable? i can check it first",
    );
    const r = await v.say(
      'checked the cable, its in properly, light still red. fine, send someone then, friday afternoon works',
    );
    expect(r).toMatch(/Friday 11 December 12:00–16:00/);
    expect(r).not.toMatch(/added your message/);
  });
});

describe('a yes with times after a declined visit (rp10a #1)', () => {
  it('en: "ok actually fine, they can come. tuesday or wednesday after 5pm works" books Tuesday evening', async () => {
    const v = await handedOver(
      'hardware_failure',
      'en',
      "hmm wait. no dont send a technician, I'll just buy a new router myself",
    );
    expect(v.said).not.toMatch(/booked/);
    const r = await v.say(
      'ok actually fine, they can come. tuesday or wednesday after 5pm works, not mornings',
    );
    expect(r).toMatch(/Tuesday 8 December 17:00–20:00/);
    expect(r).not.toMatch(/added your message/);
  });

  it('sv without Swedish letters: "okej da, han far komma. mandag efter 17 gar bra" books Monday evening', async () => {
    const v = await handedOver(
      'hardware_failure',
      'sv',
      'nej vänta, skicka ingen tekniker, jag köper en ny router själv',
    );
    const r = await v.say('okej da, han far komma. mandag efter 17 gar bra');
    expect(r).toMatch(/måndag 7 december 17:00–20:00/);
  });

  it('"they can not come before friday" is no yes: nothing booked', async () => {
    const v = await handedOver('hardware_failure', 'en', "no dont send a technician, I'll buy a new router");
    const r = await v.say("no, they can't come, i'm away all week");
    expect(r).not.toMatch(/booked/);
  });
});

describe('after a handoff', () => {
  it('"inom 24 timmar?? … matchen ikväll" marks the case urgent for the team and says so', async () => {
    const v = await handedOver('hardware_failure', 'sv', null, {
      opening: 'hej, tv-boxen visar bara svart skärm, kanalerna funkar inte. internet funkar fint',
    });
    const before = (await v.desk.tickets.get(v.id))?.priority;
    const r = await v.say('inom 24 timmar?? det är lördag och jag vill se matchen ikväll');
    expect(r).toMatch(/brådskande/);
    expect(r).not.toMatch(/lagt till ditt meddelande/);
    const after = (await v.desk.tickets.get(v.id))?.priority;
    expect(after).not.toBe(before);
    const notes = (await v.desk.tickets.timeline(v.id)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
    expect(notes.some((n) => n.startsWith('Urgent for the customer'))).toBe(true);
    expect(await v.say('tack')).not.toMatch(/lagt till ditt meddelande/);
  });

  it('"4 hours?? i need it for work tomorrow morning" is urgent; "does it come back right away?" is not', async () => {
    const v = await handedOver('billing_suspended', 'en', null, { opening: 'my internet stopped working' });
    const q = await v.say('if i pay now does it come back right away?');
    expect(q).not.toMatch(/urgent/);
    const r = await v.say('4 hours?? i need it for work tomorrow morning');
    expect(r).toMatch(/urgent/);
    expect((await v.desk.tickets.get(v.id))?.priority).toBe('P1');
  });

  it('a refund asked in its own message at a billing case goes onto that case, answered, no second billing case', async () => {
    const v = await handedOver('billing_suspended', 'en', null, {
      opening: 'my internet stopped working 2 days ago',
    });
    await v.say('what?? i paid it last week');
    const r = await v.say('and i want money back for the days without internet');
    expect(r).toMatch(/reduction/);
    expect(r).not.toMatch(/added your message/);
    const all = await v.desk.tickets.list({ limit: 10 });
    expect(all.items).toHaveLength(1);
  });
});

describe('a question that only asks whether the booking stands', () => {
  it.each([
    ['en', "ok. so that's the time then?", /booked for Tuesday 8 December 17:00–20:00/],
    ['en', 'is it still on?', /booked for Tuesday 8 December 17:00–20:00/],
    ['sv', 'står tiden kvar då?', /bokat tisdag 8 december 17:00–20:00/],
    ['sv', 'är det bokat alltså?', /bokat tisdag 8 december 17:00–20:00/],
  ] as const)('%s: %s', async (language, text, expected) => {
    const v = await handedOver(
      'fiber_los',
      language,
      language === 'en' ? 'weekdays after 5pm, not monday' : 'vardagar efter 17, inte måndag',
    );
    const r = await v.say(text);
    expect(r).toMatch(expected);
    expect(r).not.toMatch(/cannot answer|kan jag inte svara/);
  });
});

/** A case closed by the desk, waiting for the satisfaction answer; `say` sends one more message. */
async function closedCase(fault: FaultKind, language: 'sv' | 'en', opening: string) {
  const desk = memoryDesk({ world: faultWorld([fault]), now: NOW });
  const res = await converse(desk, {
    customer: KARIN,
    language,
    opening,
    answers: {
      'identity.customer_number': '100482',
      'identity.pin': '4711',
      'consent.*': language === 'sv' ? 'ja' : 'yes',
    },
  });
  expect(res.lastReplies.at(-1)?.askKey).toBe('csat.score');
  return { desk, say: async (text: string) => words(await desk.agent.handleMessage(res.ticketId, text)) };
}

describe('after a Wi-Fi key change, questions about passwords and the router', () => {
  const keyChanged = async (language: 'sv' | 'en') =>
    (
      await closedCase(
        'wifi_password_forgotten',
        language,
        language === 'sv' ? 'jag har glömt wifi lösenordet' : 'i forgot my wifi password',
      )
    ).say;

  it.each([
    [
      'sv',
      'ganska nöjd. kan jag byta till ett eget lösenord själv sen? det där är svårt att komma ihåg',
      /192\.168\.1\.1/,
    ],
    ['en', 'can i change it to something easier to remember myself?', /192\.168\.1\.1/],
    ['en', 'how do i log in to the router?', /192\.168\.1\.1/],
    ['sv', 'hur loggar jag in på routern?', /192\.168\.1\.1/],
  ] as const)(
    '%s: %s → how, not the portal password and not a new case',
    async (language, text, expected) => {
      const say = await keyChanged(language);
      const r = await say(text);
      expect(r).toMatch(expected);
      expect(r).not.toMatch(
        /kundportal|customer portal|Mina sidor|My Pages|testing your line|testar din linje/i,
      );
    },
  );
});

describe('a Wi-Fi worry about a far room after the close', () => {
  it.each([
    ['en', 'and the kitchen wifi? its a bit slow there, is that normal?', /5 GHz/],
    ['sv', 'en sak till, wifit är rätt segt i sovrummet, är det normalt?', /5 GHz/],
  ] as const)('%s: %s → the range advice, no new case', async (language, text, expected) => {
    const { desk, say } = await closedCase(
      'dns_misconfigured',
      language,
      language === 'en' ? "some websites won't load" : 'vissa sidor går inte att öppna',
    );
    const r = await say(text);
    expect(r).toMatch(expected);
    expect(r).not.toMatch(/testing your line|testar din linje|second-line|andralinje/);
    expect((await desk.tickets.list({ limit: 10 })).items).toHaveLength(1);
  });
});
