// Round 34 (bench/roleplay/round34-{a,b,c}.md): questions a Tier-1 technician answers in a line got "Det kan jag
// inte svara på härifrån" / "I can't answer that from here" or "I have noted it", often three times. Each is
// answered, in Swedish and English, mid-case, after the close, after a hand-off or before the account is known,
// with the case's own variant where the case knows more (tech-questions.ts, the "round 34 (f44)" block; texts in
// messages/tech-*.ts).
import { describe, expect, it } from 'vitest';
import type { FaultKind, Language } from '../domain/index.js';
import { chat, closeWithYes, handedOver, portalChat, portalChatAt, untilAsked } from './testing/chat.js';
import { saturdayMornings, slotBookingIsp, weekdaySlots } from './testing/field-slots.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const CANNOT =
  /can(no|')t answer that from here|kan jag inte svara på härifrån|I have noted (it|your question)|har noterat (den|din fråga)/i;

type Chat = Awaited<ReturnType<typeof chat>>;

const CABLE = { customerNumber: '100482', name: 'Anna Johansson', pin: '4711', access: 'cable' } as never;

async function at(
  lang: Language,
  faults: FaultKind[],
  key: Parameters<typeof untilAsked>[1],
  opening: string,
  customer?: never,
): Promise<Chat> {
  return portalChatAt(lang, faults, key, opening, {
    customer,
    canDo: ['step.check_cables', 'step.power_on'],
  });
}

async function closed(lang: Language, faults: FaultKind[], opening: string, customer?: never): Promise<Chat> {
  return closeWithYes(await at(lang, faults, 'resolution.confirm', opening, customer), lang);
}

async function handed(lang: Language, faults: FaultKind[], opening: string, customer?: never): Promise<Chat> {
  const c = await portalChat(lang, faultWorld(faults), customer);
  await handedOver(c, opening);
  return c;
}

/** A portal chat during a known outage in the customer's area. */
async function outage(lang: Language): Promise<Chat> {
  const c = await portalChat(lang, faultWorld(['area_outage']));
  const inc = await c.desk.incidents.create({
    areas: ['SE-STO-TEST'],
    kind: 'fiber_cut',
    title: 'Fibre cut',
    etaAt: '2026-11-25T15:00:00Z',
  });
  c.desk.world.incident = { id: inc.id, reference: inc.reference, etaAt: inc.etaAt };
  await c.say(lang === 'sv' ? 'inget internet, är det fel hos er?' : 'no internet, is there an outage?');
  return c;
}

function answers(said: string, expected: RegExp) {
  expect(said).toMatch(expected);
  expect(said).not.toMatch(CANNOT);
}

const HUNG = {
  sv: 'inget internet fast lamporna lyser som vanligt',
  en: 'no internet although the lights look normal',
};

describe('do I need to buy a new modem (rp34 a#3)', () => {
  // ("Do I need to buy a new modem since it hangs?" at the confirmation is router-old.test.ts's question: the
  // router_old answer, "No need for a new one … the restart fixed it", answers it.)
  it.each([
    [
      'sv',
      'Ja nu fungerar det på datorn. Men är modemet för gammalt eftersom det hänger sig? Behöver jag köpa ett nytt?',
    ],
  ] as const)('%s at the confirmation: %j', async (lang, text) => {
    const c = await at(lang, ['cpe_hung'], 'resolution.confirm', HUNG[lang]);
    answers(await c.say(text), /do not need to buy|behöver inte köpa/);
  });
  it.each([
    ['sv', 'jag fick inget svar om jag ska köpa nytt modem. Ni ser ju modemet?'],
    ['en', 'should I get myself a new router or not?'],
  ] as const)('%s after the close: %j', async (lang, text) => {
    const c = await closed(lang, ['cpe_hung'], HUNG[lang]);
    // (Either the one-liner or the closed case's own no-new-router text, which says why it hung.)
    answers(await c.say(text), /hang now and then|hänga sig ibland|need a new one|behöver ingen ny/);
  });
  it('en on a hardware fault: replaced free', async () => {
    const c = await handed('en', ['hardware_failure'], 'my router keeps restarting by itself');
    answers(await c.say('do I have to buy a new router myself?'), /free of charge|free/);
  });
});

describe('should I clean the fibre connector (rp34 a#5)', () => {
  it.each([
    ['en', 'and the connector cleaning, should i or not?'],
    ['en', 'should I clean the fibre connector myself?'],
    ['sv', 'ska jag rengöra fiberkontakten själv?'],
    ['sv', 'och kontakten, ska jag göra ren den eller inte?'],
  ] as const)('%s after the field booking: %j', async (lang, text) => {
    const c = await handed(
      lang,
      ['optical_power_low'],
      lang === 'sv' ? 'internet tappar flera gånger om dagen' : 'my internet drops 4-5 times a day',
    );
    answers(await c.say(text), /leave the fibre connectors|låt fiberkontakterna/);
  });
});

// ("can I borrow a 4G router meanwhile?", rp34 a#4, is the loan request of loan-router-outage.test.ts: noted on the
// case for the team, case.loan_device.)

describe('on or off during the outage, does the safety alarm work (rp34 a#6)', () => {
  it.each([
    ['en', 'And should I switch the modem off until it is fixed or leave it on?', /Leave it on/],
    ['sv', 'Ska jag stänga av modemet tills det är fixat eller låta det vara på?', /Låt den vara på/],
    ['en', 'Does her safety alarm on the modem work during the outage or not?', /mobile/],
    ['sv', 'Mammas trygghetslarm går via modemet. Fungerar det nu?', /mobil/],
  ] as const)('%s during the outage: %j', async (lang, text, expected) => {
    const c = await outage(lang);
    answers(await c.say(text), expected);
  });
});

describe('is it only us or the whole building (rp34 b#6)', () => {
  it.each([
    ['en', 'is it only us or the whole building?'],
    ['en', 'Please just answer the question: are other customers in our building affected too, or only us?'],
    ['sv', 'är det bara vi eller hela huset?'],
  ] as const)('%s after the field booking on a cable modem: %j', async (lang, text) => {
    const c = await handed(
      lang,
      ['docsis_power_out_of_range'],
      lang === 'sv' ? 'modemet tappar hela tiden' : 'my cable modem keeps dropping',
      CABLE,
    );
    answers(await c.say(text), /no known fault in your area|inget känt fel i ert område/);
  });
  it.each([
    ['en', 'is it only us or the whole area?'],
    ['sv', 'gäller det bara oss eller hela området?'],
  ] as const)('%s during the outage: %j', async (lang, text) => {
    const c = await outage(lang);
    answers(await c.say(text), /not only you|inte bara ni/);
  });
});

describe('must I write again if it is slow tomorrow (rp34 b#7)', () => {
  it.each([
    ['sv', 'ja funkar. men du svarade inte, måste ja skriva igen om de blir segt imorn kväll??'],
    ['en', 'if it gets slow again tomorrow do I have to write again?'],
  ] as const)('%s after the close: %j', async (lang, text) => {
    const c = await closed(lang, ['cpe_hung'], HUNG[lang]);
    answers(await c.say(text), /same conversation|samma konversation/);
  });
});

describe('will they call before the visit (rp34 b#3)', () => {
  it.each([
    ['sv', 'hinner ni ringa innan de kommer?'],
    ['sv', 'Men ni svarade inte om ni kan ringa innan teknikern kommer?'],
  ] as const)('%s after the visit is booked: %j', async (lang: Language, text: string) => {
    const desk = memoryDesk({
      world: faultWorld(['fiber_los']),
      isp: slotBookingIsp([...saturdayMornings(['12', '19']), ...weekdaySlots(['07', '08', '09', '10'])]),
      now: () => new Date('2026-12-05T07:30:00Z'),
    });
    const res = await converse(desk, {
      customer: { customerNumber: '200234', name: 'Maja Wallin', pin: '1606' },
      language: lang,
      opening:
        lang === 'en' ? 'my internet is dead, the LOS light is red' : 'internet är helt dött, LOS lyser rött',
      answers: {
        'identity.customer_number': '200234',
        'identity.pin': '1606',
        'consent.*': lang === 'en' ? 'yes' : 'ja',
        'contact.availability': lang === 'en' ? 'any weekday after 5' : 'vardagar efter 17',
      },
      maxTurns: 16,
    });
    expect(res.queue).toBe('field');
    const said = (await desk.agent.handleMessage(res.ticketId, text)).map((x) => x.text).join('\n');
    answers(said, /30 minut/);
    expect(said).not.toMatch(/within 24 hours|inom 24 timmar/);
  });
});

describe('do I have to keep the chat open (rp34 c 200423)', () => {
  it.each([
    ['en', "so do I have to keep the chat open or not? I'm going out"],
    ['en', 'will you text me when its back or do I have to keep this chat open all evening?'],
    ['sv', 'måste jag ha chatten öppen hela kvällen?'],
  ] as const)('%s during the outage: %j', async (lang, text) => {
    const c = await outage(lang);
    answers(await c.say(text), /do not need to keep|behöver inte ha/);
  });
});

describe('why does your 120 differ from my 35 (rp34 c 200164)', () => {
  it.each([
    ['en', 'You measured 120 Mbit/s, but on my laptop with cable I only get 35. Why is there a difference?'],
    ['sv', 'Du mätte 120 Mbit/s men på datorn med kabel får jag bara 35. Varför skiljer det?'],
  ] as const)('%s after the hand-off: %j', async (lang, text) => {
    const c = await handed(
      lang,
      ['speed_line_degraded'],
      lang === 'sv' ? 'internet är långsamt även med kabel' : 'my internet is slow even on a cable',
    );
    answers(await c.say(text), /different stretches|olika sträckor/);
  });
});

describe('why is it not updated automatically (rp34 b#4)', () => {
  it.each([
    [
      'sv',
      'Verkar funka, sidorna laddar iaf. Men varför hade den en programvara med fel från början, uppdateras den inte automatiskt?',
    ],
    [
      'en',
      'Seems to work. But why did it have buggy software in the first place, does it not update automatically?',
    ],
  ] as const)('%s at the confirmation: %j', async (lang, text) => {
    const c = await at(
      lang,
      ['firmware_bug_drops'],
      'resolution.confirm',
      lang === 'sv' ? 'internet försvinner några gånger om dagen' : 'my internet drops a few times a day',
    );
    const said = await c.say(text);
    answers(said, /automati/);
    // One answer: never "No" and "Yes" to the same question.
    expect(said).not.toMatch(/(^|\n)(Nej|No)\b[^\n]*[\s\S]*(^|\n)(Ja|Yes)\b/);
  });
});

describe('how could the login stop matching (rp34 a#1)', () => {
  it.each([
    ['sv', 'har nån hackat routern eller hur kan dom bara sluta stämma??'],
    ['en', 'how could the login details just stop matching?'],
  ] as const)('%s mid-case on a PPP fault: %j', async (lang, text) => {
    const c = await portalChat(lang, faultWorld(['ppp_auth_failure']));
    await c.say(lang === 'sv' ? 'inget internet sen i morse' : 'no internet since this morning');
    answers(
      await c.say(text),
      /reset of the router or a software update|återställning eller en programuppdatering/,
    );
  });
});

describe('is fibre available at my address (rp34 b#10)', () => {
  it.each([['en', 'can you tell me if fibre is even possible at our address?']] as const)(
    '%s before the account is known: %j',
    async (lang: Language, text: string) => {
      const c = await chat(lang, faultWorld([]));
      await c.say(
        lang === 'sv'
          ? 'vi funderar på att byta till ett snabbare abonnemang'
          : 'we are thinking about a faster plan',
      );
      answers(await c.say(text), /address check|adresskoll/);
    },
  );
});

describe('can you cancel the other provider for us (rp34 b#9)', () => {
  it.each([
    ['en', 'Can you cancel our Telia subscription for us, or do we have to do it ourselves?'],
  ] as const)('%s from a non-customer: %j', async (lang: Language, text: string) => {
    const c = await chat(lang, faultWorld([]));
    await c.say(
      lang === 'sv' ? 'vi flyttar och vill bli kunder hos er' : 'we are moving and want to become customers',
    );
    const said = await c.say(text);
    answers(said, /cancel it yourselves|säger ni upp själva/);
    expect(said).not.toMatch(/PIN/);
  });
});

describe('would 1000 Mbit help over Wi-Fi (rp34 a#10)', () => {
  it.each([
    ['en', 'Would 1000 Mbit actually make a difference on wifi though?'],
    ['sv', 'blir det ens snabbare med 1000 Mbit över wifi?'],
  ] as const)('%s before the account is known: %j', async (lang, text) => {
    const c = await chat(lang, faultWorld([]));
    await c.say(
      lang === 'sv'
        ? 'jag vill uppgradera till snabbaste abonnemanget'
        : 'I want to upgrade to the fastest plan',
    );
    answers(await c.say(text), /Wi-Fi is the limit|wifi som sätter gränsen/);
  });
});

describe('upgrade options asked without a PIN (rp34 c 200255)', () => {
  it.each([
    ['en', "I'm not changing anything right now. What are the faster options and their price?"],
    ['sv', 'jag ändrar inget nu, jag vill bara veta vilka snabbare abonnemang ni har och vad de kostar'],
  ] as const)('%s: %j', async (lang, text) => {
    const c = await chat(lang, faultWorld([]));
    await c.say(lang === 'sv' ? 'jag vill ha snabbare internet' : 'I want a faster plan');
    const said = await c.say(text);
    answers(said, /website|webbplats|sales|sälj/);
    expect(said).not.toMatch(/only make changes for a verified|bara göra ändringar för en verifierad/);
  });
});
