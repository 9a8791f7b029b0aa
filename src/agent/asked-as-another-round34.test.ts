// Round 34 (bench/roleplay/round34-{a,b,c}.md): questions answered as a different one. The admin password read as
// the Wi-Fi password, "has someone been inside my router?" answered with what DNS is, a factory reset and the
// sticker password read as the old Wi-Fi password, "by e-mail to this address?" read as e-mail hosting, "can I
// remove the splitter?" read as "the router is plugged straight into the wall" (and kept as a note), "should I
// always use the 5G one?" answered as a wish for a separate 5 GHz name, the notice period answered with the plan's
// speed, "would we need a new router?" answered with "age alone…", and "why would one phone break the internet?"
// answered with what a splitter is. Each is answered as asked (the notice period: never with the plan's speed), in
// Swedish and English (tech-questions.ts, the "round 34 (f43)" block; texts in messages/tech-*.ts).
import { describe, expect, it } from 'vitest';
import type { FaultKind, Language } from '../domain/index.js';
import { chat, closeWithYes, handedOver, portalChat, portalChatAt, untilAsked } from './testing/chat.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';
import { openLimhamnOutage } from './testing/limhamn-outage.js';
import { topicsOf } from '../triage/topics-of.js';

const CANNOT = /can(no|')t answer that from here|kan jag inte svara på härifrån/i;
const DSL = { customerNumber: '100482', name: 'Lucas Khan', pin: '4711', access: 'dsl' } as never;

type Chat = Awaited<ReturnType<typeof chat>>;

async function at(
  lang: Language,
  faults: FaultKind[],
  key: Parameters<typeof untilAsked>[1],
  opening: string,
  customer?: never,
  splitter = false,
): Promise<Chat> {
  return portalChatAt(lang, faults, key, opening, {
    customer,
    splitter,
    canDo: ['step.check_cables', 'step.move_closer'],
  });
}

async function closed(lang: Language, faults: FaultKind[], opening: string, customer?: never): Promise<Chat> {
  return closeWithYes(await at(lang, faults, 'resolution.confirm', opening, customer), lang);
}

const DNS_OPEN = {
  sv: 'vissa sidor går inte att öppna, det står server hittades inte',
  en: 'some websites say server not found',
};

describe('(1) the admin password asked about is the admin password, never the Wi-Fi one (rp34 a#2)', () => {
  it.each([
    ['en', 'I have never changed the admin password from what it came with. Should I?'],
    ['en', "should I change the router's admin password?"],
    ['en', 'Is it a good idea to change the admin login of the router?'],
    ['sv', 'Borde jag byta routerns adminlösenord?'],
    ['sv', 'jag har aldrig ändrat administratörslösenordet, ska jag göra det?'],
  ] as const)('%s after the close: %j', async (lang, text) => {
    const c = await closed(lang, ['dns_misconfigured'], DNS_OPEN[lang]);
    const said = await c.say(text);
    expect(said).toMatch(/admin/i);
    expect(said).not.toMatch(
      /Wi-Fi password is the same|wifi-lösenord är detsamma|wifi-lösenordet är detsamma/i,
    );
    expect(said).not.toMatch(CANNOT);
  });
});

describe('(2) "has someone been inside my router?" gets the security answer (rp34 a#2)', () => {
  it.each([
    [
      'en',
      'But if I never changed it and the DNS was changed too, does that mean someone has been inside my router?',
    ],
    ['en', 'has someone been in my router?'],
    ['en', 'could somebody have got into my router?'],
    ['sv', 'har någon varit inne i min router?'],
    ['sv', 'kan nån ha tagit sig in i routern?'],
  ] as const)('%s after the close: %j', async (lang, text) => {
    const c = await closed(lang, ['dns_misconfigured'], DNS_OPEN[lang]);
    const said = await c.say(text);
    expect(said).toMatch(/break-in|intrång|inbrott/i);
    expect(said).not.toMatch(/address book|adressbok/i);
  });
});

const ADMIN_OPEN = {
  sv: 'routerns adminsida tar fortfarande standardinloggningen från klistermärket, kan ni byta adminlösenordet?',
  en: "the router's admin page still takes the default login from the sticker. Can you change the admin password?",
};

describe('(3) a factory reset and the sticker password (rp34 c#3)', () => {
  it.each([
    ['en', 'Quick one: if the router gets reset at some point, does it go back to the sticker password?'],
    ['en', 'after a factory reset, is the admin password back to the one on the sticker?'],
    ['sv', 'om routern återställs, går lösenordet tillbaka till det på klistermärket?'],
    ['sv', 'Blir det fabrikslösenordet igen efter en fabriksåterställning?'],
  ] as const)('%s at the confirmation: %j', async (lang, text) => {
    const c = await at(lang, ['default_admin_password'], 'resolution.confirm', ADMIN_OPEN[lang]);
    const said = await c.say(text);
    expect(said).toMatch(/reset|återställ/i);
    expect(said).toMatch(/sticker|klistermärke/i);
    expect(said).not.toMatch(/have not changed your Wi-Fi|inte ändrat ditt wifi/i);
    expect(said).not.toMatch(CANNOT);
    const notes = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
      e.type === 'note' ? [e.text] : [],
    );
    expect(notes.join('\n')).not.toMatch(/old Wi-Fi password back/);
  });
});

