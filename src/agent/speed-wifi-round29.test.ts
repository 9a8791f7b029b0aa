// Round 29 (c8, a5, b7, c7, b6): speed and Wi-Fi cases that went wrong. "I can do that … but is 500 realistic
// over wifi at all?" at the cable test was recorded as "500 Mbit/s over the cable" (a question is no
// measurement); "you say 120 Mbit, but my speedtest says 12" was restated as 120 (a figure quoted from the desk is
// not the customer's); "wait, I haven't done the test yet … speedtest says 472 down over the cable" was put off;
// "should I switch [to Nilsson-5G]?" got "in the kitchen" for her living room; "Nilsson-5G … 310. is that ok?"
// was not answered; "move the router" came after "the cable is short"; "det märks väl först ikväll?" got "does
// it work now?" again; "är det för att alla grannar är hemma?" was recorded as "outage signs: no service"; "I
// work from home, video calls all day" was filed as times for a visit; "anything I can do, like a 4G router?"
// became a loan request.
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../triage/answers.js';
import { readOpenConfirm } from '../triage/confirm-open.js';
import { fold } from '../triage/normalize.js';
import { assessPriority } from '../triage/priority.js';
import { reportedSpeed, saidSpeedTest } from '../triage/speed-report.js';
import { afterQuestions } from './after-questions.js';
import { caseQuestions } from './case-questions.js';
import { timesSaid } from './handoff-contact.js';
import { KARIN } from './testing/chat.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';
import { elsewhereAdvice, wifiQuestionAnswer } from './wifi-limited.js';
import type { ConversationState } from './conversation-state.js';
import { t } from './messages/index.js';

describe('a figure asked about or quoted from the desk is no test result', () => {
  it.each([
    "I can do that, there's a cable next to the router. but you didn't answer - is 500 realistic over wifi at all?",
    'is 500 even realistic?',
    'can I get 500 on wifi?',
    'är 500 rimligt över wifi?',
    'kan man få 500 på wifi egentligen?',
    'ok det gör jag, men borde jag inte få 500?',
  ])('"%s" holds no speed', (text) => {
    expect(reportedSpeed(fold(text))).toBeNull();
    expect(saidSpeedTest(fold(text))).toBeNull();
  });

  it.each([
    ['- you say 120 Mbit, but my speedtest says 12. Which one is right?', 12],
    ['your test shows 120 but mine says 12 mbit', 12],
    ['ni säger 120 mbit men bredbandskollen visar 12. vilket stämmer?', 12],
    ['du skrev 120 Mbit, själv får jag 15 mbit på speedtest', 15],
    ['speedtest says 310. is that ok or should it be more?', 310],
    ['kabeln ger 472. är 472 ok?', 472],
    ['is it normal that i only get 40 over the cable?', 40],
  ] as const)('"%s" is %d', (text, mbps) =>
    expect(saidSpeedTest(fold(text))?.down ?? reportedSpeed(fold(text))).toBe(mbps),
  );
});

describe('the cable test promised, asked about, or reported after "not yet"', () => {
  it.each([
    [
      "I can do that, there's a cable next to the router. but you didn't answer - is 500 realistic over wifi at all?",
      'en',
    ],
    ["sure i'll do that. is 500 even realistic on wifi though?", 'en'],
    ['ja det kan jag göra, det finns en kabel vid routern. men är 500 rimligt över wifi?', 'sv'],
    ['det ska jag testa. men du svarade inte – kan man få 500 på wifi?', 'sv'],
  ] as const)('"%s" is no test done', (text, lang) => {
    const a = parseAnswer('step.wired_test', text, lang);
    expect(a.kind).not.toBe('done');
    expect(a.kind).not.toBe('cannot');
  });

  it.each([
    ["wait, I haven't done the test yet, you didn't let me. speedtest says 472 down over the cable", 'en'],
    ['vänta, jag hade inte testat än. nu med kabel visar speedtest 472', 'sv'],
  ] as const)('"%s" is the test done with 472', (text, lang) => {
    expect(parseAnswer('step.wired_test', text, lang)).toEqual({ kind: 'done', measuredMbps: 472 });
  });

  it.each([
    [
      'en',
      "I can do that, there's a cable next to the router. but you didn't answer - is 500 realistic over wifi at all?",
    ],
    [
      'sv',
      'Det kan jag göra, det finns en kabel bredvid routern. Men du svarade inte – är 500 rimligt över wifi alls?',
    ],
  ] as const)('%s: the desk records no cable test for it', async (lang, text) => {
    const desk = memoryDesk({ world: faultWorld(['speed_wifi_limited'], { canDo: ['step.wired_test'] }) });
    const opening =
      lang === 'en'
        ? 'I pay for 500 Mbit but speedtest on my laptop shows like 40. Is 500 even realistic?'
        : 'Jag betalar för 500 Mbit men speedtest på datorn visar typ 40. Är 500 ens rimligt?';
    const { ticketId, replies } = await identified(desk, KARIN, lang, opening);
    expect(replies.at(-1)?.askKey).toBe('step.wired_test');
    const r = await desk.agent.handleMessage(ticketId, text);
    const said = r.map((x) => x.text).join('\n');
    expect(said).not.toMatch(/500 Mbit\/s/);
    expect(r.at(-1)?.askKey).toBe('step.wired_test');
    const timeline = await desk.tickets.timeline(ticketId);
    expect(timeline.some((e) => e.type === 'customer_step')).toBe(false);
  });
});

