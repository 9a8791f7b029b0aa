// Issue 14, role-play round 21 (I4): the second question in a message is answered too — never only the part
// that fits the desk's current step.
// a1: "4. men varför hände det här? ska jag vara orolig att det händer igen" after close (why AND will it recur);
// b5: "seems to work yes. will it drop again next time she calls tho?" after the splitter fix (the landline
//     disturbing the line again, not devices dropping off the Wi-Fi).
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat, handedOver as handedOverChat, portalChat, untilAsked, verifiedChat } from './testing/chat.js';
import { handedOver } from './testing/field-handoff.js';
import { saturdayMornings, weekdaySlots } from './testing/field-slots.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

describe('a1: why it happened and whether it will happen again, after close', () => {
  const cases: [Language, string][] = [
    ['sv', '4. men varför hände det här? ska jag vara orolig att det händer igen'],
    ['sv', 'men varför hände det? behöver jag oroa mig för att det händer igen?'],
    ['sv', '5 tack! varför blev det så? kan det hända igen?'],
    ['en', '4. but why did this happen? should i be worried it happens again'],
    ['en', 'why did that happen?? do i need to worry about it happening again'],
  ];
  for (const [lang, question] of cases)
    it(`${lang}: "${question}"`, async () => {
      const c = await verifiedChat(
        ['ppp_auth_failure'],
        lang,
        lang === 'sv'
          ? 'nätet funkar inte alls sen imorse'
          : 'internet is completely dead since this morning',
      );
      await untilAsked(c, 'csat.score', lang === 'sv' ? 'ja' : 'yes');
      const said = words(await c.send(question));
      // Why: the login details; again: they are right now and stay so.
      expect(said).toMatch(lang === 'sv' ? /inloggningsuppgifterna i routern stämde inte/ : /login details/);
      expect(said).toMatch(lang === 'sv' ? /ligger kvar/ : /keeps them/);
    });
});

describe('b5: will the landline make it drop again, after the splitter fix', () => {
  const cases: [Language, string][] = [
    ['en', 'seems to work yes. will it drop again next time she calls tho?'],
    ['en', 'yes works now. but will it cut out again when my wife uses the phone?'],
    ['sv', 'ja verkar funka. men kommer det tappa igen nästa gång hon ringer?'],
    ['sv', 'japp nu går det. kan det hända igen när telefonen används?'],
  ];
  for (const [lang, answer] of cases)
    it(`${lang}: "${answer}"`, async () => {
      const lucas = { customerNumber: '700220', name: 'Lucas Khan', pin: '2478', access: 'dsl' as const };
      const c = await chat(
        lang,
        faultWorld(['dsl_low_snr'], { splitter: true, canDo: ['step.check_cables'] }),
        lucas,
      );
      const r = await c.send(
        `${c.pin}. ${lang === 'sv' ? 'internet tappar när frugan pratar i telefonen' : 'internet drops whenever my wife is on the landline'}`,
      );
      expect(r.at(-1)?.askKey).toBe('step.check_cables');
      c.desk.world.performStep('step.check_cables');
      expect((await c.send(lang === 'sv' ? 'klart' : 'done')).at(-1)?.askKey).toBe('resolution.confirm');
      const said = words(await c.send(answer));
      expect(said).not.toMatch(/radio channel|radiokanal/);
      expect(said).toMatch(
        lang === 'sv' ? /stör telefonen inte|telefonen inte stör/ : /phone no longer disturbs/,
      );
      const again = words(
        await c.send(
          lang === 'sv'
            ? 'du svarade inte, kommer telefonen störa igen?'
            : 'i asked if the phone will mess it up again',
        ),
      );
      expect(again).toMatch(
        lang === 'sv' ? /stör telefonen inte|telefonen inte stör/ : /phone no longer disturbs/,
      );
    });
});

