// Round 24 (b7): "yeah next to the router sure. but i sleep in the bedroom not the living room?? so no its
// still bad in there" got "in the hallway it is fast…" (a room nobody named), the buttons "Yes, it works / No"
// under "Shall I close the case…?", and after "can i talk to an actual person" the summary said "you moved
// closer to the router – fixed it". The desk names no room of its own, the buttons answer the question put,
// and a case that goes on never records the step as having fixed it.
import { describe, expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function stillBad(lang: 'en' | 'sv', remark: string) {
  const c = await chat(lang, faultWorld(['wifi_weak_signal'], { canDo: ['step.move_closer'] }));
  await c.say(
    lang === 'en' ? `wifi in my bedroom is useless. ${c.pin}` : `wifit i sovrummet är värdelöst. ${c.pin}`,
  );
  c.desk.world.performStep('step.move_closer');
  await c.say(lang === 'en' ? 'done' : 'klart');
  const replies = await c.send(remark);
  return { c, replies, text: replies.map((r) => r.text).join('\n') };
}

describe('fine next to the router, still bad in the room', () => {
  it.each([
    [
      'en',
      'yeah next to the router sure. but i sleep in the bedroom not the living room?? so no its still bad in there',
    ],
    ['en', 'ok near the router its fine but the kids room upstairs is still terrible?'],
    ['en', 'sure by the router. bedroom still sucks though?'],
    ['sv', 'ja vid routern funkar det. men jag sover i sovrummet?? där är det fortfarande kasst'],
    ['sv', 'jo nära routern går det bra, men i köket är det fortfarande dåligt?'],
  ] as const)('%s: "%s" — no invented room, buttons for the close question', async (lang, remark) => {
    const { replies, text } = await stillBad(lang, remark);
    expect(text).not.toMatch(/hallway|hallen/i);
    const last = replies.at(-1);
    if (/Shall I close|Ska jag stänga/.test(last?.text ?? ''))
      expect(last?.options.join(' ')).not.toMatch(/it works|det fungerar/i);
  });

  it.each([
    [
      'en',
      'yeah next to the router sure. but i sleep in the bedroom not the living room?? so no its still bad in there',
      'a mesh thing? do you guys sell those. can i talk to an actual person about it',
      /still poor further away/,
      /fixed it/,
    ],
    [
      'sv',
      'ja vid routern funkar det. men jag sover i sovrummet?? där är det fortfarande kasst',
      'kan jag få prata med en riktig människa om det?',
      /fortfarande dåligt längre bort/,
      /löste felet/,
    ],
  ] as const)(
    '%s: handed over after it, the summary does not say the step fixed it',
    async (lang, remark, person, told, falseClaim) => {
      const { c } = await stillBad(lang, remark);
      const reply = await c.say(person);
      const { first } = await c.cases();
      expect(first?.status).toBe('escalated');
      expect(reply).not.toMatch(falseClaim);
      expect(reply).toMatch(told);
    },
  );
});
