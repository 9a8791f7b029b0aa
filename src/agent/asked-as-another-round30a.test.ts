// Role-play round 30 a (#2, #5, #7, #9): questions answered as another question, or never.
// - #2 "PIN is 7486. And is it safe to send a PIN by e-mail?" was answered as the safety of the DNS change
//   asked about next; "what were the DNS servers set to before?" got only "they stay that way".
// - #5 "so ethernet won't fix the drops then?" on a weak fibre signal got "noted, our field team will answer".
// - #7 "should I unplug the modem when it's fixed?" in an outage got both "yes, always fine" and "no, a restart
//   does not help"; "will our cable TV be gone too?" was never answered, then answered as joining Wi-Fi.
// - #9 "can we get the same speed there?" beside a move without a PIN was never answered.
import { describe, expect, it } from 'vitest';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('rp30a #2: the PIN safety held beside the PIN, the DNS servers before', () => {
  it.each([
    ['en', 'PIN is 4711. And is it safe to send a PIN by e-mail? Just curious.'],
    ['en', '4711 — is it actually safe to give you my pin code like this?'],
    ['sv', 'PIN-koden är 4711. Är det säkert att skicka koden via mejl förresten?'],
    ['sv', '4711. är det riskfritt att lämna ut pinkoden så här?'],
  ] as const)('%s: %j is answered for the PIN, not the DNS change', async (lang, text) => {
    const c = await chat(lang, faultWorld(['dns_misconfigured']));
    await c.send(
      lang === 'sv'
        ? 'Vissa sidor går inte att öppna, "servern hittades inte". Kundnummer 100482'
        : 'Some websites will not open, "Server not found". Customer no 100482',
    );
    const replies = await c.send(text);
    const said = replies.map((r) => r.text).join('\n');
    expect(replies.at(-1)?.askKey).toBe('consent.config_change');
    expect(said).toMatch(lang === 'sv' ? /PIN-koden/ : /the PIN only/);
    expect(said).not.toMatch(lang === 'sv' ? /sätter tillbaka våra egna DNS/ : /puts back our own DNS/);
  });

  it.each([
    ['en', 'Yes - it loads fine now. Out of curiosity: what were the DNS servers set to before?'],
    ['en', 'works now thanks. which dns was it using before you changed it?'],
    ['sv', 'Ja nu funkar det. Vad var DNS-servrarna inställda på innan?'],
    ['sv', 'funkar nu. vilka dns-servrar låg det på förut?'],
  ] as const)('%s: %j names the servers found', async (lang, text) => {
    const c = await chat(lang, faultWorld(['dns_misconfigured']));
    await untilAsked(
      c,
      'resolution.confirm',
      lang === 'sv'
        ? `Vissa sidor går inte att öppna, "servern hittades inte". ${c.pin}`
        : `Some websites will not open, "Server not found". ${c.pin}`,
    );
    const said = await c.say(text);
    expect(said).toMatch(/\d+\.\d+\.\d+\.\d+/);
  });
});

describe('rp30a #5: a cable inside the home does not fix a weak fibre signal', () => {
  it.each([
    ['en', 'so ethernet wont fix the drops then? just want to know if i should buy a long cable'],
    ['en', 'would a network cable to my pc stop the disconnects?'],
    ['sv', 'så en nätverkskabel löser inte avbrotten alltså?'],
    ['sv', 'hjälper det om jag kopplar datorn med sladd istället, slutar det då att droppa?'],
  ] as const)('%s: %j after the visit is booked', async (lang, text) => {
    const c = await chat(lang, faultWorld(['optical_power_low']));
    let r = await c.send(
      lang === 'sv'
        ? `internet tappar 5-6 gånger om dagen. ${c.pin}`
        : `my internet keeps dropping 5-6 times a day. ${c.pin}`,
    );
    for (let i = 0; i < 5 && r.at(-1)?.askKey; i++) {
      const ask = r.at(-1)?.askKey ?? '';
      if (ask === 'contact.availability') r = await c.send(lang === 'sv' ? 'när som helst' : 'any time');
      else if (ask.startsWith('step.')) r = await c.send(lang === 'sv' ? 'klart' : 'done');
      else r = await c.send(c.yes);
    }
    expect((await c.cases()).first?.queue).toBe('field');
    const said = await c.say(text);
    expect(said).toMatch(lang === 'sv' ? /fibersignalen|fibern/ : /fibre signal|the fibre/);
    expect(said).not.toMatch(lang === 'sv' ? /har lagt till ditt meddelande/ : /added your message/);
  });
});

