// Round 16 (F1): questions the desk answers from its own data (the case's cause, what it did, what it asks)
// are answered there, never noted for a colleague.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const PROMISE =
  /colleague will answer|kollega svarar|noted your question|noterat din fråga|separate case|separat ärende/;

async function agentsCases(desk: Awaited<ReturnType<typeof chat>>['desk']) {
  return (await desk.tickets.list({ limit: 20 })).items.length;
}

/** Sends messages until the desk asks `key` (answering PIN and consents), then returns the chat. */
async function until(c: Awaited<ReturnType<typeof chat>>, key: string, first: string) {
  let replies = await c.send(first);
  for (let i = 0; i < 6 && replies.at(-1)?.askKey !== key; i++) {
    const ask = replies.at(-1)?.askKey ?? '';
    if (ask.startsWith('step.')) c.desk.world.performStep(ask as never);
    replies = await c.send(ask.startsWith('step.') ? (c.yes === 'ja' ? 'klart' : 'done') : c.yes);
  }
  expect(replies.at(-1)?.askKey).toBe(key);
  return c;
}

it.each([
  ['en', '100482. did you guys turn it off or something? it was fine yesterday'],
  ['en', 'its 100482 - did u switch it off on your end??'],
  ['sv', '100482. har ni stängt av det eller? det funkade igår'],
  ['sv', '100482, stängde ni av wifit?'],
] as const)('%s: "%s" beside the number at a Wi-Fi-off case gets the cause', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['wifi_radio_disabled']));
  await c.say(lang === 'sv' ? 'vårt wifi syns inte längre' : 'our wifi network just disappeared');
  await c.say(msg);
  const out = await c.say('4711');
  expect(out).toMatch(/switched off in the router|stängts av i (själva )?routern/);
  expect(out).not.toMatch(PROMISE);
  expect(out).not.toMatch(/can’t answer|kan inte svara/);
  // Answered before the question it leads to, which stays the last thing said.
  expect(out.trim()).toMatch(/(switch your Wi-Fi on|slå på ditt wifi)\?$/);
});

it.each([
  ['sv', 'Ja nu kom jag in, tack. Men ni svarade inte på varför det låstes? Kommer det hända igen?'],
  ['sv', 'ja funkar. varför blev kontot låst?'],
  ['sv', 'ja. men vrf låstes det ens?'],
  ['en', 'yes im in now thanks. why did it get locked tho, will it happen again?'],
  ['en', 'works. why was my account locked in the first place'],
] as const)('%s: "%s" at a locked portal account is answered with why it locks', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['portal_account_locked']));
  await until(
    c,
    'resolution.confirm',
    `${c.pin}. ${lang === 'sv' ? 'kommer inte in på mina sidor, kontot är låst' : 'cant log in to my pages, it says my account is locked'}`,
  );
  const out = await c.say(msg);
  expect(out).toMatch(/wrong passwords|fel lösenord/);
  expect(out).toMatch(/Forgot password|Glömt lösenord/);
  expect(out).not.toMatch(PROMISE);
  expect(await agentsCases(c.desk)).toBe(1);
});

it.each([
  ['en', 'Alright I suppose it works then. Did my grandson do it wrong?'],
  ['en', 'ok it works. did my son set it up wrong?'],
  ['sv', 'ok det funkar väl då. Har mitt barnbarn gjort fel?'],
  ['sv', 'ja det verkar funka nu. har barnbarnet kopplat fel?'],
] as const)('%s: "%s" after the splitter fix is answered, not passed on', async (lang, msg) => {
  const world = faultWorld(['dsl_low_snr'], { canDo: ['step.check_cables'], splitter: true });
  const c = await chat(lang, world, {
    customerNumber: '100482',
    name: 'Lucas Khan',
    pin: '4711',
    access: 'dsl',
  } as never);
  await until(
    c,
    'resolution.confirm',
    `${c.pin}. ${lang === 'sv' ? 'internet tappar uppkopplingen flera gånger om dagen' : 'my internet keeps dropping several times a day'}`,
  );
  const out = await c.say(msg);
  expect(out).toMatch(/common|vanligt/);
  expect(out).not.toMatch(PROMISE);
  expect(await agentsCases(c.desk)).toBe(1);
});

it.each([
  ['en', 'Is it safe to send a PIN by email?'],
  ['en', 'is it ok to write my pin here? is that safe'],
  ['sv', 'är det säkert att skicka pinkoden i mejl?'],
] as const)('%s: "%s" at the PIN question is answered', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['cpe_hung']));
  await c.say(lang === 'sv' ? 'internet funkar inte' : 'my internet is down');
  await c.say('100482');
  const out = await c.say(msg);
  expect(out).toMatch(/only lets us|bara till att|never ask|aldrig/);
  expect(out).not.toMatch(PROMISE);
});

it.each([
  ['en', 'will you guys be able to see the new password?'],
  ['en', 'can your staff see it afterwards?'],
  ['sv', 'kan ni se det nya lösenordet sen?'],
  ['sv', 'sparar ni lösenordet?'],
] as const)('%s: "%s" at the admin password offer is answered', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['default_admin_password']));
  const first = await c.send(
    `${c.pin}. ${lang === 'sv' ? 'jag vill byta administratörslösenordet på routern' : 'i want to change the admin password on my router'}`,
  );
  const ask = first.at(-1)?.askKey ?? '';
  expect(ask).toMatch(/^consent\./);
  const out = await c.say(msg);
  expect(out).toMatch(/only to you|bara för dig|only you|bara du/i);
  expect(out).not.toMatch(PROMISE);
});

it.each([
  [
    'sv',
    'vi ska flytta nästa månad. kan man ta med sig internet eller måste man säga upp?',
    'men det är alltså inte uppsagt nu?',
  ],
  ['sv', 'jag vill nog säga upp mitt abonnemang', 'har ni sagt upp det redan?'],
  [
    'en',
    'we are moving next month, can we take the internet with us or do we have to cancel?',
    'so my subscription isnt cancelled now?',
  ],
  ['en', 'i think i want to cancel my subscription', 'wait, have you cancelled it already?'],
] as const)('%s: "%s" → "%s" after the sales handoff: nothing is cancelled', async (lang, opening, q) => {
  const c = await chat(lang, faultWorld([]));
  const first = await c.say(`${c.pin}. ${opening}`);
  expect(first).toMatch(/sales|sälj/i);
  const out = await c.say(q);
  expect(out).toMatch(/nothing has been cancelled|inget är uppsagt/);
  expect(out).not.toMatch(/cannot answer that|inte svara på härifrån/);
});
