// "seems ok now yes. btw can i rename my wifi while youre at it?" at "does it work now?": the case closes on
// the yes, and the rename is a second request. Taking the rename up inside the first case (as for one asked
// beside an earlier permission) left the yes unrecorded, and the case went to second line after the rename.
import { describe, expect, it } from 'vitest';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };

describe('a rename asked inside the yes to "does it work now?"', () => {
  it.each([
    [
      'en',
      'the wifi is super slow in the evenings',
      'yes',
      'seems ok now yes. btw can i rename my wifi while youre at it?',
    ],
    ['sv', 'wifit är jättesegt på kvällarna', 'ja', 'ja nu funkar det. kan du byta namn på wifit också?'],
  ] as const)(
    '%s: the first case is resolved, the rename is asked for next',
    async (lang, opening, yes, confirm) => {
      const desk = memoryDesk({
        world: faultWorld(['wifi_channel_congestion'], { canDo: ['step.rejoin_wifi'] }),
      });
      desk.directory.add(KARIN);
      const c = await desk.agent.startConversation({
        channel: 'chat',
        language: lang,
        portalCustomerNumber: '100482',
      });
      await desk.agent.handleMessage(c.ticketId, opening);
      const asked = await desk.agent.handleMessage(c.ticketId, yes);
      expect(asked.at(-1)?.askKey).toBe('resolution.confirm');
      const next = await desk.agent.handleMessage(c.ticketId, confirm);
      const first = await desk.tickets.get(c.ticketId);
      expect(first?.status).toBe('resolved');
      expect(next.at(-1)?.askKey).toBe('config.wifi_name');
    },
  );
});
