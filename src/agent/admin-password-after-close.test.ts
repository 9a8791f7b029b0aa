// After the close (rp12c #4): "om jag tappar bort det nya lösenordet då? var hittar jag det" after an
// admin-password change is answered from the case (where the password is, what to do if it is lost),
// never the answer to "will I lose my settings?" and never a new test; declining an offer the desk
// made never goes to a person; a goodbye ends the chat.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { classifyReply } from '../triage/reply.js';
import { converse, faultWorld, memoryDesk, type MemoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const all = async (desk: MemoryDesk) => (await desk.tickets.list({ limit: 50 })).items;
const talk = (desk: MemoryDesk, lang: Language, opening: string, consent: string) =>
  converse(desk, {
    customer: KARIN,
    language: lang,
    opening,
    answers: { 'identity.customer_number': '100482', 'identity.pin': '4711', 'consent.*': consent },
  });

describe('where the new admin password is, after the close', () => {
  it.each([
    [
      'sv',
      'hej, kan ni byta admin losenordet pa routern? det ar fabrikslosenordet',
      'om jag tappar bort det nya losenordet da? var hittar jag det',
      /Det står i mitt meddelande ovan/,
    ],
    [
      'sv',
      'hej, kan ni byta admin losenordet pa routern? det ar fabrikslosenordet',
      '?? jag fragade var jag hittar admin losenordet om jag glommer det',
      /fabriksåterställning/,
    ],
    [
      'en',
      'can you change my router admin password? it is still the factory one',
      'what if i forget the new password? where do i find it',
      /in my message above here in the chat/,
    ],
  ] as const)('%s: "%s" then "%s"', async (lang, opening, question, expected) => {
    const desk = memoryDesk({ world: faultWorld(['default_admin_password']) });
    const res = await talk(desk, lang, opening, lang === 'sv' ? 'ja' : 'yes');
    expect(res.outcome).toBe('resolved');
    const r = await desk.agent.handleMessage(res.ticketId, question);
    expect(words(r)).toMatch(expected);
    expect(words(r)).not.toMatch(/inställningar finns kvar som de är|settings stay as they are/);
    expect(r.some((x) => x.askKey?.startsWith('consent.'))).toBe(false);
    expect(await all(desk)).toHaveLength(1);
  });
});

describe('declining an offer the desk made', () => {
  it.each([
    [
      'sv',
      'kan ni byta admin lösenordet på min router?',
      'nej nej, jag har det sparat. jag ville bara veta. hej da',
    ],
    ['en', 'can you change the admin password on my router?', 'no thanks, leave it. bye'],
  ] as const)('%s: nothing to fix, "no" closes the case, never a person', async (lang, opening, no) => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const res = await talk(desk, lang, opening, no);
    expect(res.outcome).toBe('resolved');
    expect((await desk.tickets.list({ queue: 'agents' })).items).toHaveLength(0);
  });
});

describe('a goodbye after the close ends the chat', () => {
  it.each([
    'no thats all, bye',
    'nej nej, jag har det sparat. jag ville bara veta. hej da',
    'inget mer. hej då!',
  ])('"%s" is thanks, not a new request', (text) => {
    expect(classifyReply(null, text).act).toBe('thanks');
  });
});
