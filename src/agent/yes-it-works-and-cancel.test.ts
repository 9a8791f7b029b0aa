// Round 25 (b4, en, firmware_bug_drops): at "Does it work now?", "whatever yes it works. still want to know my
// speed tho" got "I'm sorry it still isn't working" and a second-line case ("fix did not help"): the "still" of a
// wish in a sentence of its own was read as the fault still being there. Then "cancel that second line thing,
// nothing is wrong" was ignored. A yes with a grumble and a wish is a yes; a case the desk escalated itself that
// the customer calls off before anyone has worked it is withdrawn, and the customer is told so.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const ERIK = { customerNumber: '200122', name: 'Erik Persson', pin: '1606' };
const OPENING: Record<Language, string> = {
  en: 'my connection keeps dropping 200122 pin 1606',
  sv: 'nätet släpper hela tiden 200122 pin 1606',
};
const STILL_BROKEN = /still isn’t working|still isn't working|fortfarande inte fungerar/;

async function atConfirm(lang: Language) {
  const c = await chat(lang, faultWorld(['firmware_bug_drops']), ERIK);
  await untilAsked(c, 'resolution.confirm', OPENING[lang]);
  const escalated = async () =>
    (await c.desk.tickets.timeline(c.ticketId)).some((e) => e.type === 'escalation');
  return { ...c, escalated };
}

describe('a yes with a wish beside it is a yes', () => {
  it.each([
    ['en', 'whatever yes it works. still want to know my speed tho'],
    ['en', 'yes it works. still want to know what speed i pay for'],
    ['en', 'works now! still wanna know why it broke'],
    ['sv', 'ja det funkar. vill fortfarande veta vilken hastighet jag har'],
    ['sv', 'funkar nu. men jag vill fortfarande veta varför'],
  ] as [Language, string][])('%s: "%s"', async (lang, yes) => {
    const c = await atConfirm(lang);
    const said = await c.say(yes);
    expect(said).not.toMatch(STILL_BROKEN);
    expect(await c.escalated()).toBe(false);
    expect((await c.cases()).first?.status).toBe('resolved');
  });

  it.each([
    ['en', 'no its still dropping'],
    ['sv', 'nej, det släpper fortfarande'],
  ] as [Language, string][])('%s: "%s" is still a no', async (lang, no) => {
    const c = await atConfirm(lang);
    expect(await c.say(no)).toMatch(STILL_BROKEN);
    expect(await c.escalated()).toBe(true);
  });
});

describe('a case the desk just escalated, called off by the customer', () => {
  it.each([
    ['en', 'ok thx. and cancel that second line thing, nothing is wrong', /withdrawn case T-000001/],
    ['en', 'actually it works now, you can cancel that case', /withdrawn case T-000001/],
    ['en', 'please cancel the escalation, its working now', /withdrawn case T-000001/],
    ['sv', 'stryk det där andra linjen-ärendet, allt funkar', /dragit tillbaka ärende T-000001/],
    ['sv', 'ta bort ärendet till andra linjen, det funkar ju', /dragit tillbaka ärende T-000001/],
  ] as [Language, string, RegExp][])('%s: "%s"', async (lang, cancel, told) => {
    const c = await atConfirm(lang);
    await c.send(lang === 'en' ? 'no its still dropping' : 'nej det funkar inte');
    expect((await c.cases()).first?.status).toBe('escalated');
    const said = await c.say(cancel);
    expect(said).toMatch(told);
    expect(said).not.toMatch(/read that wrong|läste fel/);
    expect((await c.cases()).first?.status).toBe('resolved');
    const notes = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
      e.type === 'note' ? [e.text] : [],
    );
    expect(notes.some((n) => n.startsWith('Withdrawn'))).toBe(true);
  });

  it('a case a person has written on stays with the team', async () => {
    const c = await atConfirm('en');
    await c.send('no its still dropping');
    await c.desk.tickets.append(c.ticketId, [
      { type: 'message_out', actor: { kind: 'staff', id: 'u1' }, text: 'Hi, I am looking at it.' },
    ] as never);
    await c.send('cancel that second line thing, nothing is wrong');
    expect((await c.cases()).first?.status).toBe('escalated');
  });
});
