import { describe, expect, it } from 'vitest';
import type { ConversationState } from './conversation-state.js';
import { followLanguage } from './language-hold.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const conv = (extra: Partial<ConversationState> = {}) =>
  ({ language: 'sv', languageFixed: false, customerId: null, ...extra }) as ConversationState;

describe('following the customer language', () => {
  it('an opening that leans English is answered in English when nobody knows the customer yet', async () => {
    const desk = memoryDesk({ world: faultWorld(['ppp_auth_failure']) });
    const c = await desk.agent.startConversation({ channel: 'chat' });
    const r = await desk.agent.handleMessage(c.ticketId, 'internet died');
    expect(r.at(-1)?.askKey).toBe('identity.customer_number');
    expect(r.at(-1)?.text).toMatch(/customer number/);
  });

  it('a short clear message decides while the language has not been shown, and not after', () => {
    // A known customer: their profile language stands against a mere lean.
    const c = conv({ customerId: 'c1' });
    expect(followLanguage(c, { language: 'en', languageConfidence: 0.18 }, 'internet died', true)).toBe(
      false,
    );
    expect(c.language).toBe('sv');
    expect(followLanguage(c, { language: 'en', languageConfidence: 1 }, 'my number is #201559', false)).toBe(
      true,
    );
    expect(c.language).toBe('en');
    // Shown now: a short Swedish word does not flip it back.
    expect(followLanguage(c, { language: 'sv', languageConfidence: 0.9 }, 'ja tack', false)).toBe(false);
    expect(c.language).toBe('en');
  });

  it('a language the customer chose is never changed', () => {
    const c = conv({ languageFixed: true });
    expect(
      followLanguage(
        c,
        { language: 'en', languageConfidence: 1 },
        'my internet has been down since this morning',
        false,
      ),
    ).toBe(false);
  });
});
