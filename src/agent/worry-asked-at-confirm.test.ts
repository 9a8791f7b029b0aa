// Round 23 (b4): "ja nu syns det!! men varför försvann det ens, är jag hackad eller" at "does it work now?"
// is a question (a tag, no mark), and the yes in it confirms the fix — it is never the permission to change
// the Wi-Fi key, which nobody had asked for. Changing a key unasked logs every device out.
import { describe, expect, it } from 'vitest';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const OSKAR = { customerNumber: '203927', name: 'Oskar Karlsson', pin: '5083' };

const actions = async (desk: ReturnType<typeof memoryDesk>, ticketId: string) =>
  (await desk.tickets.timeline(ticketId)).flatMap((e) => (e.type === 'action_done' ? [e.action] : []));

describe('a hack worry asked beside the yes that confirms a fix', () => {
  for (const [lang, opening, worry] of [
    ['sv', 'vårt wifi syns inte längre', 'ja nu syns det!! men varför försvann det ens, är jag hackad eller'],
    ['sv', 'wifit är borta', 'ja funkar. men har nån hackat mig eller'],
    ['en', 'our wifi network is gone', 'yes its back!! but why did it vanish, am i hacked or what'],
  ] as const) {
    it(`${lang}: "${worry}" changes no key without being asked and answers the worry`, async () => {
      const desk = memoryDesk({
        world: faultWorld(['wifi_radio_disabled'], { canDo: ['step.rejoin_wifi'] }),
      });
      const { ticketId, replies } = await identified(desk, OSKAR, lang, opening);
      expect(replies.at(-1)?.askKey).toBe('consent.wifi_change');
      const asked = await desk.agent.handleMessage(ticketId, lang === 'sv' ? 'ja slå på' : 'yes turn it on');
      expect(asked.at(-1)?.askKey).toBe('resolution.confirm');
      const r = await desk.agent.handleMessage(ticketId, worry);
      const text = r.map((x) => x.text).join(' ');
      expect(await actions(desk, ticketId)).toEqual(['wifi_radio_enable']);
      expect(text).not.toMatch(/Klart! Ditt nya wifi|Done! Your new Wi-Fi/i);
      // Whatever comes next, a key change is asked for before it is made.
      if ((await actions(desk, ticketId)).length > 1)
        expect(r.some((x) => x.askKey?.startsWith('consent.'))).toBe(true);
    });
  }
});
