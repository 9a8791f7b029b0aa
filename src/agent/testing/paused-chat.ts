// Two cases the round-35 tests start from: a connection paused for an unpaid invoice with billing, and a slow
// line escalated to second line.
import { expect } from 'vitest';
import type { Language } from '../../domain/index.js';
import { chat } from './chat.js';
import { converse, faultWorld, memoryDesk } from './memory-desk.js';

export const NILS = { customerNumber: '200241', name: 'Nils Johansson', pin: '5573' };
const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };

/** Nils, verified, whose paused connection went to billing. */
export async function pausedChat(lang: Language) {
  const c = await chat(lang, faultWorld(['billing_suspended']), NILS);
  await c.send(
    lang === 'sv' ? 'internet slutade funka i förrgår' : 'my internet stopped working two days ago',
  );
  await c.send('200241');
  await c.send('5573');
  expect((await c.cases()).first?.queue).toBe('billing');
  const all = async () => (await c.desk.tickets.list({ limit: 10 })).items;
  const sales = async () => (await all()).filter((t) => t.queue === 'sales');
  const notes = async () =>
    (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
  return { ...c, all, sales, notes };
}

/** Karin's slow line, the steps done and still slow: escalated to second line. */
export async function slowLineEscalated(lang: Language) {
  const desk = memoryDesk({ world: faultWorld(['speed_line_degraded']) });
  const res = await converse(desk, {
    customer: KARIN,
    language: lang,
    opening:
      lang === 'sv'
        ? 'internet är jättesegt, bara 20 Mbit även med kabel'
        : 'the internet is very slow, only 20 Mbit even with a cable',
    answers: {
      'identity.customer_number': '100482',
      'identity.pin': '4711',
      'consent.*': lang === 'sv' ? 'ja' : 'yes',
      'step.*': lang === 'sv' ? 'klart' : 'done',
      'resolution.confirm': lang === 'sv' ? 'nej, fortfarande segt' : 'no, still slow',
    },
  });
  expect(res.outcome).toBe('escalated');
  const cases = async () => (await desk.tickets.list({ limit: 50 })).items;
  const say = async (text: string) =>
    (await desk.agent.handleMessage(res.ticketId, text)).map((m) => m.text).join('\n');
  return { desk, id: res.ticketId, say, cases };
}