describe('the band question answered for what the customer sees', () => {
  it.each([
    "cable gives 472, wifi still 40 in the living room. I see two networks, Nilsson and Nilsson-5G, I'm on the first one. should I switch?",
    'kabeln ger 472, wifi fortfarande 40 i vardagsrummet. Jag ser två nät, Nilsson och Nilsson-5G. Ska jag byta?',
  ])('"%s": switch to the 5G one', (text) =>
    expect(wifiQuestionAnswer(text, 'speed_wifi_limited', true, 0)).toBe(
      'advice.wifi_limited.band_question.two_names',
    ),
  );

  it.each([
    'wifi still slow in the bedroom. I only see one wifi name, how do I pick 2.4 vs 5 GHz then?',
    'fortfarande segt på wifi. jag ser bara ett nätverk, hur väljer jag 5 ghz?',
  ])('"%s": no need to pick', (text) =>
    expect(wifiQuestionAnswer(text, 'speed_wifi_limited', true, 0)).toBe(
      'advice.wifi_limited.band_question.one_name',
    ),
  );

  it('no room the customer did not name, no figure of another case', () => {
    for (const lang of ['en', 'sv'] as const)
      for (const key of [
        'advice.wifi_limited.band_question',
        'advice.wifi_limited.band_question.two_names',
        'advice.wifi_limited.band_question.one_name',
      ] as const)
        expect(t(lang, key)).not.toMatch(/kitchen|köket|\b40\b/);
  });

  it.each([
    ['en', 'the router is stuck by the front door where the fibre comes in, the cable is short'],
    ['sv', 'routern sitter vid ytterdörren där fibern kommer in, sladden är för kort'],
  ] as const)('%s: "%s" — the advice never moves the router', (lang, text) => {
    const conv = { language: lang } as ConversationState;
    expect(elsewhereAdvice(conv, text, 'wifi_weak_signal')).toBe(
      'advice.elsewhere.wifi_weak_signal.router_stays',
    );
    expect(elsewhereAdvice(conv, 'in the bedroom still no', 'speed_wifi_limited')).toBe(
      'advice.elsewhere.speed_wifi_limited.router_stays',
    );
  });

  it.each([
    [
      'en',
      'anyway I switched to Nilsson-5G myself and now speedtest says 310. is that ok or should it be more?',
    ],
    ['sv', 'jag bytte till Nilsson-5G själv och nu visar speedtest 310. är det ok eller borde det vara mer?'],
  ] as const)(
    '%s: a good 5 GHz figure after the band advice is answered and the case closes',
    async (lang, text) => {
      const desk = memoryDesk({ world: faultWorld(['speed_wifi_limited'], { canDo: ['step.wired_test'] }) });
      const opening =
        lang === 'en' ? 'i pay for 500 mbit and get like 40' : 'jag betalar för 500 men får typ 40';
      const { ticketId } = await identified(desk, KARIN, lang, opening);
      await desk.agent.handleMessage(
        ticketId,
        lang === 'en' ? 'done, 472 over the cable' : 'klart, 472 med kabel',
      );
      await desk.agent.handleMessage(
        ticketId,
        lang === 'en'
          ? 'cable 472, wifi still 40 in the living room. I see Nilsson and Nilsson-5G, should I switch?'
          : 'kabel 472, wifi fortfarande 40 i vardagsrummet. Jag ser Nilsson och Nilsson-5G, ska jag byta?',
      );
      const r = await desk.agent.handleMessage(ticketId, text);
      const said = r.map((x) => x.text).join('\n');
      expect(said).toMatch(/310 Mbit\/s/);
      expect(r.at(-1)?.askKey).toBe('csat.score');
    },
  );
});

