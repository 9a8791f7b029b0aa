// Issue 14, round 22 fixer J2: questions the desk can answer from what it knows (the action in hand, the
// case's actions, the diagnosis) get that answer — never the hacked-router text or "I can't answer that".
import { describe, expect, it } from 'vitest';
import { chat, portalChat } from './testing/chat.js';
import { openLimhamnOutage } from './testing/limhamn-outage.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

async function actionsDone(c: Awaited<ReturnType<typeof chat>>) {
  const timeline = await c.desk.tickets.timeline(c.ticketId);
  return timeline.flatMap((e) => (e.type === 'action_done' ? [JSON.stringify(e)] : []));
}

const LOCK_DOWN_TEXT =
  /wifi-lösenordet|administratörslösenordet|säkerhetsavdelning|Wi-Fi password|admin password|security team/i;
const CANNOT = /kan jag inte svara|can[’']t answer|cannot answer/i;

describe('a9: "can someone get into my computer then?" at a port forward is about the port, not a break-in', () => {
  const CASES = {
    sv: {
      opening:
        'Hej. Min son vill att jag ska öppna en port för hans minecraft-server, port 25565. Kan ni göra det? Jag förstår inte mycket av det här.',
      device: 'Det är en vanlig dator, ingen spelkonsol. Jag ringde sonen, han säger 192.168.1.50',
      port: /går just den enheten att nå från internet, på just den porten – inget annat i ditt nätverk/,
      again: /Får jag vidarebefordra den till 192\.168\.1\.50/,
    },
    en: {
      opening: 'hi, my son wants me to open a port for his minecraft server, port 25565. can you do that?',
      device: "it's a normal pc, not a console. he says 192.168.1.50",
      port: /reachable from the internet on that one port — nothing else on your network/,
      again: /May I forward it to 192\.168\.1\.50/,
    },
  } as const;
  it.each([
    ['sv', 'Är det farligt? Kan någon komma åt min dator då? Nåja, gör det.', true],
    ['sv', 'kan nån komma åt datorn då?? är det riskabelt', false],
    ['sv', 'kan någon ta sig in i min dator genom det? ok kör', true],
    ['en', 'Is it dangerous? Can someone get into my computer then? Oh well, do it.', true],
    ['en', 'can they get in to my pc through that?', false],
  ] as const)('%s: %s', async (lang, worry, goAhead) => {
    const k = CASES[lang];
    const c = await portalChat(lang, faultWorld([]));
    await c.say(k.opening);
    expect(await c.say(k.device)).toMatch(k.again);
    const r = await c.say(worry);
    expect(r).toMatch(k.port);
    expect(r).not.toMatch(LOCK_DOWN_TEXT);
    const done = (await actionsDone(c)).join();
    if (goAhead) expect(done).toMatch(/port_forward_add/);
    else {
      expect(done).toBe('');
      expect(r).toMatch(k.again);
    }
  });

  it.each([
    [
      'sv',
      'vad menar ni med nytt wifi-lösenord och säkerhetsavdelning?? Jag har inte bytt något lösenord!',
      /Inget lösenord är bytt/,
    ],
    ['sv', 'va menar du med säkerhetsavdelningen? vi har inte blivit hackade', /ingen annan avdelning/],
    [
      'en',
      'what do you mean new wifi password and security team?? i never changed any password',
      /No password has been changed/,
    ],
    ['en', 'what are you talking about with the admin password?', /No password has been changed/],
  ] as const)(
    '%s: a question about what the desk said is answered honestly: %s',
    async (lang, question, honest) => {
      const k = CASES[lang];
      const c = await portalChat(lang, faultWorld([]));
      await c.say(k.opening);
      await c.say(k.device);
      await c.say(lang === 'sv' ? 'ja gör det' : 'yes do it');
      const r = await c.say(question);
      expect(r).toMatch(honest);
      expect(r).not.toMatch(CANNOT);
    },
  );
});

describe('c1: "is it broken?" at a power step is no safety question', () => {
  it.each([
    ['sv', 'är den sönder då eller?', /inte farligt/],
    ['sv', 'e routern sönder?', /inte farligt/],
    ['en', 'is it broken then?', /not dangerous/],
  ] as const)('%s: %s', async (lang, question, unasked) => {
    const c = await chat(lang, faultWorld(['cpe_powered_off']));
    await c.say(
      lang === 'sv'
        ? 'det lyser inga lampor på routern, internet funkar inte'
        : 'no lights on the router, no internet',
    );
    await c.say('100482');
    await c.asks('4711', 'step.power_on');
    const r = await c.say(question);
    expect(r).not.toMatch(unasked);
    expect(r).toMatch(lang === 'sv' ? /inte trasig/ : /not broken/);
  });
  it('a real safety question there still gets the safety answer', async () => {
    const c = await chat('sv', faultWorld(['cpe_powered_off']));
    await c.say('det lyser inga lampor på routern, internet funkar inte');
    await c.say('100482');
    await c.asks('4711', 'step.power_on');
    expect(await c.say('är det farligt att röra sladden?')).toMatch(/inte farligt/);
  });
});

describe('finding 2: what the desk knows is answered, never "I can\'t answer that from here"', () => {
  it.each([
    ['sv', 'vad betyder det? ändras mitt wifi lösen då? har massa grejer uppkopplade'],
    ['sv', 'ok men wifi lösenordet då??'],
    ['sv', 'byts wifi-lösenordet också?'],
    ['en', 'will my wifi password change? i have loads of stuff connected'],
    ['en', 'and the wifi password?'],
  ] as const)('b1 %s: "%s" at the sign-in resync → no, the Wi-Fi stays as it is', async (lang, question) => {
    const c = await chat(lang, faultWorld(['ppp_auth_failure']));
    await c.say(
      lang === 'sv' ? 'internet funkar inte alls sen i morse' : 'internet is down since this morning',
    );
    await c.say('100482');
    await c.asks('4711', 'consent.config_change');
    const r = await c.say(question);
    expect(r).toMatch(
      lang === 'sv' ? /wifi-lösenordet .*finns kvar som de är/ : /Wi-Fi, its password .*stay as they are/,
    );
    expect(r).not.toMatch(CANNOT);
    expect(await actionsDone(c)).toEqual([]);
  });

  it.each([
    [
      'sv',
      'hmm måste jag koppla om alla ipads då? ok kör',
      /varje enhet behöver välja det nya namnet en gång/,
    ],
    ['sv', 'måste vi ansluta om allt? kör på', /varje enhet behöver välja det nya namnet en gång/],
    [
      'en',
      'do i have to reconnect all the ipads then? ok go',
      /each device has to pick the new name one time/,
    ],
  ] as const)('a4 %s: "%s" at a rename → yes, once, same password', async (lang, question, answer) => {
    const c = await chat(lang, faultWorld([]));
    await c.say(lang === 'sv' ? 'vill byta namn på wifit' : 'i want to rename my wifi');
    await c.say('100482');
    await c.asks('4711', 'config.wifi_name');
    await c.asks('Karlssons', 'consent.wifi_change');
    const r = await c.say(question);
    expect(r).toMatch(answer);
    expect(r).not.toMatch(CANNOT);
  });

  it.each([
    [
      'sv',
      'klart på min mobil. men hur gör jag på skrivaren?? den har ingen skärm',
      /WPS-knappen på routern/,
    ],
    ['sv', 'mobilen är klar. och högtalaren då? hur ansluter jag den', /WPS-knappen på routern/],
    ['en', 'phone is done. how do i get the printer on it? it has no display', /WPS button on the router/],
  ] as const)('b9 %s: "%s" at the rejoin step → WPS or the maker\'s app', async (lang, question, answer) => {
    const c = await portalChat(lang, faultWorld([]));
    await c.say(lang === 'sv' ? 'hej! vill byta namn på vårt wifi' : 'hi! want to rename our wifi');
    await c.asks('Lindqvist hemma', 'consent.wifi_change');
    await c.asks(c.yes, 'step.rejoin_wifi');
    const r = await c.say(question);
    expect(r).toMatch(answer);
    expect(r).not.toMatch(CANNOT);
  });

  it.each([
    ['sv', 'ok. hur lång tid tar det innan någon hör av sig? och blir det en ny router då eller'],
    ['sv', 'du svarade inte på om jag får en ny router??'],
    ['en', 'ok how long until someone calls? and will i get a new router?'],
  ] as const)(
    'c3 %s: "%s" after a hardware-failure handoff → likely yes, the colleague arranges it',
    async (lang, question) => {
      const c = await chat(lang, faultWorld(['hardware_failure']));
      await c.say(
        lang === 'sv'
          ? 'Routern startar om sig själv HELA tiden. Kundnr 100482'
          : 'router keeps restarting itself. customer no 100482',
      );
      await c.say(
        lang === 'sv'
          ? '4711. och jag vill prata med en riktig människa'
          : '4711. and i want to talk to a real person',
      );
      expect((await c.cases()).first?.status).toBe('escalated');
      const r = await c.say(question);
      expect(r).toMatch(lang === 'sv' ? /behöver bytas/ : /needs replacing|needs to be replaced/);
      expect(r).not.toMatch(CANNOT);
    },
  );

  it.each([
    [
      'en',
      'yes. will my friends be able to join straight away or do they need something from me? like my ip',
    ],
    ['en', 'can you at least tell me my public ip so i can send it to him'],
    ['sv', 'ja. vad är min externa ip-adress? kompisarna behöver den'],
  ] as const)('c10 %s: "%s" after a port forward → the router\'s public address', async (lang, question) => {
    const c = await portalChat(lang, faultWorld([]));
    await c.asks(
      lang === 'sv'
        ? 'behöver öppna port 25565 för min minecraft-server, datorn har 192.168.1.52'
        : 'hey, need port forwarding for my minecraft server, port 25565. the pc is at 192.168.1.52',
      'consent.config_change',
    );
    if (!question.startsWith('yes') && !question.startsWith('ja')) await c.say(c.yes);
    const r = await c.say(question);
    expect(r).toMatch(/81\.224\.17\.93/);
    expect(r).toMatch(lang === 'sv' ? /brandvägg/ : /firewall/);
    expect(r).not.toMatch(CANNOT);
    expect((await actionsDone(c)).join()).toMatch(/port_forward_add/);
  });

  it.each([
    ['en', 'seems ok yes. was that bug known for long? why didnt you push the update automatically', false],
    ['en', 'you ignored my question, why wasnt the update pushed automatically?', true],
    ['sv', 'varför uppdaterades den inte automatiskt?', true],
  ] as const)(
    'c4 %s: "%s" after a firmware fix → why this one was not automatic',
    async (lang, question, afterClose) => {
      const c = await chat(lang, faultWorld(['firmware_bug_drops']));
      await c.say(
        lang === 'sv' ? 'nätet tappar flera gånger om dagen' : 'connection drops a few times a day',
      );
      await c.say('100482');
      await c.asks('4711', 'consent.firmware_update');
      await c.asks(c.yes, 'resolution.confirm');
      if (afterClose) await c.asks(lang === 'sv' ? 'ja det funkar' : 'yes it works', 'csat.score');
      const r = await c.say(question);
      expect(r).toMatch(lang === 'sv' ? /hade inte nått din router än/ : /had not reached yours yet/);
    },
  );
});

describe('finding 3: the answer fits the question asked, not one that shares a word', () => {
  it.each([
    [
      'en',
      'hey so i just realised my router still has the admin/admin type login from the sticker?? can you change that. also is it safe to do remote management on it',
    ],
    [
      'en',
      'can you change the default admin password? and should i enable remote access to the router from outside?',
    ],
    [
      'sv',
      'routern har fortfarande admin/admin som lösenord, kan ni byta? och är det säkert med fjärrstyrning?',
    ],
  ] as const)('a3 %s: remote management is answered as remote management', async (lang, opening) => {
    const c = await chat(lang, faultWorld(['default_admin_password']));
    const r = await c.say(opening);
    expect(r).toMatch(
      lang === 'sv'
        ? /Fjärrstyrning betyder .*avstängd från början/
        : /Remote management means .*off by default/,
    );
  });

  it.each([
    ['sv', 'ok men måste jag köpa en ny router då?'],
    ['sv', 'har jag fel router?'],
    ['en', 'do i need to buy a new router then?'],
  ] as const)(
    'a5 %s: "%s" on a degraded line → no, the speed is already low before the router',
    async (lang, question) => {
      const c = await chat(lang, faultWorld(['speed_line_degraded']));
      await c.say(
        lang === 'sv' ? 'internet är jättesegt, även med sladd' : 'internet is really slow, even on a cable',
      );
      await c.say('100482');
      await c.say('4711');
      const r = await c.say(question);
      expect(r).toMatch(lang === 'sv' ? /fram till routern/ : /reaching your router is already too low/);
      expect(r).not.toMatch(/Åldern i sig|Age alone/);
    },
  );

  it.each([
    [
      'sv',
      'Hej, min faktura för november är 120 kr högre än vanligt och jag har inte beställt något nytt. Vad är det för avgift?',
    ],
    ['en', 'my invoice is 100 kr higher this month. what is that fee?'],
  ] as const)(
    'c9 %s: a fee on the invoice is billing\'s to explain, never "troubleshooting is free"',
    async (lang, opening) => {
      const c = await portalChat(lang, faultWorld([]));
      const r = await c.say(opening);
      expect(r).toMatch(
        lang === 'sv'
          ? /Vilken avgift det är kan jag inte se härifrån/
          : /Which fee that is I cannot see from here/,
      );
      expect(r).not.toMatch(/felsökning|troubleshooting/i);
      expect((await c.cases()).first?.queue).toBe('billing');
    },
  );

  it.each([
    [
      'en',
      "24 hours?! ok wait. what does 2.4 GHz mean, is that something I can fix myself now? I'm on my laptop in the living room",
      false,
    ],
    ['en', "what does 2.4 GHz mean, is that something I can fix myself now? I'm on my laptop", true],
    ['sv', 'vad betyder 2,4 GHz egentligen?', true],
  ] as const)('b8 %s: "%s" after a handoff → the two bands', async (lang, question, nothingElse) => {
    const c = await chat(lang, faultWorld(['speed_wifi_limited']));
    await c.say(
      lang === 'sv'
        ? 'jag betalar för 500 men får 40. jag vill prata med en människa'
        : "I pay for 500 Mbit and get 40. I'd rather talk to a human",
    );
    await c.say('100482');
    await c.say('4711');
    expect((await c.cases()).first?.status).toBe('escalated');
    const r = await c.say(question);
    expect(r).toMatch(lang === 'sv' ? /två wifi-banden/ : /two Wi-Fi bands/);
    // ("24 hours?!" is a question mark the desk reads nothing in: it is put on the case.)
    if (nothingElse) expect(r).not.toMatch(/other question|andra fråga/);
  });

  it.each([
    ['en', 'ok fine. one more thing, can we use our own router or do we have to use yours?'],
    ['sv', 'får vi använda vår egen router istället för er?'],
  ] as const)(
    'a8 %s: "can we use our own router?" from a non-customer → sales says, never "no need to buy one"',
    async (lang, question) => {
      const c = await chat(lang, faultWorld([]));
      await c.say(
        lang === 'sv'
          ? 'hej! vi flyttar till limhamn i januari (Linnégatan 14) och behöver internet där. har ni fiber där?'
          : 'hiii! we are moving to limhamn in january (Linnégatan 14) and need internet there. do you have fiber there?',
      );
      const r = await c.say(question);
      // (Round 32: the own router is answered: yes, behind ours in access-point mode — never "it depends".)
      expect(r).toMatch(lang === 'sv' ? /använda din egen router/ : /use your own router/);
      expect(r).not.toMatch(/do not need to buy|behöver inte köpa/);
    },
  );
});

describe('finding 5: the splitter — "is the white box it?" and where the phone goes', () => {
  it.each([
    [
      'en',
      'splitter = the little white box at the phone jack? we dont even use the landline. ok i pushed all cables in, the box was kinda loose actually',
    ],
    [
      'en',
      'what is a splitter? there is a small white box between the phone and the wall socket, is that it?',
    ],
    ['sv', 'är den vita dosan splittern?'],
  ] as const)('a6/c5 %s: "%s" at the cable step → yes, and which port is which', async (lang, question) => {
    const c = await chat(lang, faultWorld(['dsl_low_snr'], { canDo: ['step.check_cables'], splitter: true }));
    await c.say(
      lang === 'sv'
        ? 'nätet går ner hela tiden, kundnummer 100482'
        : 'my connection keeps dropping, customer 100482',
    );
    await c.asks('4711', 'step.check_cables');
    const r = await c.say(question);
    expect(r).toMatch(
      lang === 'sv'
        ? /Ja – den lilla dosan vid telefonjacket är splittern/
        : /Yes — the small box at the phone jack is the splitter/,
    );
    expect(r).not.toMatch(/outlet you know works|uttag du vet fungerar/);
  });

  it.each([
    [
      'en',
      'one more thing, the white box, should the phone also be plugged into it or straight into the wall? i want to put it back how it was',
    ],
    ['sv', 'en sak till, ska telefonen sitta i filtret eller direkt i väggen?'],
  ] as const)(
    'c5 %s: "%s" after the close → the phone into the filter\'s phone port',
    async (lang, question) => {
      const w = faultWorld(['dsl_low_snr'], { canDo: ['step.check_cables'], splitter: true });
      const c = await chat(lang, w);
      await c.say(
        lang === 'sv'
          ? 'nätet går ner när frun ringer, kundnummer 100482'
          : 'internet drops when my wife calls, customer 100482',
      );
      await c.asks('4711', 'step.check_cables');
      w.performStep('step.check_cables');
      await c.asks(lang === 'sv' ? 'klart' : 'done', 'resolution.confirm');
      await c.asks(lang === 'sv' ? 'ja det funkar' : 'yes it works', 'csat.score');
      await c.say('4');
      const r = await c.say(question);
      expect(r).toMatch(
        lang === 'sv' ? /telefonen i filtrets TELEFON/ : /the phone goes into the filter’s PHONE/,
      );
    },
  );
});

describe('finding 4: a would-be customer asking about a fibre cut in the area hears of it from the incident list', () => {
  it.each([
    [
      'en',
      'hiii! so me and my boyfriend are moving to limhamn in january (Linnégatan 14) and we need internet there. do you have fiber there and how much is it? also i read something about a fibre cut there, is that gonna be a problem lol',
      null,
    ],
    [
      'en',
      'hi, we are moving to Limhamn next month and want fibre there. how much is it?',
      'Lena Berg, 0701 22 33 44. and the fibre cut thing? should i be worried',
    ],
    [
      'sv',
      'hej, vi är inte kunder hos er än men flyttar till Limhamn i januari och vill ha fiber där. jag läste om ett fiberbrott där, blir det problem?',
      null,
    ],
    [
      'sv',
      'hej, vi är inte kunder än men ska flytta till limhamn och behöver bredband där',
      'har någon grävt av en kabel där? läste nåt om det',
    ],
  ] as const)('%s: %s / %s', async (lang, opening, later) => {
    const desk = memoryDesk({ world: faultWorld([]), now: () => new Date('2026-11-25T10:00:00Z') });
    await openLimhamnOutage(desk);
    const { ticketId } = await desk.agent.startConversation({ channel: 'chat', language: lang });
    const say = async (m: string) =>
      (await desk.agent.handleMessage(ticketId, m)).map((x) => x.text).join('\n');
    let r = await say(opening);
    if (later) r = await say(later);
    expect(r).toMatch(lang === 'sv' ? /fiberavbrott i Limhamn/i : /fibre cut in Limhamn/i);
    expect(r).toMatch(/16:00/);
    expect((await desk.tickets.get(ticketId))?.queue).toBe('sales');
  });
});
