// "seems ok now yes. btw can i rename my wifi while youre at it?" at "does it work now?": the case closes on
// the yes, and the rename is a second request. Taking the rename up inside the first case (as for one asked
// beside an earlier permission) left the yes unrecorded, and the case went to second line after the rename.
import { describe, expect, it } from 'vitest';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

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
      const chat = await portalChat(
        lang,
        faultWorld(['wifi_channel_congestion'], { canDo: ['step.rejoin_wifi'] }),
      );
      await chat.send(opening);
      await chat.asks(yes, 'resolution.confirm');
      const next = await chat.send(confirm);
      expect((await chat.cases()).first?.status).toBe('resolved');
      expect(next.at(-1)?.askKey).toBe('config.wifi_name');
    },
  );
});
