// Issue 14, role-play round 19 (a4): after a DNS fix closed, "one more thing. you said the admin password, can
// you change it for me then? just to be safe" got "Yes — I only change what I have described…" and nothing was
// done; "so did you change it or not?" got "Yes — I put the correct DNS settings back". A router action the desk
// runs itself, asked for after the close or after a handoff, is a new request on a linked case: permission
// asked, the action run, the result said — never a "yes" without doing it.
import { describe, expect, it } from 'vitest';
import type { ActionName, Language } from '../domain/index.js';
import { converse, faultWorld, memoryDesk, type MemoryDesk } from './testing/memory-desk.js';

const JOHAN = { customerNumber: '200108', name: 'Johan Berg', pin: '7486' };
const ID = { 'identity.customer_number': '200108', 'identity.pin': '7486' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function actions(desk: MemoryDesk): Promise<string[]> {
  const out: string[] = [];
  for (const t of (await desk.tickets.list({ limit: 20 })).items)
    for (const e of await desk.tickets.timeline(t.id)) if (e.type === 'action_done') out.push(e.action);
  return out;
}

async function closedDnsCase(lang: Language) {
  const desk = memoryDesk({ world: faultWorld(['dns_misconfigured'], { canDo: ['step.rejoin_wifi'] }) });
  const res = await converse(desk, {
    customer: JOHAN,
    language: lang,
    opening:
      lang === 'en'
        ? 'some websites wont open, says server not found. google works sometimes but netflix doesnt'
        : 'vissa sidor går inte att öppna, det står server not found',
    answers: { ...ID, 'consent.*': lang === 'en' ? 'yes' : 'ja' },
  });
  expect(res.outcome).toBe('resolved');
  return { desk, ticketId: res.ticketId };
}

/** Answers the permission and steps the new case asks, and returns every reply. */
async function carryOn(
  desk: MemoryDesk,
  ticketId: string,
  first: { text: string; askKey?: string | null }[],
  lang: Language,
) {
  const all = [...first];
  let last = first;
  for (let i = 0; i < 4; i++) {
    const ask = last.at(-1)?.askKey;
    if (!ask || ask === 'csat.score') break;
    const reply = ask.startsWith('step.') ? (lang === 'en' ? 'done' : 'klart') : lang === 'en' ? 'yes' : 'ja';
    last = await desk.agent.handleMessage(ticketId, reply);
    all.push(...last);
  }
  return all;
}

describe('a router action asked for after the outcome is carried out', () => {
  it.each([
    [
      'en',
      'one more thing. you said the admin password, can you change it for me then? just to be safe',
      'admin_password_change',
    ],
    ['en', 'oh and could you change the router admin password too pls', 'admin_password_change'],
    [
      'sv',
      'en sak till, kan ni byta admin-lösenordet på routern också? för säkerhets skull',
      'admin_password_change',
    ],
    ['en', 'btw can you set a new wifi password as well', 'wifi_password_change'],
    ['sv', 'kan du byta wifi-lösenordet också medan du håller på', 'wifi_password_change'],
    [
      'en',
      'one more thing, can you restart the router from your end? it has been on for months',
      'cpe_reboot',
    ],
    ['sv', 'kan inte ni starta om routern härifrån också?', 'cpe_reboot'],
  ] as const)('%s after a close: "%s" → %s with permission on a linked case', async (lang, text, action) => {
    const { desk, ticketId } = await closedDnsCase(lang);
    const first = await desk.agent.handleMessage(ticketId, text);
    expect(first.some((m) => m.askKey?.startsWith('consent.'))).toBe(true);
    expect(words(first)).not.toMatch(
      /I only change what I have described|Jag ändrar bara det jag har beskrivit/,
    );
    const all = await carryOn(desk, ticketId, first, lang);
    expect((await actions(desk)).sort()).toEqual(['dns_reset', action as ActionName].sort());
    const items = (await desk.tickets.list({ limit: 20 })).items;
    expect(items).toHaveLength(2);
    expect(words(all)).not.toMatch(/correct DNS settings back|rätta DNS-inställningarna/);
  });

  it('"so did you change it or not?" after the admin password was asked for is not answered with the DNS fix', async () => {
    const { desk, ticketId } = await closedDnsCase('en');
    const first = await desk.agent.handleMessage(
      ticketId,
      'one more thing. you said the admin password, can you change it for me then? just to be safe',
    );
    const r = await desk.agent.handleMessage(ticketId, 'so did you change it or not?');
    expect(words(r)).not.toMatch(/Yes — I put the correct DNS settings back/);
    // Either the permission is asked again (nothing done yet), or the change is said as not done.
    expect(first.at(-1)?.askKey).toMatch(/^consent\./);
    expect(await actions(desk)).toEqual(['dns_reset']);
  });

  it.each([
    [
      'en',
      'I want to talk to a real person please',
      'while i wait, could you change the router admin password for me?',
    ],
    ['sv', 'jag vill prata med en människa', 'medan jag väntar, kan ni byta admin-lösenordet på routern?'],
  ] as const)(
    '%s after a handoff: "%s", then "%s" → carried out on a linked case',
    async (lang, opening, text) => {
      const desk = memoryDesk({ world: faultWorld([]) });
      const res = await converse(desk, { customer: JOHAN, language: lang, opening, answers: { ...ID } });
      expect(res.queue).toBe('agents');
      const first = await desk.agent.handleMessage(res.ticketId, text);
      expect(first.at(-1)?.askKey).toMatch(/^consent\./);
      await carryOn(desk, res.ticketId, first, lang);
      expect(await actions(desk)).toEqual(['admin_password_change']);
      expect((await desk.tickets.get(res.ticketId))?.queue).toBe('agents');
    },
  );
});