describe('(4) "by e-mail to this address?" is how the team answers, not e-mail hosting (rp34 c#5)', () => {
  it.each([
    ['en', 'So who will answer me, a person? By e-mail to this address?'],
    ['en', 'Will they reply by email to this address?'],
    ['sv', 'Vem svarar mig, en människa? Via mejl till den här adressen?'],
    ['sv', 'Svarar de på mejl till den här adressen?'],
  ] as const)('%s after the handoff: %j', async (lang, text) => {
    const c = await portalChat(lang, faultWorld(['speed_line_degraded']));
    await handedOver(
      c,
      lang === 'sv' ? 'internet är jättelångsamt även med kabel' : 'internet is very slow, also on a cable',
    );
    const said = await c.say(text);
    expect(said).not.toMatch(/E-mail is not something|E-post är inget|mejl är inget/i);
    const notes = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
      e.type === 'note' ? [e.text] : [],
    );
    expect(notes.join('\n')).not.toMatch(/question about e-?mail/i);
  });
});

describe('(5) "can I remove the splitter?" is a question, never a note that the router is in the wall (rp34 c#6)', () => {
  const notes = async (c: Chat) =>
    (await c.desk.tickets.timeline(c.ticketId))
      .flatMap((e) => (e.type === 'note' ? [e.text] : []))
      .join('\n');
  async function handedDsl(lang: Language): Promise<Chat> {
    const c = await portalChat(lang, faultWorld(['dsl_low_snr']), DSL);
    await handedOver(
      c,
      lang === 'sv' ? 'internet tappar flera gånger per kväll' : 'my internet keeps dropping every evening',
    );
    return c;
  }
  it.each([
    [
      'en',
      "OK. Since we don't use the landline at all, should I just take the splitter out and plug the router straight into the wall? And will someone have to come to the house?",
    ],
    ['en', 'can I remove the splitter and plug the modem directly into the wall jack?'],
    ['sv', 'Vi använder inte fasta telefonen, kan jag ta bort filtret och sätta routern direkt i jacket?'],
    ['sv', 'Borde jag koppla routern direkt i väggen utan filtret?'],
  ] as const)('%s after the handoff: %j', async (lang, text) => {
    const c = await handedDsl(lang);
    const said = await c.say(text);
    expect(said).not.toMatch(
      /instead of straight into the wall|i stället för direkt i väggen|istället för direkt i väggen/i,
    );
    expect(await notes(c)).not.toMatch(/plugged straight into the wall/);
  });
  it.each([
    [
      'en',
      'the router goes straight into the wall, not the filter',
      'Sorry, I was wrong: it already IS plugged into the splitter.',
    ],
    ['sv', 'routern sitter direkt i väggen bredvid', 'Förlåt, fel av mig: den sitter redan i filtret.'],
  ] as const)(
    '%s a clue told and then corrected: the note is corrected too',
    async (lang, told, corrected) => {
      const c = await handedDsl(lang);
      await c.say(told);
      expect(await notes(c)).toMatch(/plugged straight into the wall/);
      await c.say(corrected);
      expect(await notes(c)).toMatch(/correction, for the team: .*IS plugged in through the splitter/);
    },
  );
});

describe('(6) "should I always use the 5G one?" is answered, never a split that exists (rp34 b#8)', () => {
  it.each([
    ['en', 'So should I just always use the 5G one?'],
    ['en', 'should I always pick the 5 GHz network, also on the sofa?'],
    ['sv', 'Ska jag alltid välja 5G-nätet, även i soffan?'],
    ['sv', 'borde jag alltid köra på 5 GHz-nätverket?'],
  ] as const)('%s at the move-closer step: %j', async (lang, text) => {
    const c = await at(
      lang,
      ['speed_wifi_limited'],
      'step.wired_test',
      lang === 'sv' ? 'jag betalar för 500 men får 40 på wifi' : 'I pay for 500 but get 40 on wifi',
    );
    const said = await c.say(text);
    expect(said).not.toMatch(/separate 5 GHz network means|separat 5 GHz-nät/i);
    expect(said).toMatch(/2[.,]4/);
  });
});

