// At "what should your Wi-Fi be called?": a hedge with a name tried proposes that name, a plain "no
// idea" gets a suggestion and the question again, a question about å/ä/ö is answered; a no to the name
// proposed asks for the name again, and only "låt bli / skip it" withdraws the rename (closed as it is).
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function renameChat(lang: 'sv' | 'en') {
  const c = await chat(lang, faultWorld([], { canDo: ['step.rejoin_wifi'] }));
  await c.say(`${c.pin}. ${lang === 'sv' ? 'kan man byta namn på wifit?' : 'can i rename my wifi?'}`);
  return c;
}

it.each([
  ['sv', 'vet inte.. kanske Nilssons? eller får man ha å ä ö?', /Å, ä och ö går bra/],
  ['en', 'no idea.. maybe Nilssons? or can it have å ä ö?', /Å, ä and ö are allowed/],
  ['en', 'something like Nilssons', null],
  ['sv', 'typ Nilssons eller nåt', null],
] as const)('%s: "%s" proposes Nilssons', async (lang, reply, rules) => {
  const { desk, say, yes } = await renameChat(lang);
  const out = await say(reply);
  if (rules) expect(out).toMatch(rules);
  expect(out).toMatch(/[”“]Nilssons[”]/);
  expect(out).not.toMatch(/unknown|vet inte|maybe|something|typ/i);
  await say(yes);
  expect(desk.world.actionsDone()).toContain('wifi_ssid_change');
});

it.each([
  ['sv', 'vet inte', /efternamn/, /Vad vill du att ditt wifi-nät ska heta/],
  ['en', 'no idea', /surname/, /What would you like your Wi-Fi network to be called/],
] as const)('%s: a plain "%s" gets a suggestion and the question again', async (lang, reply, hint, ask) => {
  const { say } = await renameChat(lang);
  const out = await say(reply);
  expect(out).toMatch(hint);
  expect(out).toMatch(ask);
  expect(out).not.toMatch(/unknown|”vet inte”|“no idea”/);
});

it('a no to the name proposed is not a no to the rename: answered, the name asked again, then renamed', async () => {
  const { desk, say } = await renameChat('sv');
  await say('Nilssons');
  const out = await say('nej!! inte det. jag frågade om man får ha å ä ö');
  expect(out).toMatch(/Å, ä och ö går bra/);
  expect(out).toMatch(/Vad vill du att ditt wifi-nät ska heta/);
  expect(out).not.toMatch(/kollega|24 timmar|ärende T-\d+ är avslutat/);
  expect(await say('döp det till Nilssons då')).toMatch(/till ”Nilssons”\?/);
  await say('ja');
  expect(desk.world.actionsDone()).toEqual(['wifi_ssid_change']);
});

it.each([
  ['sv', 'nej förresten, behåll det gamla'],
  ['en', 'skip it, keep the old name'],
] as const)('%s: "%s" at the name question withdraws the rename, nothing handed on', async (lang, reply) => {
  const { desk, say } = await renameChat(lang);
  const out = await say(reply);
  expect(out).toMatch(/allt kvar som det är|everything stays as it is/);
  expect(out).not.toMatch(/[”“](nej|skip)/);
  expect(desk.world.actionsDone()).toEqual([]);
  const [ticket] = (await desk.tickets.list({ limit: 5 })).items;
  expect(ticket.queue ?? null).toBeNull();
  expect(ticket.status).toBe('resolved');
});

it('"låt bli" at the permission withdraws it; a clear name after the close renames', async () => {
  const { desk, say } = await renameChat('sv');
  await say('Nilssons');
  expect(await say('nej låt bli')).toMatch(/allt kvar som det är/);
  expect(await say('va? jag vill ju byta namn. döp det till Nilssons då')).toMatch(/till ”Nilssons”\?/);
  await say('ja');
  expect(desk.world.actionsDone()).toEqual(['wifi_ssid_change']);
});
