// Round 32 (b #5): at "does it work now?" "she called her sister for 5 minutes and youtube kept playing. so yes it
// works! but why did it work for 2 years before and only now breaks?" got the answer and "Does it work now?" again
// — only the message's first sentence was read for the yes. A yes in any clause, with none saying it fails, settles
// the question wherever it stands; the question beside it is answered in the same reply.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const OPENING: Record<Language, string> = {
  en: 'our wifi network does not show up on any device any more',
  sv: 'vårt wifi syns inte längre i någon enhet',
};

async function atConfirm(lang: Language) {
  const c = await portalChat(lang, faultWorld(['wifi_radio_disabled']));
  await untilAsked(c, 'resolution.confirm', OPENING[lang]);
  return c;
}

describe('a yes after a first sentence that only reports settles "does it work now?" (rp32b #5)', () => {
  it.each([
    [
      'en',
      'my daughter tried her tablet for ten minutes. so yes it works! but why did it stop in the first place?',
    ],
    ['en', 'phone and laptop both tried. yep, works now. why did it happen though?'],
    ['sv', 'testade med mobilen en stund. så ja, det funkar! men varför slutade det fungera?'],
  ] as const)('%s: %j is a yes', async (lang, text) => {
    const c = await atConfirm(lang);
    const replies = await c.send(text);
    expect(replies.map((r) => r.askKey)).not.toContain('resolution.confirm');
    const res = (await c.desk.tickets.timeline(c.ticketId)).filter((e) => e.type === 'resolution');
    expect(res.at(-1)).toMatchObject({ outcome: 'resolved' });
  });

  it.each([
    ['en', 'tried the tablet for a while. no, it still does not show up. why is that?'],
    ['sv', 'testade med mobilen. nej, det syns fortfarande inte. varför då?'],
  ] as const)('%s: %j is no yes', async (lang, text) => {
    const c = await atConfirm(lang);
    await c.send(text);
    const res = (await c.desk.tickets.timeline(c.ticketId)).filter(
      (e) => e.type === 'resolution' && e.outcome === 'resolved',
    );
    expect(res).toHaveLength(0);
  });
});
