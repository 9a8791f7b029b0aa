// rp13 (s11 T): a second request inside the answer to "does it work now?" is taken up in the same reply,
// not dropped — "yes its back :) while youre at it can u rename it to Hallbergs?", "ja det funkar bättre
// nu. men kan jag byta till ett billigare abonnemang då, typ 250?", "ok ill check tonight. another thing
// while i have you, why was my last invoice like 100 kr more than usual??". The first case closes on the
// answer part; the rest is its own linked case at once; the satisfaction question waits for the last one.
// Also: "behåll då. men … får jag avdrag?" keeps the visit and answers the refund; "och teknikern ringer
// innan eller?" is answered; "hur många enheter är anslutna nu? och kan jag välja lösenordet själv?" gets
// both answers; a rename or hack worry is recorded with the intent of its runbook.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { triageApi } from '../triage/index.js';
import { answerPart, answerRestOf, restReaders } from './answer-rest.js';
import { classifyReply } from '../triage/reply.js';
import { topicsOf } from '../triage/topics-of.js';
import { questionAnswers } from './question-answers.js';
import { requestIntent } from './request-intent.js';
import { portalChat } from './testing/chat.js';
import { handedOver } from './testing/field-handoff.js';
import { weekdaySlots } from './testing/field-slots.js';
import { faultWorld } from './testing/memory-desk.js';
import { visitQuestions } from './visit-questions.js';
import { wifiClients } from './wifi-clients.js';

const read = restReaders(triageApi);

async function atConfirm(lang: Language) {
  const chat = await portalChat(
    lang,
    faultWorld(['wifi_channel_congestion'], { canDo: ['step.rejoin_wifi'] }),
  );
  await chat.send(
    lang === 'sv' ? 'wifit är jättesegt på kvällarna' : 'the wifi is super slow in the evenings',
  );
  await chat.asks(chat.yes, 'resolution.confirm');
  return chat;
}

describe('the rest of an answer to "does it work now?"', () => {
  it.each([
    [
      'en',
      'yes its back :) while youre at it can u rename it to Hallbergs? the old name is super ugly',
      'rename',
    ],
    [
      'sv',
      'ja det funkar bättre nu. men kan jag byta till ett billigare abonnemang då, typ 250?',
      'account_change',
    ],
    [
      'en',
      'ok ill check tonight. another thing while i have you, why was my last invoice like 100 kr more than usual??',
      'billing',
    ],
    ['en', 'works now thanks', null],
    ['en', 'yes thanks. will it happen again?', null],
    ['sv', 'ja nu funkar det, tack för snabb hjälp!', null],
  ] as const)('%s: "%s" → %s', (lang, text, kind) => {
    expect(answerRestOf('resolution.confirm', text, lang, read)?.kind ?? null).toBe(kind);
  });

  it('the answer part is what comes before the second request', () => {
    expect(
      answerPart('resolution.confirm', 'ja det funkar bättre nu. men kan jag byta till 250?', 'sv', read),
    ).toBe('ja det funkar bättre nu.');
    expect(answerPart('consent.reboot', 'ja. men kan jag byta till 250?', 'sv', read)).toBe(
      'ja. men kan jag byta till 250?',
    );
  });

  it('a rename beside the yes: the case closes and the rename is asked for by name in the same reply, no score yet', async () => {
    const chat = await atConfirm('en');
    const r = await chat.send(
      'yes its back :) while youre at it can u rename it to Hallbergs? the old name is super ugly',
    );
    const { first, next } = await chat.cases();
    expect(first?.status).toBe('resolved');
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(r.at(-1)?.text).toContain('Hallbergs');
    expect(r.some((x) => x.askKey === 'csat.score')).toBe(false);
    expect(next?.intent).toBe('router_config');
  });

  it.each([
    [
      'sv',
      'ja det funkar bättre nu. men kan jag byta till ett billigare abonnemang då, typ 250?',
      'sales',
      /säljavdelning/,
    ],
    [
      'en',
      'ok ill check tonight. another thing while i have you, why was my last invoice like 100 kr more than usual??',
      'billing',
      /billing team/,
    ],
  ] as const)(
    '%s: "%s" closes the case and routes the rest to %s at once',
    async (lang, text, queue, said) => {
      const chat = await atConfirm(lang);
      const r = await chat.send(text);
      const { first, next } = await chat.cases();
      expect(first?.status).toBe('resolved');
      expect(r.map((x) => x.text).join('\n')).toMatch(said);
      expect(next?.queue).toBe(queue);
    },
  );
});

