// Role-play rounds 28–29, billing / sales / portal:
// (1) "we were charged twice … can we get it back?" was answered "About money back: that depends on whether a fault
//     on our side caused it" and "If your service has been down …" — a double charge is paid back, never a fault
//     reduction (early-questions.ts, problem-questions.ts, question-answers.ts `charge`);
// (2) after a resolved case, "can I get some money back for the days the internet did not work?" is the reduction
//     for the days down (it got "I have not changed your Wi-Fi password" in the round; not reproduced on main —
//     kept here as a regression test);
// (3) "Vi har blivit debiterade två gånger … Internet fungerar bra" was read as no internet (line-cues.ts);
// (4) a would-be customer's "call me instead, my number is …, best after 16:00" was neither noted nor acknowledged;
// (5) "Does a technician need to come and install it?" beside a new subscription was not answered (sales
//     questions; the "tell me what is not working" reply);
// (6) "I'm not sure I remember it" / "make me a temporary one, I've forgotten it" about the portal password at
//     "does it work now?" was taken as a yes — it is a need: offered, or made when asked for;
// (7) "kan vi betala med Swish, och hur mycket är obetalt?" got the same "I can't take a payment" paragraph.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { readConfirmReply } from '../triage/confirm-reply.js';
import { triage } from '../triage/index.js';
import { caseAnswerKey, caseQuestions } from './case-questions.js';
import { salesQuestions } from './sales-questions.js';
import { atScore } from './testing/chat.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '100482', name: 'Priya Shah', pin: '4711' };

async function mail(language: Language, subject: string, ...messages: string[]) {
  const desk = memoryDesk({ world: faultWorld([]) });
  desk.directory.add(CUSTOMER);
  const started = await desk.agent.startConversation({ channel: 'email', language, subject });
  const said: string[] = [];
  for (const m of messages)
    said.push((await desk.agent.handleMessage(started.ticketId, m)).map((r) => r.text).join('\n'));
  return { desk, id: started.ticketId, said };
}

describe('(1) money back for a double charge is the charge paid back, never a fault reduction', () => {
  it.each([
    [
      'en',
      'Charged twice',
      'Hi, we were billed twice this month. Can we get the money back? Customer number 100482.',
    ],
    ['en', 'Invoice', 'Hello, I got double charged for November. Could I get a refund? customer no 100482'],
    [
      'sv',
      'Dubbel debitering',
      'Hej, vi har blivit debiterade två gånger för november, internet fungerar bra. Kan vi få tillbaka pengarna? Kundnummer 100482.',
    ],
    [
      'sv',
      'Faktura',
      'Hej! Ni har dragit pengar två gånger för oktober. Kan jag få tillbaka pengarna? Kundnummer 100482',
    ],
  ] as const)('%s: %j', async (lang, subject, opening) => {
    const { said } = await mail(lang, subject, opening, '4711');
    const all = said.join('\n');
    expect(all).toMatch(lang === 'en' ? /A charge that is wrong/ : /En felaktig debitering/);
    expect(all).not.toMatch(
      /About money back|If your service has been down|Om pengar tillbaka|Om tjänsten har legat nere/,
    );
  });
});

describe('(2) money back for the days down after a resolved case is the reduction', () => {
  it.each([
    [
      'en',
      'no internet',
      'ok thanks. can I get some money back for the days the internet did not work?',
      /reduction/,
    ],
    [
      'sv',
      'inget internet',
      'ok tack. kan jag få lite pengar tillbaka för dagarna internet inte fungerade?',
      /avdrag/,
    ],
  ] as const)('%s', async (lang, opening, ask, reduction) => {
    const { desk, id } = await atScore(['cpe_hung'], lang, opening);
    const out = (await desk.agent.handleMessage(id, ask)).map((r) => r.text).join('\n');
    expect(out).toMatch(reduction);
    expect(out).not.toMatch(/Wi-Fi password|wifi-lösenord/i);
  });
});

describe('(3) a charge taken twice with the service working is billing', () => {
  it.each([
    'Vi har blivit debiterade två gånger för november. Internet fungerar bra.',
    'Hej, vi har fått dra pengar två gånger för samma månad, nätet funkar som det ska',
    'jag har betalat två gånger för oktober, uppkopplingen är det inget fel på',
    'We were charged twice in November. The internet works fine.',
    'I got billed twice this month, internet is fine',
    'Hello, we have been charged twice for November. Our internet works fine, this is only about the money.',
  ])('%j', (text) => expect(triage(text).intent).toBe('billing'));

  it.each(['I was charged twice and the internet does not work either', 'the internet drops twice a day'])(
    'a fault told beside it stays a fault: %j',
    (text) => expect(triage(text).intent).not.toBe('billing'),
  );

  it('the Swedish mail goes to billing without a clarifying question', async () => {
    const { desk, id, said } = await mail(
      'sv',
      'Faktura',
      'Hej. Vi har blivit debiterade två gånger för november. Internet fungerar bra. Kundnummer 100482.',
      '4711',
    );
    expect((await desk.tickets.get(id))?.queue).toBe('billing');
    expect(said.join('\n')).not.toMatch(/Berätta vad som krånglar|vilket problem/i);
  });
});

