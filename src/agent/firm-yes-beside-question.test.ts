// Role-play round 24 (a3, en, default_admin_password) at the permission: "wait what couldnt you answer?
// anyway yes change it. how do I get the new one?" got the permission asked again — a clear yes taken as not
// given. A firm yes in a sentence of its own beside questions is the permission: the questions are answered
// and the change made, once, in the same reply.
import { expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function atConsent(lang: Language) {
  const c = await portalChat(lang, faultWorld(['default_admin_password']));
  const r = await c.send(
    lang === 'sv'
      ? 'har min router fortfarande standardlösenordet för admin? kan ni byta det?'
      : 'Is my router still on the default admin password? can you change it for me?',
  );
  expect(r.at(-1)?.askKey).toMatch(/^consent\./);
  return c;
}

it.each([
  ['en', 'wait what couldnt you answer? anyway yes change it. how do I get the new one?'],
  ['en', 'how will I see the new password? yes go ahead.'],
  ['en', 'yes do it pls. where do i find the new one?'],
  ['sv', 'hur får jag veta det nya? ja byt det.'],
  ['sv', 'ja kör. var hittar jag det nya lösenordet sen?'],
  ['sv', 'vänta vad menar du? hursomhelst ja gör det. hur får jag det nya?'],
] as const)('%s: "%s" is the permission, the question answered', async (lang, reply) => {
  const c = await atConsent(lang);
  const r = await c.send(reply);
  const text = r.map((x) => x.text).join('\n');
  expect(c.desk.world.actionsDone()).toContain('admin_password_change');
  expect(r.at(-1)?.askKey ?? '').not.toMatch(/^consent\./);
  expect(text).not.toMatch(/May I change|Får jag byta/);
  // The new password is shown, and how the customer gets it is said.
  expect(text).toMatch(/new admin password is|nya adminlösenord är|nya administratörslösenord/i);
});

it.each([
  ['en', 'how do I get the new one? maybe later though'],
  ['sv', 'hur får jag det nya? vänta lite'],
] as const)('%s: "%s" is no permission yet', async (lang, reply) => {
  const c = await atConsent(lang);
  const r = await c.send(reply);
  expect(c.desk.world.actionsDone()).not.toContain('admin_password_change');
  expect(r.at(-1)?.askKey).toMatch(/^consent\./);
});
