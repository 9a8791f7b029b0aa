// "As soon as I have your answer I continue with the next step" is said only while a question is pending:
// after a billing handoff "i work from home tomorrow, what do i do" gets what to do (a mobile hotspot as a
// stop-gap).
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function afterBillingHandoff(lang: Language) {
  const chat = await portalChat(lang, faultWorld(['billing_suspended']));
  await chat.send(
    lang === 'sv' ? 'internet slutade funka i förrgår' : 'internet stopped working day before yesterday',
  );
  expect((await chat.cases()).first?.queue).toBe('billing');
  return chat;
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
      const chat = await afterBillingHandoff(lang);
      const r = await chat.send(text);
      expect(joined(r)).toMatch(want);
      expect(joined(r)).not.toMatch(never);
    },
  );
});