describe('"does it work now?" when it shows only later', () => {
  it.each([
    'Vet inte, det är ju förmiddag nu och då är det aldrig segt. Det märks väl först ikväll? Vilken kanal blev det förresten?',
    'Som sagt, det vet jag inte förrän ikväll när alla är hemma.',
    "no idea, can't tell until tonight when everyone is online. which channel is it on now?",
    "it's only ever slow in the evenings, so I won't know before tonight",
  ])('"%s" is read as "later"', (text) => expect(readOpenConfirm(text)).toBe('later'));

  it.each(['yes it works now', 'nej fortfarande segt', 'works for now i guess, hard to say'])(
    '"%s" is not',
    (text) => expect(readOpenConfirm(text)).not.toBe('later'),
  );

  it.each([
    [
      'sv',
      'Vet inte, det är ju förmiddag nu och då är det aldrig segt. Det märks väl först ikväll? Vilken kanal blev det förresten?',
    ],
    [
      'en',
      "Don't know, it's morning now and it's never slow then. I won't know until tonight. Which channel did it pick?",
    ],
  ] as const)('%s: not asked again, the channel answered, closed until the evening', async (lang, text) => {
    const desk = memoryDesk({ world: faultWorld(['wifi_channel_congestion']) });
    const opening =
      lang === 'sv'
        ? 'Varje kväll blir wifi:t väldigt segt. Är det för att alla grannar är hemma då?'
        : 'Every evening the wifi gets really slow. Is it because all the neighbours are home?';
    const { ticketId, replies } = await identified(desk, KARIN, lang, opening);
    expect(replies.at(-1)?.askKey).toBe('consent.wifi_change');
    const ok = await desk.agent.handleMessage(ticketId, lang === 'sv' ? 'Ok, kör' : 'ok go ahead');
    expect(ok.at(-1)?.askKey).toBe('resolution.confirm');
    const r = await desk.agent.handleMessage(ticketId, text);
    const said = r.map((x) => x.text).join('\n');
    expect(said).not.toMatch(/Fungerar det nu\?|Does it work now\?/);
    expect(said).toMatch(/kanal \d+|channel \d+/);
    expect(r.at(-1)?.askKey).toBe('csat.score');
    const triage = (await desk.tickets.timeline(ticketId)).find((e) => e.type === 'triage');
    expect(JSON.stringify(triage ?? {})).not.toMatch(/outage signs/);
  });
});

describe('what the customer said, recorded as said', () => {
  it.each([
    ['Är det för att alla grannar är hemma då?', false],
    ['Is it because all the neighbours are home in the evening?', false],
    ['grannarna har inte heller internet', true],
    ['my neighbour has no internet either', true],
  ] as const)('"%s": outage signs %s', (text, signs) =>
    expect(assessPriority({ text, intent: 'wifi_problem', mood: 'neutral' }).reasons.join(' ')).toMatch(
      signs ? /outage signs/ : /^(?![\s\S]*outage signs)/,
    ),
  );

  const now = new Date('2026-12-07T08:00:00Z');
  it.each([
    '- I work from home, video calls all day. Is there anything I can do in the meantime?',
    'Jag jobbar hemifrån, videosamtal hela dagen.',
  ])('"%s" is no time to reach the customer', (text) =>
    expect(timesSaid(text, now, 'Europe/Stockholm')).toBeNull(),
  );

  it.each([
    'I work from home Mon-Wed, so any of those days, not Thu/Fri.',
    'jag jobbar hemifrån, så jag är hemma hela dagen',
  ])('"%s" still is', (text) => expect(timesSaid(text, now, 'Europe/Stockholm')).not.toBeNull());

  it.each([
    'is there anything I can do, like a 4G router or something?',
    'finns det något jag kan göra, typ en 4g-router eller så?',
  ])('"%s" asks what helps meanwhile, not for a loan', (text) => {
    expect(caseQuestions(fold(text))).not.toContain('loan_device');
    expect(afterQuestions(text)).toContain('meanwhile');
  });

  it.each([
    'can i borrow a 4g router?',
    'kan jag låna en 4g-router?',
    'anything I can do? can you send me a 4g router to borrow?',
  ])('"%s" is still a loan', (text) => expect(caseQuestions(fold(text))).toContain('loan_device'));
});
