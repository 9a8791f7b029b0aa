// Round 21 c8: a would-be customer wrote "ring helst inte före 9" and the case said "call före 9, prefers
// phone" — the opposite of what she said, and a wish she never had; her correction ("nej INTE före 9. efter 9
// går bra, mejl funkar också") was only quoted. A time ruled out is kept as the time that suits, no way of
// contact is made up, and the correction is read as contact details.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { CONTACT_STATE_KEY, readContact, type ContactDetails } from './contact-details.js';
import { memoryDesk } from './testing/memory-desk.js';

async function salesCase(language: Language, opening: string) {
  const desk = memoryDesk();
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  await desk.agent.handleMessage(c.ticketId, opening);
  return { desk, id: c.ticketId };
}

const notes = async (desk: ReturnType<typeof memoryDesk>, id: string) =>
  (await desk.tickets.timeline(id)).flatMap((e) => (e.type === 'note' ? [e.text] : [])).join('\n');

describe('a time to call ruled out', () => {
  it.each([
    ['sv', 'ok. Lisa Berg, lisa.berg@example.se. ring helst inte före 9', 'efter 9'],
    ['sv', 'Lisa Berg 070-123 45 67, ring inte innan 9 tack', 'efter 9'],
    ['en', 'Lisa Berg, lisa.berg@example.se. please dont call before 9', 'after 9'],
    ['en', 'lisa berg 070 123 45 67 - dont call me after 8 pm', 'before 8 pm'],
  ] as const)('%s: %s → %s, no preference made up', async (language, details, when) => {
    const opening =
      language === 'sv'
        ? 'hej, jag är inte kund men flyttar till Sundbyberg. vilket bredband finns där och vad kostar det?'
        : "hi, i'm not a customer, moving to Sundbyberg. what broadband can i get there and what does it cost?";
    const { desk, id } = await salesCase(language as Language, opening);
    const r = await desk.agent.handleMessage(id, details);
    const said = r.map((x) => x.text).join('\n');
    const state = await desk.tickets.getState<ContactDetails>(id, CONTACT_STATE_KEY);
    expect(state?.when).toBe(when);
    expect(state?.prefers).toBeUndefined();
    expect(said).toContain(when);
    const written = await notes(desk, id);
    expect(written).toContain(`call ${when}`);
    expect(written).not.toMatch(/prefers phone/);
  });

  it('sv: the correction "nej INTE före 9. efter 9 går bra, mejl funkar också" is read as the time', async () => {
    expect(readContact('nej INTE före 9. efter 9 går bra, mejl funkar också')?.when).toBe('efter 9');
    expect(readContact('no NOT before 9. after 9 is fine')?.when).toBe('after 9');
  });
});