describe('rp30a #7: in an outage, one answer to unplugging, the cable TV not as Wi-Fi', () => {
  async function informed(lang: 'sv' | 'en') {
    const c = await chat(lang, faultWorld(['area_outage']));
    const inc = await c.desk.incidents.create({
      areas: ['SE-STO-TEST'],
      kind: 'fiber_cut',
      title: 'Fibre cut in Limhamn',
      etaAt: '2026-11-25T15:00:00Z',
    });
    c.desk.world.incident = { id: inc.id, reference: inc.reference, etaAt: inc.etaAt };
    await c.send(
      lang === 'sv'
        ? `inget internet alls sen i förmiddags. ${c.pin}`
        : `no internet since this morning. ${c.pin}`,
    );
    expect((await c.cases()).first?.status).toBe('pending_internal');
    return c;
  }

  it.each([
    [
      'sv',
      'Två frågor: 1. Ska jag dra ur sladden till modemet och sätta i den igen när det är lagat, eller sköter det sig självt? 2. Vår TV går också via kabeln, kommer den också att vara borta?',
    ],
    ['sv', 'Måste jag dra ur modemet efteråt eller kommer det igång av sig självt?'],
    [
      'en',
      'Two questions: 1. Should I unplug the modem and plug it back in when it is fixed, or does it sort itself out? 2. Our TV also goes through the cable, will it be gone too?',
    ],
    ['en', 'do i need to unplug the router afterwards or will it come back by itself?'],
  ] as const)('%s: %j gets one answer, no yes and no', async (lang, text) => {
    const c = await informed(lang);
    const said = await c.say(text);
    const yes =
      lang === 'sv'
        ? /Ja, det kan du alltid göra|Du behöver inte – routern/
        : /Yes, you can always do that|No need — the router/;
    const no = lang === 'sv' ? /Nej – en omstart hjälper inte/ : /No — a restart will not help/;
    expect(yes.test(said) && no.test(said)).toBe(false);
    expect(said).not.toMatch(/Inställningar → Nätverk|Settings → Network/);
  });

  it.each([
    ['sv', 'Men ni svarade inte på om kabel-TV:n också påverkas. Hockeyn börjar 19.'],
    ['sv', 'Fungerar TV-kanalerna trots avbrottet?'],
    ['en', 'You did not answer whether the cable TV is affected as well.'],
    ['en', 'will my tv channels still work during the outage?'],
  ] as const)('%s: %j is not answered as joining Wi-Fi', async (lang, text) => {
    const c = await informed(lang);
    const said = await c.say(text);
    expect(said).not.toMatch(/Inställningar → Nätverk|Settings → Network/);
    expect(said).toMatch(/TV/);
  });
});

describe('rp30a #9: the speed at a new address asked beside a move without a PIN', () => {
  const lena = { customerNumber: '200255', name: 'Lena Ek', pin: '2468' };
  it.each([
    [
      'sv',
      'Hej! Vi flyttar den 1 februari till Råsundavägen 40 i Solna och vill ta med oss bredbandet. Hur gör vi? Går det att få samma hastighet där? Kundnummer 200255',
      /säljavdelning/,
    ],
    [
      'en',
      'Hi, we are moving to Råsundavägen 40 in Solna on 1 February and want to take our broadband with us. Can we get the same speed there? Customer number 200255',
      /sales team/,
    ],
  ] as const)('%s: answered once, as sales per address', async (lang, opening, sales) => {
    const c = await chat(lang, faultWorld([]), lena);
    const first = await c.say(opening);
    const second = await c.say(
      lang === 'sv'
        ? 'Jag hittar ingen PIN. Och ni svarade inte på om vi kan få samma hastighet i Solna.'
        : "I can't find any PIN. And you didn't answer whether we can get the same speed in Solna.",
    );
    const both = `${first}\n${second}`;
    expect(both).toMatch(sales);
    expect(both.split(sales).length - 1).toBe(1);
  });
});
