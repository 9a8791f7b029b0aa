// "As soon as I have your answer I continue with the next step" is said only while a question is pending:
// after a billing handoff "i work from home tomorrow, what do i do" gets what to do (a mobile hotspot as a
// stop-gap).
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };

async function afterBillingHandoff(lang: Language) {
  const desk = memoryDesk({ world: faultWorld(['billing_suspended']) });
  desk.directory.add(KARIN);
  const c = await desk.agent.startConversation({
    channel: 'chat',
    language: lang,
    portalCustomerNumber: '100482',
  });
  await desk.agent.handleMessage(
    c.ticketId,
    lang === 'sv' ? 'internet slutade funka i förrgår' : 'internet stopped working day before yesterday',
  );
  expect((await desk.tickets.get(c.ticketId))?.queue).toBe('billing');
  return { desk, ticketId: c.ticketId };
}

const joined = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

describe('what to do next with nothing pending', () => {
  it.each([
    [
      'en',
      'but i paid it last week! cant you just turn it back on now? i work from home tomorrow, what do i do',
      /hotspot/i,
      /your answer/i,
    ],
    [
      'sv',
      'men jag betalade förra veckan! jag jobbar hemifrån i morgon, vad ska jag göra',
      /surfzon|hotspot/i,
      /ditt svar/i,
    ],
  ] as const)(
    '%s: "%s" gets a stop-gap, never "as soon as I have your answer"',
    async (lang, text, want, never) => {
      const { desk, ticketId } = await afterBillingHandoff(lang);
      const r = await desk.agent.handleMessage(ticketId, text);
      expect(joined(r)).toMatch(want);
      expect(joined(r)).not.toMatch(never);
    },
  );
});
