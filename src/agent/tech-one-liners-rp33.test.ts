// Round 33 (bench/roleplay/round33-{a,b,c}.md): questions a Tier-1 technician answers in a line got "Det kan jag
// inte svara på härifrån" / "I can't answer that from here", a stock paragraph, or nothing. Each is answered, in
// Swedish and English, mid-case, after the close and before the account is known, with the case's own variant
// where the case knows more (tech-questions.ts, the "round 33" block; texts in messages/tech-*.ts).
import { describe, expect, it } from 'vitest';
import type { FaultKind, Language } from '../domain/index.js';
import { chat, closeWithYes, handedOver, portalChat, portalChatAt, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CANNOT = /can(no|')t answer that from here|kan jag inte svara på härifrån/i;

type Chat = Awaited<ReturnType<typeof chat>>;

const DSL = { customerNumber: '100482', name: 'Lucas Khan', pin: '4711', access: 'dsl' } as never;
const CABLE = { customerNumber: '100482', name: 'Anna Johansson', pin: '4711', access: 'cable' } as never;

/** Portal chat on `faults` (optionally as `customer`), asked up to `key` with `opening`. */
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
    canDo: ['step.check_cables', 'step.power_on'],
  });
}

/** The same, and the case closed with a yes. */
async function closed(lang: Language, faults: FaultKind[], opening: string, customer?: never): Promise<Chat> {
  return closeWithYes(await at(lang, faults, 'resolution.confirm', opening, customer), lang);
}

/** A portal chat handed over to a team. */
async function handed(lang: Language, faults: FaultKind[], opening: string, customer?: never): Promise<Chat> {
  const c = await portalChat(lang, faultWorld(faults), customer);
  await handedOver(c, opening);
  return c;
}

function answers(said: string, expected: RegExp) {
  expect(said).toMatch(expected);
  expect(said).not.toMatch(CANNOT);
}

describe('which lights should be on (rp33 c#1, c#2)', () => {
  const OPEN = {
    sv: 'inget internet och inga lampor lyser på routern',
    en: 'no internet and no lights on the router',
  };
  it.each([
    ['sv', 'Ja nu kommer tidningen upp. Men ska alla lampor på routern lysa grönt nu?'],
    ['en', 'yes it works. which lights should be on when everything is ok?'],
  ] as const)('%s at the confirmation: %j', async (lang, text) => {
    const c = await at(lang, ['cpe_powered_off'], 'resolution.confirm', OPEN[lang]);
    answers(await c.say(text), /steady|fast/);
  });
  it.each([
    ['sv', 'Du svarade inte om lamporna: ska alla lysa grönt när allt fungerar?'],
    ['sv', 'Förresten, vad ska lamporna visa när allt är som det ska?'],
    ['en', 'what should the lights show when everything is working?'],
  ] as const)('%s after the close: %j', async (lang, text) => {
    const c = await closed(lang, ['cpe_powered_off'], OPEN[lang]);
    answers(await c.say(text), /steady|fast/);
  });
});

describe('is it my laptop (rp33 a#5)', () => {
  it.each([
    ['en', 'Is it my laptop or not?'],
    ['sv', 'kan det vara min dator som är problemet?'],
  ] as const)('%s after the handoff on a slow line: %j', async (lang, text) => {
    const c = await handed(
      lang,
      ['speed_line_degraded'],
      lang === 'sv' ? 'internet är långsamt' : 'my internet is slow',
    );
    answers(await c.say(text), /not your computer|inte din dator/);
  });
  it.each([
    ['en', 'My internet is slow. Is it possible that the problem is my laptop?'],
    ['sv', 'Internet är segt. Kan det ligga i datorn?'],
  ] as const)('%s before the account is known: %j', async (lang, text) => {
    const c = await chat(lang, faultWorld([]));
    answers(await c.say(text), /other device|annan enhet/);
  });
});

