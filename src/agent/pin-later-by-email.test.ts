// A move asked for by e-mail, the PIN "not here" (blind set un33): a mail is answered whenever the PIN is at
// hand, so the case waits for it once, saying why the number alone is not enough, instead of a refusal that
// makes the customer start again. "I have no PIN" is still refused at once, and a chat as before.
import { describe, expect, it } from 'vitest';
import type { Channel, Language } from '../domain/index.js';
import type { AgentReply } from './agent.js';
import { memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '812617', name: 'Lena Ström', pin: '4407' };

async function talk(channel: Channel, language: Language, messages: string[]) {
  const desk = memoryDesk();
  desk.directory.add(CUSTOMER);
  const c = await desk.agent.startConversation({ channel, language });
  const replies: AgentReply[][] = [];
  for (const m of messages) replies.push(await desk.agent.handleMessage(c.ticketId, m));
  const tl = await desk.tickets.timeline(c.ticketId);
  return { replies, resolution: tl.findLast((e) => e.type === 'resolution') };
}

const MOVE = {
  sv: 'Hej, vi flyttar den 1 februari och vill ta med oss internet. Kundnummer 812617',
  en: 'Hi, we are moving on 1 February and want to take our internet along. Customer number 812617',
};
const NOT_HERE = {
  sv: 'Jag har inte PIN-koden här, den står på avtalet. Räcker det inte med kundnumret?',
  en: "I don't have the PIN here, it's on the contract at home. Isn't the customer number enough?",
};

describe('the PIN not at hand for a change asked by e-mail', () => {
  it.each(['sv', 'en'] as const)(
    '%s: told why, the PIN asked once more; given later, the move goes to sales',
    async (lang) => {
      const r = await talk('email', lang, [MOVE[lang], NOT_HERE[lang], `${CUSTOMER.pin}`]);
      expect(r.replies[1].at(-1)?.askKey).toBe('identity.pin');
      expect(r.replies[1].map((x) => x.text).join(' ')).toMatch(
        /customer number alone|kundnumret räcker inte/,
      );
      expect(r.resolution).toMatchObject({ outcome: 'routed', queue: 'sales' });
    },
  );

  it('"not here" twice is refused', async () => {
    const r = await talk('email', 'en', [MOVE.en, NOT_HERE.en, 'no, I really cannot get it today']);
    expect(r.resolution).toMatchObject({ outcome: 'refused' });
  });

  it('"I have no PIN" by e-mail is refused at once', async () => {
    const r = await talk('email', 'en', [MOVE.en, "I don't have a PIN, I never got one."]);
    expect(r.resolution).toMatchObject({ outcome: 'refused' });
  });

  it('in a chat, "not here" is refused with how to come back, as before', async () => {
    const r = await talk('chat', 'sv', [MOVE.sv, NOT_HERE.sv]);
    expect(r.resolution).toMatchObject({ outcome: 'refused' });
  });
});
