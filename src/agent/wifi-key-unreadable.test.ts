// Role-play round 16 (a #4, e-mail): after the new Wi-Fi password was set, "The new password only shows
// as dots in your email ••••••••, I cannot read it?? What is it?" closed the case with "you reconnected
// your devices – could not be done". Asking for the key again (dots, cannot read it, what is it) is no
// refusal of the step: where the readable key is, and the step asked again; the case stays open.
import { expect, it } from 'vitest';
import type { AgentReply } from './agent.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const said = (r: AgentReply[]) => r.map((x) => x.text).join('\n');

/** channel | language | what the customer wrote. */
const ASKED_AGAIN =
  `email|en|The new password only shows as dots in your email ••••••••, I cannot read it?? What is it?
chat|en|i cant see the password, its just dots
chat|en|what was the new password again?
email|sv|Lösenordet syns bara som prickar i mejlet, jag kan inte läsa det. Vad är det?
chat|sv|jag fick aldrig se lösenordet?`
    .split('\n')
    .map((line) => line.split('|') as ['chat' | 'email', 'sv' | 'en', string]);

it.each(ASKED_AGAIN)('%s %s: "%s" keeps the case open', async (channel, lang, text) => {
  const desk = memoryDesk({ world: faultWorld(['wifi_password_forgotten']) });
  const opening = lang === 'en' ? 'i forgot my wifi password' : 'jag har glömt wifi-lösenordet';
  const { ticketId } = await identified(desk, KARIN, lang, opening, channel);
  const r1 = await desk.agent.handleMessage(ticketId, lang === 'en' ? 'yes go ahead' : 'ja kör');
  expect(r1.at(-1)?.askKey).toBe('step.rejoin_wifi');
  const r = await desk.agent.handleMessage(ticketId, text);
  expect(r.at(-1)?.askKey).toBe('step.rejoin_wifi');
  expect(said(r)).toMatch(lang === 'en' ? /Your new Wi-Fi password is/ : /Ditt nya wifi-lösenord är/);
  expect(said(r)).not.toMatch(/could not be done|gick inte|is closed|avslutat/);
  const t = await desk.tickets.get(ticketId);
  expect(t?.status).not.toBe('resolved');
});