describe('is the crackling phone related, on DSL noise (rp33 a#6)', () => {
  const OPEN = {
    sv: 'internet tappar flera gånger varje kväll',
    en: 'my connection drops several times an evening',
  };
  it.each([
    ['en', 'And for the third time, the crackling on the phone, same problem or not?'],
    ['sv', 'det knastrar i telefonen också, hänger det ihop?'],
  ] as const)('%s after the handoff: %j', async (lang, text) => {
    const c = await handed(lang, ['dsl_low_snr'], OPEN[lang], DSL);
    answers(await c.say(text), /very likely|stor sannolikhet/);
  });
  it('en mid-case, beside the step', async () => {
    const c = await at('en', ['dsl_low_snr'], 'step.check_cables', OPEN.en, DSL);
    answers(
      await c.say('By the way the landline phone also crackles when I call, is that related?'),
      /very likely/,
    );
  });
});

describe('does the TV just need a minute (rp33 b#3)', () => {
  const OPEN = {
    sv: 'inget internet fast lamporna lyser som vanligt',
    en: 'no internet although the lights look normal',
  };
  it.each([
    ['en', 'Laptop works! The TV is still loading something, maybe it needs a minute?'],
    ['sv', 'Datorn funkar! Tv:n laddar fortfarande, behöver den bara en stund?'],
  ] as const)('%s at the confirmation: %j', async (lang, text) => {
    const c = await at(lang, ['cpe_hung'], 'resolution.confirm', OPEN[lang]);
    answers(await c.say(text), /minute|minut/);
  });
  it('en after the close', async () => {
    const c = await closed('en', ['cpe_hung'], OPEN.en);
    answers(await c.say('the TV is still spinning, does it just need a minute?'), /give it a minute/);
  });
});

describe('must I be home, can my partner open, must the technician come in (rp33 b#4, c#6)', () => {
  it.each([
    ['sv', 'men måste JAG va hemma eller kan sambon öppna?'],
    ['en', 'do I have to be there myself or can my wife let them in?'],
  ] as const)('%s after a field booking: %j', async (lang, text) => {
    const c = await handed(
      lang,
      ['fiber_los'],
      lang === 'sv' ? 'röd LOS-lampa, inget internet' : 'red LOS light, no internet',
    );
    answers(await c.say(text), /does not have to be you|behöver inte vara du/);
    expect(await c.say(text)).not.toMatch(/^(Yes|Ja)\b/);
  });
  it('en on a cable modem: will the technician need to come inside?', async () => {
    const c = await handed('en', ['docsis_power_out_of_range'], 'my cable modem keeps dropping', CABLE);
    answers(await c.say('Will the technician need to come inside?'), /come inside/);
  });
});

describe('speed or ping for gaming (rp33 b#9)', () => {
  it.each([
    ['en', 'Also honestly, does gaming even need a faster plan, or is it more about the ping?'],
    ['sv', 'behöver man snabbare bredband för gaming eller är det pingen som spelar roll?'],
  ] as const)('%s before the account is known: %j', async (lang, text) => {
    const c = await chat(lang, faultWorld([]));
    await c.say(
      lang === 'sv'
        ? 'jag vill uppgradera till ett snabbare abonnemang'
        : 'I want to upgrade to a faster plan',
    );
    answers(await c.say(text), /ping/);
  });
});

describe('how do I know it is fixed if I close the browser (rp33 b#6)', () => {
  it.each([
    ['en', 'but if i close the browser how do i know its fixed'],
    ['sv', 'men om jag stänger webbläsaren, hur vet jag att det är lagat?'],
  ] as const)('%s during an outage: %j', async (lang, text) => {
    const c = await portalChat(lang, faultWorld(['area_outage']));
    const inc = await c.desk.incidents.create({
      areas: ['SE-STO-TEST'],
      kind: 'fiber_cut',
      title: 'Fibre cut',
      etaAt: '2026-11-25T15:00:00Z',
    });
    c.desk.world.incident = { id: inc.id, reference: inc.reference, etaAt: inc.etaAt };
    await c.say(lang === 'sv' ? 'inget internet, är det fel hos er?' : 'no internet, is there an outage?');
    const first = await c.say(text);
    answers(first, /internet light|internetlampa/);
    // Asked again: the same answer, never the stock "I will message you here".
    answers(await c.say(text), /internet light|internetlampa/);
  });
});

