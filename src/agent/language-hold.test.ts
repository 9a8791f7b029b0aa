// The desk's language through a conversation (role-play rp3b): one English line in a Swedish chat does
// not move it, two in a row do, and back in Swedish it follows at once.
import { describe, expect, it } from 'vitest';
import type { ConversationState } from './conversation-state.js';
import { followLanguage } from './language-hold.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const sv = { language: 'sv' as const, languageConfidence: 1 };
const en = { language: 'en' as const, languageConfidence: 1 };

describe("following the customer's language", () => {
  it('holds the home language through one stray line, follows two, and returns home at once', () => {
    const conv = { language: 'sv', languageFixed: false, phase: 'opening' } as ConversationState;
    followLanguage(conv, sv, 'inget internet och inga lampor lyser på routern');
    conv.phase = 'runbook';
    expect(followLanguage(conv, en, 'lamps are blinking now, so its working?')).toBe(false);
    expect(conv.language).toBe('sv');
    expect(followLanguage(conv, sv, 'oj förlåt, ja nu funkar det tror jag')).toBe(false);
    expect(followLanguage(conv, en, 'lamps are blinking now, so its working?')).toBe(false);
    expect(followLanguage(conv, en, 'sorry, my swedish is bad, can we do english from here')).toBe(true);
    expect(conv.language).toBe('en');
    expect(followLanguage(conv, sv, 'nej förresten, vi kan ta det på svenska igen')).toBe(true);
    expect(conv.language).toBe('sv');
  });

  it('corrects a guess from a short opening with the first clear message', () => {
    const conv = { language: 'sv', languageFixed: false, phase: 'opening' } as ConversationState;
    followLanguage(conv, { language: 'sv', languageConfidence: 0.6 }, 'internet died');
    conv.phase = 'identify_number';
    expect(followLanguage(conv, en, 'my customer number is on the invoice i think')).toBe(true);
    expect(conv.language).toBe('en');
  });
});

describe('in a conversation', () => {
  it("a Swedish customer's one English line is answered in Swedish, and the close is Swedish", async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_powered_off'], { canDo: ['step.power_on'] }) });
    desk.directory.add({ customerNumber: '100482', name: 'Henrik Ek', pin: '4711' });
    const c = await desk.agent.startConversation({ channel: 'chat', portalCustomerNumber: '100482' });
    const step = await desk.agent.handleMessage(
      c.ticketId,
      'inget internet och inga lampor lyser på routern',
    );
    expect(step.at(-1)?.askKey).toBe('step.power_on');
    desk.world.performStep('step.power_on');
    const confirm = await desk.agent.handleMessage(c.ticketId, 'klart, nu är den på');
    expect(confirm.at(-1)?.askKey).toBe('resolution.confirm');
    const close = await desk.agent.handleMessage(c.ticketId, 'lamps are blinking now, so its working?');
    expect(close.map((r) => r.text).join('\n')).not.toMatch(/\b(the|your|case|glad)\b/i);
  });
});
