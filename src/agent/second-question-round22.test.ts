// Issue 14, role-play round 22 (J1): every question or request in a message is taken up — beside a score
// after the close, beside "does it work now?", beside the customer number, at a step, and a question the
// desk said it would come back to.
// c8: "It is 200150. Why do you need the PIN code by the way, is this secure?" → the customer number explained;
// b2: an opening with a fault and "Sen undrar jag varför fakturan blev 50 kr dyrare denna månad?" → the invoice
//     question not acknowledged, then a billing case with a generic reason;
// c4: "seems ok yes. was that bug known for long? why didnt you push the update automatically" → the close only;
// a6: "splitter = the little white box at the phone jack? … ok i pushed all cables in" → the question ignored;
// c3: after a handoff, "hur lång tid tar det …? och blir det en ny router då eller" → only the first answered;
// c10: "I asked for my public IP address" → "I have noted that and will come back to it", never taken up;
// a4: "4. en sak till, kan man byta namn på wifi:t? det heter nåt konstigt med siffror" → only "Tack för ditt omdöme!".
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat, portalChat, untilAsked, verifiedChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

describe('a4: a score and a request in one message after the close — the score is kept and the request taken up', () => {
  const cases: [Language, string, number][] = [
    ['sv', '4. en sak till, kan man byta namn på wifi:t? det heter nåt konstigt med siffror', 4],
    ['sv', '5! förresten går det att döpa om wifit? vill inte att det heter siffror', 5],
    ['sv', '3 typ. kan ni byta namn på nätverket också', 3],
    ['en', '4. one more thing, can i rename the wifi? its called something weird with numbers', 4],
    ['en', '5 - btw could you change the name of my wifi network?', 5],
  ];
  for (const [lang, message, score] of cases)
    it(`${lang}: "${message}"`, async () => {
      const c = await portalChat(lang, faultWorld(['wifi_radio_disabled']));
      await untilAsked(c, 'csat.score', lang === 'sv' ? 'wifit syns inte längre' : 'my wifi is gone');
      const r = await c.send(message);
      // The score is thanked for (with its remark, since 5272f77: "Thank you for the score, and for telling …").
      expect(words(r)).toMatch(lang === 'sv' ? /omdöme|betyget/ : /feedback|the score/);
      // The rename is taken up: the new name is asked for on a case of its own.
      expect(r.at(-1)?.askKey).toBe('config.wifi_name');
      const timeline = await c.desk.tickets.timeline(c.ticketId);
      expect(timeline.filter((e) => e.type === 'csat').map((e) => e.type === 'csat' && e.score)).toEqual([
        score,
      ]);
    });
});

describe('c8: why the PIN and is it secure, beside the customer number — the PIN is explained, not the number', () => {
  const HUGO = { customerNumber: '200150', name: 'Hugo Nilsson', pin: '7813' };
  const cases: [Language, string][] = [
    ['en', 'It is 200150. Why do you need the PIN code by the way, is this secure?'],
    ['en', '200150. why do u need my pin? is that safe?'],
    ['en', 'customer no 200150 - is it secure to give you my PIN code here?'],
    ['sv', '200150. varför behöver ni pinkoden? är det säkert?'],
    ['sv', 'det är 200150. vad ska ni med koden till, är det tryggt att skriva den här?'],
  ];
  for (const [lang, message] of cases)
    it(`${lang}: "${message}"`, async () => {
      const c = await chat(lang, faultWorld(['wifi_password_forgotten']), HUGO);
      await c.send(lang === 'en' ? 'I have forgotten my wifi password' : 'jag har glömt wifi-lösenordet');
      const r = await c.send(message);
      const said = words(r);
      expect(r.at(-1)?.askKey).toBe('identity.pin');
      // Why the PIN, and that giving it is safe — never what the customer number is for.
      expect(said).toMatch(lang === 'sv' ? /kontoinnehavaren/ : /account holder/);
      if (/säker|tryggt|safe|secure/i.test(message))
        expect(said).toMatch(lang === 'sv' ? /^Ja – PIN-koden/m : /^Yes — the PIN/m);
      expect(said).not.toMatch(/kundnumret (använder|hittar)|Med kundnumret|customer number (only )?lets me/);
      expect(said).not.toMatch(/svarar jag på så fort|answer your question as soon as/);
    });
});

describe("b2: a question for billing beside the fault in the opening — acknowledged at once, passed on in the customer's words", () => {
  const cases: [Language, string, RegExp][] = [
    [
      'sv',
      "Hej. Jag kan inte komma in på aftonbladet eller min bank, det står 'server not found'. Youtube funkar konstigt nog. Sen undrar jag varför fakturan blev 50 kr dyrare denna månad?",
      /50 kr dyrare/,
    ],
    ['sv', 'vissa sidor laddar inte alls. och varför har min faktura gått upp?', /faktura gått upp/],
    [
      'en',
      "some websites won't load, says server not found. also why did my bill go up 50 kr this month?",
      /bill go up 50 kr/,
    ],
    [
      'en',
      'Some websites dont open at all, server not found on my laptop and phone. And I want to know why my invoice is higher than usual.',
      /invoice is higher/,
    ],
  ];
  for (const [lang, opening, words_] of cases)
    it(`${lang}: "${opening}"`, async () => {
      const c = await chat(lang, faultWorld(['dns_misconfigured']), {
        customerNumber: '200108',
        name: 'Johan Berg',
        pin: '1234',
      });
      const first = words(await c.send(opening));
      // Acknowledged at the start: which team, and that it is passed on.
      expect(first).toMatch(lang === 'sv' ? /fakturaavdelning/ : /billing team/);
      await c.send('200108');
      await untilAsked(c, 'resolution.confirm', '1234');
      const close = words(await c.send(lang === 'sv' ? 'ja nu funkar det' : 'yes it works now'));
      expect(close).not.toMatch(/Write to me if|Skriv till mig om/);
      const { first: fault, next } = await c.cases();
      expect(fault?.status).toBe('resolved');
      expect(next?.queue).toBe('billing');
      expect(close).toContain(next!.reference);
      // The billing case carries the customer's own question.
      const notes = (await c.desk.tickets.timeline(next!.id)).flatMap((e) =>
        e.type === 'note' ? [e.text] : [],
      );
      expect(notes.join('\n')).toMatch(words_);
    });
});