describe('(4) a would-be customer’s call request with number and time is noted and acknowledged', () => {
  it.each([
    [
      'en',
      'Hello, we are not customers yet. We are moving to Storgatan 12 in Malmö in March — can we get fibre there, and what does it cost?',
      'Thanks! Could your sales team call me instead of e-mailing? My number is +46 70 555 12 34, best after 16:00.',
      /070-555 12 34[\s\S]*after 16/,
    ],
    [
      'sv',
      'Hej, vi är inte kunder hos er än. Vi flyttar till Storgatan 12 i Malmö i mars – går det att få fiber där och vad kostar det?',
      'Tack! Kan säljarna ringa mig istället? Ring mig på 070-555 12 34, efter 17.',
      /070-555 12 34[\s\S]*efter 17/,
    ],
  ] as const)('%s', async (lang, opening, call, acked) => {
    const { desk, id, said } = await mail(lang, 'Fiber', opening, call);
    expect((await desk.tickets.get(id))?.queue).toBe('sales');
    expect(said.at(-1)).toMatch(acked);
    const notes = (await desk.tickets.timeline(id)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
    expect(notes.join('\n')).toMatch(/Contact details for the team: \+46705551234/);
  });
});

describe('(5) "does a technician need to come and install it?" is answered beside a new subscription', () => {
  it.each([
    'Does a technician need to come and install it, or can we do it ourselves?',
    'Does a technician need to come and install it?',
    'Behöver någon komma hem och installera, eller kan man göra det själv?',
    'Behöver en tekniker komma och installera det?',
  ])('a sales question: %j', (q) => expect(salesQuestions(q)).toContain('install_visit'));

  it.each([
    [
      'en',
      'Hi, thinking of switching to you from Telia. Does a technician need to come and install it?',
      /Usually not/,
    ],
    [
      'sv',
      'Hej, funderar på att byta till er från Telia. Behöver en tekniker komma och installera det?',
      /Oftast inte/,
    ],
  ] as const)('%s chat opening: answered, whatever is asked next', async (lang, opening, answer) => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const { ticketId } = await desk.agent.startConversation({ channel: 'chat', language: lang });
    const out = (await desk.agent.handleMessage(ticketId, opening)).map((r) => r.text).join('\n');
    expect(out).toMatch(answer);
  });
});

describe('(6) a forgotten portal password at "does it work now?" is a need, never "it works"', () => {
  it.each([
    "yes please, make me a temporary one. I've forgotten it",
    'gör ett tillfälligt åt mig, jag har glömt det',
  ])('asked for: %j', (text) =>
    expect(readConfirmReply(text)).toMatchObject({ kind: 'new_need', need: 'portal_password', asked: true }),
  );

  // Not asked for: offered, and made after a yes (an account change needs explicit consent).
  it.each([
    "Hold on, I haven't tried yet. Do I use my old password? Honestly I'm not sure I remember it",
    'vänta, jag minns inte lösenordet',
  ])('forgotten: %j', (text) =>
    expect(readConfirmReply(text)).toMatchObject({ kind: 'new_need', need: 'portal_password', asked: false }),
  );

  it('a forgotten Wi-Fi key still waits for a yes (a new one drops the devices)', () =>
    expect(readConfirmReply("I don't remember the wifi password")).toMatchObject({
      need: 'wifi_password',
      asked: false,
    }));
});

describe('(7) Swish and the amount owed are answered, not the payment paragraph', () => {
  it.each([
    ['Om vi betalar med Swish idag, kommer internet tillbaka direkt?', 'pay_method'],
    ['Men det jag undrade var om det går att betala med Swish?', 'pay_method'],
    ['can we pay by card or swish?', 'pay_method'],
    ['Och hur mycket är det som är obetalt?', 'amount_owed'],
    ['Vilken faktura gäller det och hur mycket är det?', 'amount_owed'],
    ['how much do we owe?', 'amount_owed'],
    ['which invoice is it and what is the amount?', 'amount_owed'],
  ] as const)('%j', (text, q) => {
    expect(caseQuestions(text)).toContain(q);
    expect(caseQuestions(text)).not.toContain('pay_now');
    expect(caseAnswerKey(q, 'billing', null)).toBe(`case.${q}`);
  });

  it('a suspended line: the way to pay answered with when the connection opens again', () => {
    expect(caseAnswerKey('pay_method', 'billing', 'billing_suspended')).toBe(
      'case.pay_method.billing_suspended',
    );
    expect(caseAnswerKey('amount_owed', 'billing', 'billing_suspended')).toBe('case.amount_owed');
  });

  it.each([
    'jag har ju autogiro, hur kan den vara obetald?',
    'I paid by card last week',
    'I paid with swish yesterday.',
  ])('a way told, not asked: %j', (text) => expect(caseQuestions(text)).not.toContain('pay_method'));
});

describe('(3) a plug pulled twice is no charge taken twice', () => {
  it.each([
    'Internet har inte fungerat sedan i går kväll. Routern har en röd lampa där det brukar vara grönt. Jag har dragit ur och satt i strömmen två gånger.',
    "The internet hasn't worked since last night. I have pulled the plug and put it back twice.",
  ])('%j is a fault', (text) => expect(triage(text).intent).not.toBe('billing'));
});
