// Round 26 (c9): at "Ska jag döpa om ditt wifi-nätverk till 'Lindgrens'?", "nej vänta, gör det Farmor o Farfar
// istället. hittar tvn det själv sen?" renamed the network to "Lindgrens" — the name just taken back — and left the
// TV question. The name given instead is taken (the permission asked for it, by name) and the TV question
// answered in the same reply: a TV picks the new name once, with the same password.
import { expect, it } from 'vitest';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  ['sv', 'nej vänta, gör det Farmor o Farfar istället. hittar tvn det själv sen?', 'Farmor o Farfar', /tv/i],
  ['sv', 'nej, gör den Hemmanätet istället. måste jag göra om tv:n?', 'Hemmanätet', /tv/i],
] as const)('%s: %s', async (lang, reply, name, tv) => {
  const c = await portalChat(lang, faultWorld([], { canDo: ['step.rejoin_wifi'] }));
  await c.say('hej vill byta namn på wifi nätverket');
  await c.say('Lindgrens');
  const out = await c.say(reply);
  expect(c.desk.world.actionsDone()).not.toContain('wifi_ssid_change');
  expect(out).toContain(name);
  expect(out).toMatch(tv);
  await c.say('ja');
  const renamed = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
    e.type === 'action_requested' && e.action === 'wifi_ssid_change' ? [e.args?.ssid] : [],
  );
  expect(renamed).toEqual([name]);
});