describe('c4: questions beside "yes it works" are taken up before the close, never dropped', () => {
  const cases: [Language, string][] = [
    ['en', 'seems ok yes. was that bug known for long? why didnt you push the update automatically'],
    ['en', 'yes works now. why wasnt the update sent to my router automatically'],
    ['en', 'yep fixed. has this bug been around for long?'],
  ];
  for (const [lang, message] of cases)
    it(`${lang}: "${message}"`, async () => {
      const c = await verifiedChat(['firmware_bug_drops'], lang, 'connection drops out a few times a day');
      await untilAsked(c, 'resolution.confirm', 'yes');
      const r = await c.send(message);
      expect(r.at(-1)?.askKey).toBe('csat.score');
      // Something is said to the question before the case is closed.
      const said = words(r);
      const closed = said.search(/Great, glad it works again/);
      expect(closed).toBeGreaterThan(0);
    });
});

describe('a6: a question about the splitter beside "i pushed all cables in" at the cable step is answered', () => {
  const cases: [Language, string][] = [
    [
      'en',
      'splitter = the little white box at the phone jack? we dont even use the landline. ok i pushed all cables in, the box was kinda loose actually',
    ],
    ['en', 'is the splitter that white thing on the wall jack? anyway cables are in now'],
    ['sv', 'splitter = den lilla vita dosan vid telefonjacket? jag har tryckt in alla sladdar nu'],
  ];
  for (const [lang, message] of cases)
    it(`${lang}: "${message}"`, async () => {
      const c = await chat(lang, faultWorld(['dsl_low_snr'], { splitter: true }), {
        customerNumber: '700220',
        name: 'Johan Johansson',
        pin: '2478',
        access: 'dsl' as const,
      });
      const r0 = await c.send(
        `${c.pin}. ${lang === 'sv' ? 'internet tappar hela tiden' : 'internet keeps dropping'}`,
      );
      expect(r0.at(-1)?.askKey).toBe('step.check_cables');
      const said = words(await c.send(message));
      expect(said).toMatch(lang === 'sv' ? /[Ss]plitter\w* .*(dosa|låda)/ : /[Ss]plitter .*box/);
    });
});

describe('c3: two questions after a handoff, the second without a question mark — both are taken up', () => {
  const cases: [Language, string][] = [
    ['sv', 'ok. hur lång tid tar det innan någon hör av sig? och blir det en ny router då eller'],
    ['sv', 'hur länge dröjer det? och kommer ni byta routern eller'],
    ['en', 'ok how long until someone gets in touch? and will it be a new router or what'],
  ];
  for (const [lang, message] of cases)
    it(`${lang}: "${message}"`, async () => {
      const c = await portalChat(lang, faultWorld(['hardware_failure']));
      let r = await c.send(
        lang === 'sv' ? 'internet funkar inte, routern blinkar rött' : 'no internet, the router blinks red',
      );
      for (let i = 0; i < 5 && r.at(-1)?.askKey && r.at(-1)?.askKey !== 'csat.score'; i++)
        r = await c.send(c.yes);
      expect((await c.cases()).first?.status).toBe('escalated');
      const said = words(await c.send(message));
      // How long, and the router question answered or put on the case for the team (and said so).
      expect(said).toMatch(lang === 'sv' ? /inom \d+ timmar/ : /within \d+ hours/);
      expect(said).toMatch(lang === 'sv' ? /router|andra fråga/ : /router|other question/);
    });
});

describe('c10: a question the desk said it would come back to is taken up at the close', () => {
  const cases: [Language, string][] = [
    ['en', 'web pages work fine, that was never the problem lol. I asked for my public IP address'],
    ['en', 'sites are fine. can you tell me my public ip so i can send it to my friend?'],
    ['sv', 'webbsidor funkar fint, det var aldrig problemet. vad är min publika ip-adress?'],
  ];
  for (const [lang, message] of cases)
    it(`${lang}: "${message}"`, async () => {
      const c = await portalChat(lang, faultWorld([]));
      let r = await c.send(
        lang === 'sv'
          ? 'kan ni öppna port 25565 till 192.168.1.34 för min minecraft server'
          : 'can you open port 25565 to 192.168.1.34 for my minecraft server',
      );
      for (let i = 0; i < 3 && r.at(-1)?.askKey?.startsWith('consent.'); i++) r = await c.send(c.yes);
      expect(r.at(-1)?.askKey).toBe('resolution.confirm');
      const later = words(await c.send(message));
      const closed = words(await c.send(lang === 'sv' ? 'ja antar det' : 'yes i guess'));
      const others = (await c.desk.tickets.list({ limit: 10 })).items.filter((t) => t.id !== c.ticketId);
      if (/come back to it|återkommer till det/.test(later)) {
        // Promised: the question goes on a case of its own with its words, and the customer is told.
        expect(others).toHaveLength(1);
        expect(others[0]?.subject).toMatch(/ip/i);
        expect(closed).toContain(others[0]!.reference);
      } else {
        // Answered in the same reply (the address, or honestly who can tell it).
        expect(later).toMatch(/\bip\b|public address|publika|answer from here|svara på härifrån/i);
      }
    });
});