describe('is a cable in the box (rp33 c#8)', () => {
  it.each([
    ['en', 'I have no network cable. is there one in the box the router came in?'],
    ['sv', 'jag har ingen nätverkskabel. följde det med en kabel i kartongen?'],
  ] as const)('%s mid-case: %j', async (lang, text) => {
    const c = await portalChat(lang, faultWorld(['speed_wifi_limited']));
    await c.say(lang === 'sv' ? 'jag betalar för 500 men får 40' : 'I pay for 500 but get 40');
    answers(await c.say(text), /network cable|nätverkskabel/);
  });
});

describe('should my wife make a call to test, on a splitter case (rp33 c#5)', () => {
  it.each([
    ['en', 'How would I know? It only drops when the phone is in use. Should I ask my wife to make a call?'],
    ['sv', 'Hur ska jag veta det? Det tappar bara när telefonen används. Ska frun ringa ett samtal?'],
  ] as const)('%s at the confirmation: %j', async (lang, text) => {
    const c = await at(
      lang,
      ['dsl_low_snr'],
      'resolution.confirm',
      lang === 'sv'
        ? 'internet tappar när frun pratar i telefon'
        : 'internet drops whenever my wife uses the phone',
      DSL,
      true,
    );
    answers(await c.say(text), /make a call on the landline|ring ett samtal på den fasta/);
  });
});

describe('where is it on the Samsung TV (rp33 a#10)', () => {
  it.each([
    [
      'en',
      "Done, my phone is on it now. The TV I'll do tonight, it's a Samsung, is it under Settings > Network somewhere?",
    ],
    ['sv', 'det är en Samsung, var hittar jag wifi-inställningen på tv:n?'],
  ] as const)('%s after the close: %j', async (lang, text) => {
    const c = await closed(
      lang,
      ['cpe_hung'],
      lang === 'sv' ? 'inget internet fast lamporna lyser' : 'no internet although the lights look normal',
    );
    // (In Swedish the TV's own join text answers first: it names Inställningar → Nätverk too.)
    answers(await c.say(text), lang === 'en' ? /Samsung: Settings → General/ : /Inställningar → Nätverk/);
  });
});

describe('can sales call me back, which number do I call (rp33 a#9, c#9)', () => {
  it.each([
    ['sv', 'Okej. Men kan säljavdelningen ringa upp mig då? efter kl 18 helst', /kontaktsidan/],
    ['sv', 'Jag har ingen PIN!! Då ringer jag er istället. Vilket nummer ska jag ringa?', /kontaktsidan/],
    ['en', 'can your sales people call me back tonight instead?', /contact page|colleague/],
    ['en', 'which number should I call then?', /contact page/],
  ] as const)('%s without a PIN: %j', async (lang, text, expected) => {
    const c = await chat(lang, faultWorld([]));
    await c.say(
      lang === 'sv' ? 'jag vill uppgradera till snabbare internet' : 'I want to upgrade to a faster plan',
    );
    const said = await c.say(text);
    answers(said, expected);
    // Never a phone number the desk does not have.
    expect(said).not.toMatch(/\b0\d{1,3}[- ]?\d{2,3}/);
  });
});

describe('is the replacement free (rp33 c#3)', () => {
  it.each([
    ['en', 'you didnt answer my questions. is the replacement free or not?'],
    ['en', 'and just to be sure, the new router is free right?'],
    ['sv', 'och den nya routern är gratis, eller?'],
  ] as const)('%s after the field booking: %j', async (lang, text) => {
    const c = await handed(
      lang,
      ['hardware_failure'],
      lang === 'sv' ? 'routern startar om sig själv hela tiden' : 'my router keeps restarting by itself',
    );
    const said = await c.say(text);
    answers(said, /free|gratis/);
    expect(said).not.toMatch(/^(No|Nej)\b/);
  });
});

describe('why does Skype work when websites do not, on a DNS case (rp33 b#2)', () => {
  it.each([
    ['sv', 'Vad är det ni inte kan svara på? Och hur kan Skype fungera om adressboken är fel?'],
    ['en', 'how can Skype work when websites do not?'],
  ] as const)('%s mid-case: %j', async (lang, text) => {
    const c = await portalChat(lang, faultWorld(['dns_misconfigured']));
    await c.say(
      lang === 'sv'
        ? 'servern hittas inte på svd.se men Skype fungerar'
        : 'server not found on news sites but Skype works',
    );
    answers(await c.say(text), /Spotify|WhatsApp/);
  });
});