describe('"behåll då. men … får jag avdrag?" at keep-or-hold, then "ok. och teknikern ringer innan eller?"', () => {
  it.each([
    [
      'sv',
      'routern startar om sig själv hela tiden',
      'vardagar efter 16',
      'nej vänta, skicka ingen tekniker. kan ni inte bara posta en ny router så byter jag själv?',
      'behåll då. men jag är ju utan internet till måndag, får jag avdrag för det?',
      /gäller/,
      /avdrag på fakturan/,
      'ok. och teknikern ringer innan eller?',
      /ringer eller skickar ett sms/,
    ],
    [
      'en',
      'my router keeps restarting itself',
      'weekdays after 4',
      "wait, don't send a technician. can't you just post me a new router and i swap it myself?",
      "keep it then. but we're without internet until monday, do we get money back for that?",
      /stands|still on|keep/i,
      /billing/i,
      'ok. and will the technician call before coming?',
      /call/i,
    ],
  ] as const)(
    '%s: the keep and the refund are both answered; the call-ahead question after it too',
    async (language, opening, when, hold, keep, kept, refund, callAhead, called) => {
      const { say } = await handedOver('hardware_failure', language, when, {
        opening,
        slots: weekdaySlots(['07', '08', '09', '10', '11']),
      });
      await say(hold);
      const both = await say(keep);
      expect(both).toMatch(kept);
      expect(both).toMatch(refund);
      expect(await say(callAhead)).toMatch(called);
    },
  );
});

describe('two questions at a permission: how many devices are connected, and may I choose the password', () => {
  it('both are answered, the count from the Wi-Fi probe', async () => {
    const chat = await portalChat('sv', faultWorld([], { canDo: ['step.rejoin_wifi'] }));
    await chat.asks(
      'Det syns okända enheter på vårt wifi och min granne tror att någon har hackat routern. Kan ni stänga ute dem?',
      'consent.wifi_change',
    );
    const r = await chat.send(
      'hmm hur många enheter är det som är anslutna nu? och kan jag välja lösenordet själv?',
    );
    const said = r.map((x) => x.text).join('\n');
    // The count the probe saw, or that it cannot be seen from here — never nothing.
    expect(said).toMatch(/enligt din router: \d+\.|kan jag inte se härifrån/);
    expect(said).toMatch(/eget/);
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
    expect((await chat.cases()).first?.intent).toBe('router_config');
  });

  it('the count is the one the Wi-Fi probe saw, or unknown', () => {
    const ok = {
      code: 'wifi.ok',
      severity: 'ok' as const,
      evidence: { values: { clients: 3 }, source: 'acs' },
      explanation: { sv: '', en: '' },
    };
    expect(wifiClients({ findings: [ok] })).toBe(3);
    expect(wifiClients({ findings: [] })).toBeNull();
  });

  it.each([
    ['hur många enheter är det som är anslutna nu?'],
    ['how many devices are connected right now?'],
    ['hur många är anslutna just nu'],
  ])('"%s" asks for the connected devices', (text) => {
    expect(topicsOf(text)).toContain('connected_devices');
  });

  it('"och teknikern ringer innan eller?" asks whether the technician calls first', () => {
    expect(visitQuestions('ok. och teknikern ringer innan eller?')).toContain('call');
  });

  it.each([
    ['no_connection', { securityWorry: true }, 'router_config'],
    ['wifi_password', { ssidRename: true }, 'router_config'],
    ['slow_speed', {}, 'slow_speed'],
    ['billing', { ssidRename: true }, 'billing'],
  ] as const)('a request %s with %j is recorded as %s', (intent, facts, expected) => {
    expect(requestIntent(intent, facts)).toBe(expected);
  });
});

describe('a customer number named in the signature of a long first message', () => {
  it.each([
    [
      'Hej,\n\nVi har 500 Mbit/s men får bara runt 40 Mbit på laptopen. Kan ni titta på det?\n\nMed vänliga hälsningar\nLinnea Ek\nkundnummer 803157',
      '803157',
    ],
    [
      'Hi,\n\nour wifi is slow, 40 Mbit on a 500 plan.\n\nKind regards\nSara Nilsson\ncustomer number 200157',
      '200157',
    ],
  ])('is found: %j', (text, number) => {
    expect(triageApi.parseAnswer('identity.customer_number', text, 'sv')).toEqual({
      kind: 'customer_number',
      value: number,
    });
  });
});

describe('"ska jag betala för 500 om wifi:t inte klarar det?"', () => {
  it.each([
    [
      'satt bredvid routern på 5ghz nätet nu o fick 310. men ska jag betala för 500 om wifi:t inte klarar det?',
    ],
    ['so why am i paying for 500 if the wifi cant even do it?'],
  ])(
    '"%s" gets the plan answer (line to the router vs Wi-Fi, sales for a cheaper plan), not the cost of help',
    (text) => {
      const act = classifyReply('resolution.confirm', text, 'sv');
      expect(act).toEqual({ act: 'question', topic: 'plan_wifi' });
      const keys = questionAnswers(text, 'plan_wifi', { askKey: 'resolution.confirm' }, 'reply.other');
      expect(keys[0]).toBe('reply.plan_wifi');
      expect(keys).not.toContain('reply.cost');
    },
  );
});
