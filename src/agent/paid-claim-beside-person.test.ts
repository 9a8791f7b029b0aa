// Round 22 (a1): after a suspended subscription went to billing, "Men den fakturan har jag ju betalat!
// Förra veckan. Kan jag få prata med en riktig människa istället" got only the person answer; the claim
// that the invoice was paid was taken up two messages later. A payment claim in any word order is
// read, noted on the billing case and acknowledged in the same reply as the person answer.
import { describe, expect, it } from 'vitest';
import { caseQuestions } from './case-questions.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const NILS = { customerNumber: '200241', name: 'Nils Johansson', pin: '2468' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function suspended(language: 'en' | 'sv') {
  const desk = memoryDesk({ world: faultWorld(['billing_suspended']) });
  const res = await converse(desk, {
    customer: NILS,
    language,
    opening:
      language === 'en'
        ? 'the internet has been dead for two days'
        : 'internet har inte fungerat sedan i förrgår',
    answers: { 'identity.customer_number': '200241', 'identity.pin': '2468' },
  });
  expect(res.queue).toBe('billing');
  return { desk, ...res };
}

describe('a payment claim beside a request for a person', () => {
  it.each([
    'Men den fakturan har jag ju betalat! Förra veckan.',
    'den har jag faktiskt betalat',
    'jag betalade den förra veckan',
    'fakturan är redan betald!',
    'den är betald sen länge',
    'But I paid that invoice last week!',
    'that bill has been paid already',
    'I did pay it on friday',
    'it was paid a week ago',
  ])('"%s" is a payment claim', (text) => {
    expect(caseQuestions(text)).toContain('paid_already');
  });

  it.each(['när kommer internet tillbaka om jag betalar?', 'do i have to pay first?', 'can i pay by card?'])(
    '"%s" is none',
    (text) => {
      expect(caseQuestions(text)).not.toContain('paid_already');
    },
  );

  it.each([
    [
      'sv',
      'Men den fakturan har jag ju betalat! Förra veckan. Kan jag få prata med en riktig människa istället',
    ],
    ['sv', 'jag betalade den i fredags. ge mig en riktig människa'],
    ['sv', 'fakturan är redan betald, jag vill prata med en person'],
    ['en', 'But I paid that invoice last week! Can I talk to a real person instead'],
    ['en', 'it was paid already, let me speak to a human'],
  ] as const)('%s: "%s" → the claim noted and acknowledged beside the person answer', async (lang, text) => {
    const { desk, ticketId } = await suspended(lang);
    const said = words(await desk.agent.handleMessage(ticketId, text));
    expect(said).toMatch(lang === 'sv' ? /redan har betalat/ : /already paid/);
    expect(said).toMatch(
      lang === 'sv' ? /personer på vår fakturaavdelning|fakturaavdelning/ : /billing team/,
    );
    const notes = (await desk.tickets.timeline(ticketId)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
    expect(notes.some((n) => /paid_already/.test(n))).toBe(true);
    expect((await desk.tickets.list({ queue: 'billing' })).items).toHaveLength(1);
  });
});