describe('b6: must someone really come, can I not just restart it myself — at the visit times', () => {
  const cases: [Language, string, RegExp][] = [
    [
      'sv',
      'Jag är hemma på förmiddagarna. Men måste någon verkligen komma hem till mig? Kan jag inte bara starta om modemet själv?',
      /signal\w* .*(justera|på plats)/,
    ],
    [
      'sv',
      'förmiddagar funkar. behöver ni verkligen skicka en tekniker? räcker det inte att jag startar om?',
      /på plats/,
    ],
    ['en', 'mornings are fine. but does someone really have to come out?', /on site/],
    ['en', 'any morning. is a visit really necessary though?', /on site/],
  ];
  for (const [lang, message, why] of cases)
    it(`${lang}: "${message}"`, async () => {
      const h = await handedOver('docsis_power_out_of_range', lang, message);
      expect(h.said).not.toMatch(/kan jag inte svara|can't answer|can’t answer|cannot answer/i);
      expect(h.said).toMatch(why);
      if (/starta|restart/.test(message))
        expect(h.said).toMatch(/omstart hjälper inte|restart does not help/i);
    });
});

describe('b8: "can\'t you just tell me what it is" beside the customer number — the Wi-Fi password, not the number', () => {
  const HUGO = { customerNumber: '200150', name: 'Hugo Nilsson', pin: '7813' };
  const cases: [Language, string, string][] = [
    [
      'en',
      'hi um i forgot the wifi password, my flatmate changed it and moved out lol',
      '200150. cant you just tell me what it is now? dont really want to reconnect everything',
    ],
    [
      'en',
      'forgot my wifi password',
      "200150 - can't you just tell me what it is? i don't want to set up everything again",
    ],
    [
      'sv',
      'har glömt wifi-lösenordet',
      '200150. kan du inte bara säga vad det är? orkar inte koppla in allt igen',
    ],
  ];
  for (const [lang, opening, number] of cases)
    it(`${lang}: "${number}"`, async () => {
      const c = await chat(lang, faultWorld(['wifi_password_forgotten']), HUGO);
      await c.send(opening);
      const first = words(await c.send(number));
      expect(first).not.toMatch(/invoice|faktura/);
      const after = words(await c.send(`pin 7813`));
      expect(`${first}\n${after}`).toMatch(
        lang === 'sv' ? /kan jag inte visa det nuvarande/ : /can’t show the current Wi-Fi password/,
      );
    });
});

describe('a8: a better router from us, and what it costs — after close', () => {
  const cases: [Language, string][] = [
    ['sv', '3 kanske. en sak till – kan vi få en bättre router med wifi 6 av er? kostar det nåt?'],
    ['sv', 'en sak till, kan man beställa en nyare router från er? vad kostar den?'],
    ['en', 'one more thing - can we get a better router with wifi 6 from you? does it cost anything?'],
    ['en', 'btw could i order a newer router from you guys, how much is it?'],
  ];
  for (const [lang, question] of cases)
    it(`${lang}: "${question}"`, async () => {
      const c = await verifiedChat(
        ['speed_wifi_limited'],
        lang,
        lang === 'sv'
          ? 'vi betalar för 500 men får typ 40 på laptopen'
          : 'we pay for 500 but get like 40 on the laptop',
        ['step.wired_test'],
      );
      await untilAsked(c, 'csat.score', lang === 'sv' ? 'klart' : 'done');
      const said = words(await c.send(question));
      expect(said).not.toMatch(
        /dator med Wi-Fi 6|computer with Wi-Fi 6|Ingenting|Nothing —|kostnadsfri|free of charge/,
      );
      expect(said).toMatch(/säljavdelning|sales team/);
      expect(said).toMatch(/pris|price/);
    });
});

describe('b3: a technician or a new router sent, after a hardware-failure handoff', () => {
  const cases: [Language, string][] = [
    [
      'sv',
      '24 timmar?? så jag ska sitta utan internet ett dygn till. kommer det en tekniker hem till mig eller får jag en ny router skickad?',
    ],
    ['sv', 'du svarade inte på frågan. kommer det en tekniker eller skickar ni en ny router?'],
    ['en', 'will a technician come out or do i get a new router sent to me?'],
  ];
  for (const [lang, question] of cases)
    it(`${lang}: "${question}"`, async () => {
      const c = await chat(lang, faultWorld(['hardware_failure']));
      await handedOverChat(
        c,
        `${lang === 'sv' ? 'routern startar om hela tiden, kan jag få prata med en människa?' : 'router keeps rebooting, can i talk to a person?'} ${c.pin}`,
      );
      const said = words(await c.send(question));
      expect(said).not.toMatch(/mesh/i);
      expect(said).toMatch(
        lang === 'sv' ? /hårdvarufel och behöver bytas/ : /hardware fault and needs replacing/,
      );
    });
});

describe('c6: which filter, beside the step done — and after the tier-2 handoff, does a technician come', () => {
  const JOHAN = { customerNumber: '700227', name: 'Johan Johansson', pin: '6891', access: 'dsl' as const };
  const cases: [Language, string, RegExp, string, RegExp][] = [
    [
      'sv',
      'Vilket filter menar du? Det sitter en liten vit dosa vid jacket i hallen. Jag kollade nu och den satt faktiskt lite snett, har tryckt i den ordentligt nu!',
      /liten dosa i telefonjacket/,
      'Okej, tack ändå. Men varför händer det här egentligen? Och kommer det hem en tekniker till oss eller hur går det till?',
      /på distans|distans/,
    ],
    [
      'sv',
      'vilka filter? har bara en vit dosa vid jacket, tryckte till den nu',
      /liten dosa i telefonjacket/,
      'kommer det nån tekniker hem till oss då?',
      /distans/,
    ],
    [
      'en',
      'which filter do you mean? theres a small white box at the jack in the hall. it was a bit loose, pushed it in properly now!',
      /small box in the phone jack/,
      'ok thanks anyway. will a technician come to our house or how does it work?',
      /from a distance|remote/,
    ],
  ];
  for (const [lang, which, filter, after, visit] of cases)
    it(`${lang}: "${which}"`, async () => {
      const c = await chat(lang, faultWorld(['dsl_low_snr'], { canDo: ['step.check_cables'] }), JOHAN);
      const r = await c.send(
        `${c.pin}. ${lang === 'sv' ? 'internet försvinner flera gånger om dagen' : 'internet keeps dropping several times a day'}`,
      );
      expect(r.at(-1)?.askKey).toBe('step.check_cables');
      c.desk.world.performStep('step.check_cables');
      const said = words(await c.send(which));
      expect(said).toMatch(filter);
      await handedOverChat(c, lang === 'sv' ? 'klart, gjort igen' : 'done again');
      expect(words(await c.send(after))).toMatch(visit);
    });
});

describe('a9: does the moving day have to be exact — after the move went to sales', () => {
  const OSKAR = { customerNumber: '200248', name: 'Oskar Nilsson', pin: '1234' };
  const cases: [Language, string, string][] = [
    [
      'sv',
      'Hej. Vi ska flytta till Uppsala i februari. Kan vi ta med oss abonnemanget dit, och vad gör vi med routern – ska den lämnas tillbaka?',
      'Ok. Vi vet inte exakt datum än, kanske 1 februari eller 15:e. Måste jag veta det när säljarna ringer?',
    ],
    [
      'sv',
      'Vi flyttar till Uppsala i februari, kan vi ta med abonnemanget?',
      'Behöver jag ha ett exakt datum klart, eller räcker ungefär?',
    ],
    [
      'en',
      "We're moving to Uppsala in February. Can we take the subscription with us?",
      "we don't know the exact date yet, maybe 1 or 15 february. do i need to know it when sales calls?",
    ],
  ];
  for (const [lang, opening, question] of cases)
    it(`${lang}: "${question}"`, async () => {
      const c = await portalChat(lang, faultWorld([]), OSKAR);
      await c.send(opening);
      expect((await c.cases()).first?.status).toBe('escalated');
      const said = words(await c.send(question));
      expect(said).toMatch(lang === 'sv' ? /ungefärligt datum räcker/ : /approximate date is enough/);
    });
});

describe('a4: is the router software up to date — asked in the first e-mail beside the fault', () => {
  const JOHAN = { customerNumber: '200108', name: 'Johan Berg', pin: '7486' };
  const cases: [Language, string][] = [
    [
      'en',
      'Hello, Since yesterday a number of websites will not load on any of our computers. The browser says "server not found". Two questions: what is causing this, and is the software in my router up to date? Customer number 200108. Regards, Johan Berg',
    ],
    [
      'en',
      'Some websites do not load, "server not found". Is my router firmware up to date as well? Customer number 200108.',
    ],
    [
      'sv',
      'Hej, sedan igår går vissa webbplatser inte att nå, webbläsaren säger "servern hittades inte". Vad beror det på, och är programvaran i min router uppdaterad? Kundnummer 200108.',
    ],
  ];
  for (const [lang, mail] of cases)
    it(`${lang}: "${mail.slice(0, 60)}…"`, async () => {
      const desk = memoryDesk({ world: faultWorld(['dns_misconfigured']) });
      desk.directory.add(JOHAN);
      const { ticketId } = await desk.agent.startConversation({ channel: 'email', language: lang });
      const all: string[] = [];
      const send = async (m: string) => {
        const r = await desk.agent.handleMessage(ticketId, m);
        all.push(words(r));
        return r;
      };
      await send(mail);
      let r = await send(lang === 'sv' ? 'Min PIN är 7486.' : 'My PIN is 7486. J. Berg');
      for (let i = 0; i < 3 && r.at(-1)?.askKey !== 'csat.score'; i++)
        r = await send(lang === 'sv' ? 'Ja, det fungerar nu.' : 'Yes, go ahead. It works now.');
      expect(all.join('\n')).toMatch(
        lang === 'sv'
          ? /rekommenderade programvaruversionen|senaste programvaran|programvara/
          : /recommended software version/,
      );
    });
});

describe('a2: "after work any weekday, or saturday morning" books the first that fits; the wait, not the visit length', () => {
  const SLOTS = [...weekdaySlots(['07', '08', '09', '10', '11', '14']), ...saturdayMornings(['12'])];
  const cases: [Language, string][] = [
    [
      'en',
      'i work till 5 so after that any weekday, or saturday morning. how long does it usually take before someone comes?',
    ],
    [
      'en',
      'I work until 5, after that any weekday works. or saturday morning. how long until someone comes usually?',
    ],
    [
      'sv',
      'jobbar till 5 så efter det alla vardagar, eller lördag förmiddag. hur lång tid brukar det ta innan någon kommer?',
    ],
    [
      'sv',
      'Jag jobbar till 17, efter det går alla vardagar bra, annars lördag fm. Hur länge dröjer det innan teknikern kommer?',
    ],
  ];
  for (const [lang, times] of cases)
    it(`${lang}: "${times}"`, async () => {
      const h = await handedOver('fiber_los', lang, times, { slots: SLOTS });
      // Monday 7 December 17–20 (16:00Z) is the first slot that fits "weekdays after 5".
      expect((await h.booking())?.start).toBe('2026-12-07T16:00:00.000Z');
      expect(h.said).toMatch(
        lang === 'sv' ? /måndag 7 december 17:00–20:00/ : /Monday 7 December 17:00–20:00/,
      );
      expect(h.said).not.toMatch(/about an hour|ungefär en timme/);
    });
});
