// Role-play round 19 (issue 14, F2): the consent-reassurance text ("Yes — I only change what I have
// described…") and the "your other settings stay" text answer a worry about a change, never a remark of
// caution beside another question, a request, or a question about the customer's e-mail.
import { expect, it } from 'vitest';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const REASSURANCE = /I only change what I (have )?described|jag ändrar bara det jag (har )?beskrivit/;

it.each([
  [
    'en',
    'hi im locked out of my pages, it says my account is locked. why did it lock?? and is my email affected too',
  ],
  ['en', 'my pages account got locked. is my e-mail affected by that?'],
  ['sv', 'kontot på mina sidor är låst. påverkas min mejl också?'],
  ['en', 'cant get into my pages, account locked. does that affect my e-mail as well?'],
] as const)(
  '%s: "%s" at a locked account gets the e-mail answer, not the settings text',
  async (lang, opening) => {
    const c = await chat(lang, faultWorld(['portal_account_locked']));
    await c.say(opening);
    await c.say('100482');
    const out = await untilAsked(c, 'resolution.confirm', '4711');
    const said = out.map((m) => m.text).join('\n');
    expect(said).not.toMatch(REASSURANCE);
    expect(said).toMatch(/own sign-in|egen inloggning/);
    // Asked again: not the same text word for word, and never the settings text.
    const again = await c.say(
      lang === 'sv'
        ? 'jag har inte testat än. men du svarade inte, påverkas min mejl?'
        : 'i havent tried yet. but you didnt answer, is my email affected? like my @ email',
    );
    expect(again).not.toMatch(REASSURANCE);
    expect(again).toMatch(/e-mail|e-post/);
  },
);

it.each([
  ['sv', 'en sak till. ska jag starta om routern nu eller är det bra som det är? vill inte förstöra nåt'],
  ['sv', 'ska jag starta om den nu? vill ju inte förstöra något'],
  ['en', 'one more thing, should i restart the router now or leave it? dont want to break anything'],
] as const)('%s: "%s" after the close is not answered with the reassurance', async (lang, q) => {
  const c = await chat(lang, faultWorld(['cable_unplugged'], { canDo: ['step.check_cables'] }));
  await untilAsked(
    c,
    'resolution.confirm',
    `${c.pin}. ${lang === 'sv' ? 'inget internet sen vi städade' : 'no internet since we cleaned behind the tv'}`,
  );
  await c.say(lang === 'sv' ? 'ja nu funkar det, tack' : 'yes it works now, thanks');
  expect(await c.say(q)).not.toMatch(REASSURANCE);
});

it.each([
  ['en', 'one more thing. you said the admin password, can you change it for me then? just to be safe'],
  ['en', 'can u change the admin password too, just to be on the safe side'],
  ['sv', 'en sak till, kan du byta adminlösenordet också? för säkerhets skull'],
] as const)('%s: "%s" after a DNS fix is no "Yes — I only change…"', async (lang, q) => {
  const c = await chat(lang, faultWorld(['dns_misconfigured']));
  await untilAsked(
    c,
    'resolution.confirm',
    `${c.pin}. ${lang === 'sv' ? 'vissa sidor laddar inte' : 'some websites wont open'}`,
  );
  await c.say(lang === 'sv' ? 'ja nu funkar det' : 'yes it works now');
  expect(await c.say(q)).not.toMatch(REASSURANCE);
});