describe('(7) the notice period is never answered with the plan speed (rp34 a#8)', () => {
  it.each([
    ['sv', 'Och hur får jag det avdraget? Och vad har jag för uppsägningstid?'],
    ['sv', 'Jag frågade om UPPSÄGNINGSTIDEN, inte hastigheten. Om jag vill säga upp, hur lång tid tar det?'],
    ['en', 'what is my notice period?'],
    ['en', 'How long is the notice period if I want to cancel?'],
  ] as const)('%s after the outage: %j', async (lang, text) => {
    const desk = memoryDesk({
      world: faultWorld(['area_outage']),
      now: () => new Date('2026-11-25T10:00:00Z'),
    });
    await openLimhamnOutage(desk);
    const { ticketId } = await identified(
      desk,
      { customerNumber: '100482', name: 'Karin Lind', pin: '4711' },
      lang,
      lang === 'sv' ? 'internet ligger nere sen lunch' : 'internet has been down since lunch',
    );
    const said = (await desk.agent.handleMessage(ticketId, text)).map((m) => m.text).join('\n');
    expect(said).not.toMatch(/Mbit\/s \((ned\/upp|down\/up)\)/);
  });
});

describe('(8) "would we need a new router?" gets the case-aware answer, never "age alone" (rp34 b#2, b#10)', () => {
  it.each([
    ['en', 'would we need a new router then?'],
    ['en', 'do I need to buy a new modem?'],
    ['sv', 'Behöver jag köpa ett nytt modem?'],
    ['sv', 'behöver vi en ny router då?'],
  ] as const)('%s after a restart fixed it: %j', async (lang, text) => {
    const c = await closed(
      lang,
      ['cpe_hung'],
      lang === 'sv' ? 'inget internet fast lamporna lyser' : 'no internet although the lights look normal',
    );
    const said = await c.say(text);
    expect(said).not.toMatch(/Age alone|Åldern i sig/i);
    expect(said).not.toMatch(CANNOT);
  });
  it.each([
    ['en', 'does the 5ghz one also get renamed or does it keep the old name?'],
    ['sv', 'byter 5ghz-nätet också namn eller behåller det det gamla namnet?'],
  ] as const)('%s: no age line when age was not asked: %j', async (lang, text) => {
    const c = await closed(
      lang,
      ['cable_unplugged'],
      lang === 'sv'
        ? 'inget internet sen vi flyttade tv-bänken'
        : 'no internet since we moved the tv furniture',
    );
    const said = await c.say(text);
    expect(said).not.toMatch(/Age alone|Åldern i sig/i);
  });
});

describe('(8b) the age line is said only when age is asked (rp34 b#2, b#10)', () => {
  it.each([
    ['en', 'does the 5ghz one also get renamed or does it keep the old name?'],
    ['en', 'will it keep the old password?'],
    ['sv', 'behåller den det gamla namnet?'],
  ] as const)('%s names something old that is no router: %j', (_lang, text) => {
    expect(topicsOf(text)).not.toContain('router_old');
  });
  it.each([
    [
      'en',
      "I'd like to upgrade, we're on ADSL now. customer number 100482 pin 4711",
      'ok thanks. but can you tell me if fibre is even possible at our address? and would we need a new router then?',
    ],
    [
      'en',
      'I want a faster plan. customer number 100482 pin 4711',
      'if we switch to fibre, does the DSL router work with it or do we get a new one?',
    ],
    [
      'sv',
      'Jag vill uppgradera, vi har ADSL nu. kundnummer 100482 pinkod 4711',
      'Om vi byter till fiber, behöver vi en ny router då?',
    ],
  ] as const)('%s on an upgrade: %j', async (lang, opening, text) => {
    const c = await chat(lang, faultWorld([]), DSL);
    await c.say(opening);
    const said = await c.say(text);
    expect(said).not.toMatch(/Age alone|Åldern i sig/i);
    expect(said).toMatch(/fibre router|fiberrouter/i);
  });
});

describe('(9) why one phone without a filter breaks the internet gets the why (rp34 b#5)', () => {
  it.each([
    ['en', 'So yes it works. But why would one phone without a filter break the whole internet?'],
    ['en', 'how can a single phone without a splitter kill the internet?'],
    ['sv', 'Men varför kan en enda telefon utan filter sänka hela internet?'],
    ['sv', 'hur kan en telefon utan filter störa internet?'],
  ] as const)('%s at the confirmation: %j', async (lang, text) => {
    const c = await at(
      lang,
      ['dsl_low_snr'],
      'resolution.confirm',
      lang === 'sv'
        ? 'internet tappar när frugan ringer på fasta telefonen'
        : 'internet drops every time my wife is on the landline',
      DSL,
      true,
    );
    const said = await c.say(text);
    expect(said).not.toMatch(/small box in the phone jack|liten dosa i telefonjacket/i);
    expect(said).toMatch(/noise|brus|stör/i);
  });
});
