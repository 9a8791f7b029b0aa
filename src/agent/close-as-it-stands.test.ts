// Round 25 (a7, en, wifi_weak_signal): "wait move the router?? my parents wont let me" at the step was taken as
// "done" and never answered; after "yeah its better by the door i guess. but in my room its still bad, cant you
// boost it" and "ok close it i guess" the close said "glad it works again", the summary "you moved closer to the
// router – fixed it" and the ticket "customer confirms it works". A question about the step is answered (the
// device is moved, not the router); a close agreed to after "fine near the router, still poor in my room" closes
// the case as it stands, and the close, the summary and the ticket say so.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const LUCAS = { customerNumber: '200136', name: 'Lucas Khan', pin: '2849' };

async function atStep(lang: Language) {
  const c = await chat(lang, faultWorld(['wifi_weak_signal'], { canDo: ['step.move_closer'] }), LUCAS);
  await c.send(
    lang === 'en' ? 'yo wifi is trash in my room, keeps lagging in games' : 'wifit är kasst i mitt rum',
  );
  await c.asks('200136 2849', 'step.move_closer');
  c.desk.world.performStep('step.move_closer');
  const notes = async () =>
    (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
  return { ...c, notes };
}

describe('moving the router, asked at the step', () => {
  it.each([
    ['en', 'wait move the router?? my parents wont let me lol. i moved the laptop to the doorway i guess'],
    ['en', 'do i have to move the router? its bolted to the wall'],
    ['en', 'cant move the router, its in my parents room. is that a problem?'],
    ['sv', 'flytta routern?? det får jag inte. jag flyttade datorn närmare iaf'],
    ['sv', 'måste jag flytta routern? den sitter fast i väggen'],
  ] as [Language, string][])('%s: "%s" is answered', async (lang, msg) => {
    const c = await atStep(lang);
    const said = await c.say(msg);
    expect(said).toMatch(/No need to move the router|Du behöver inte flytta routern/);
    expect(said).not.toMatch(/can’t answer from here|kan inte svara på härifrån/);
  });
});

describe('closed after "fine near the router, still poor in my room"', () => {
  it.each([
    [
      'en',
      'yeah its better by the door i guess. but in my room its still bad, cant you boost it or something?',
      'ok close it i guess',
    ],
    ['en', 'near the router its fine but upstairs still sucks. any way to fix that?', 'no thats all thanks'],
    [
      'sv',
      'ja det är bättre nära routern. men i mitt rum är det fortfarande dåligt, kan ni förstärka det?',
      'ok stäng det då',
    ],
    [
      'sv',
      'jo bättre vid routern. men i köket är det fortfarande kasst, kan ni göra nåt?',
      'nej det var allt tack',
    ],
  ] as [Language, string, string][])('%s: "%s", then "%s"', async (lang, remark, close) => {
    const c = await atStep(lang);
    await c.asks(lang === 'en' ? 'done' : 'klart', 'resolution.confirm');
    await c.asks(remark, 'resolution.confirm');
    const said = await c.say(close);
    expect(said).not.toMatch(/glad it works again|Vad bra att det fungerar igen/);
    expect(said).not.toMatch(/fixed it|löste felet/);
    expect(said).toMatch(/as it stands|som det är/);
    expect(said).toMatch(/still poor further away|fortfarande dåligt längre bort/);
    const notes = await c.notes();
    expect(notes).not.toContain('customer confirms it works');
    expect(notes.some((n) => n.startsWith('fine close to the router, still poor further away'))).toBe(true);
    expect((await c.cases()).first?.status).toBe('resolved');
  });

  it('a plain yes it works still closes as working', async () => {
    const c = await atStep('en');
    await c.asks('done', 'resolution.confirm');
    expect(await c.say('yes works great now')).toMatch(/glad it works again/);
  });
});
