import { describe, expect, it } from 'vitest';
import { t } from '../src/agent/messages/index.js';
import { conversationQuality } from './conversation-quality.js';

const agent = (text: string, askKey: string | null = null) => ({ role: 'agent' as const, text, askKey });
const customer = (text: string, askKey: string | null) => ({ role: 'customer' as const, text, askKey });

describe('conversationQuality', () => {
  it('counts the desk saying it cannot answer, in either language and inside a longer reply', () => {
    const q = conversationQuality([
      customer('hur gör jag på skrivaren?', 'step.rejoin_wifi'),
      agent(
        `${t('sv', 'reply.cannot_answer.here')} Ska jag sätta tillbaka det gamla namnet?`,
        'consent.wifi_change',
      ),
      customer('can my friends join?', null),
      agent(t('en', 'reply.cannot_answer.here')),
      agent(t('en', 'case.noted', { reference: 'T-000001', ourTeam: 'our billing team', when: '24 hours' })),
      agent('Yes, it is safe.'),
    ]);
    expect(q.cannotAnswer).toBe(3);
  });

  it('counts an ask answered three times in a row as one loop, and not two asks that differ', () => {
    const ask = 'consent.config_change';
    const looped = conversationQuality([
      customer('yes. is it safe though?', ask),
      customer('yes. is it safe though?', ask),
      customer('yes. is it safe though?', ask),
      customer('yes. is it safe though?', ask),
      customer('yes it works', 'resolution.confirm'),
    ]);
    expect(looped).toEqual({ cannotAnswer: 0, askLoops: 1 });
    const fine = conversationQuality([
      customer('200101', 'identity.customer_number'),
      customer('5747', 'identity.pin'),
      customer('ja', 'consent.reboot'),
      customer('ja', 'resolution.confirm'),
    ]);
    expect(fine.askLoops).toBe(0);
  });
});
