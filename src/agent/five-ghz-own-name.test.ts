// Round 32 (b #8): the desk offers to give the 5 GHz band its own name (reply.one_name_bands, the help-centre
// article wifi-bands) — asked for ("kan ni dela upp banden?", "give the 5 GHz its own name", "split the bands"),
// it asks a permission of its own, and on yes renames the 5 GHz band only (wifi_ssid_change fiveGhzOwnName),
// audited like any router change, and says which name to pick where. A no, a hedge or an unverified caller
// changes nothing.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { memoryDesk } from './testing/memory-desk.js';

const customer = { customerNumber: '100482', name: 'Sara Nilsson', pin: '4711' };

async function askedFor(language: Language, opening: string) {
  const desk = memoryDesk();
  desk.directory.add(customer);
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  await desk.agent.handleMessage(c.ticketId, opening);
  await desk.agent.handleMessage(c.ticketId, customer.customerNumber);
  const atPin = await desk.agent.handleMessage(c.ticketId, customer.pin);
  return { desk, ticketId: c.ticketId, atPin };
}

const said = (replies: { text: string }[]) => replies.map((r) => r.text).join('\n');
const fiveGhzRenames = (desk: ReturnType<typeof memoryDesk>) =>
  desk.world.calls.filter((c) => c.action === 'wifi_ssid_change' && c.result === 'done');

const ASKED: [Language, string, RegExp][] = [
  ['sv', 'Hej! Kan ni dela upp banden på min router? Jag vill välja 5 GHz själv.', /5 GHz-nät ett eget namn/],
  ['sv', 'ge gärna 5G-nätet ett eget namn så jag kan välja själv', /5 GHz-nät ett eget namn/],
  [
    'en',
    'Hi, could you give the 5 GHz its own name so I can pick it on my laptop?',
    /5 GHz network a name of its own/,
  ],
  ['en', 'please split the bands on my router', /5 GHz network a name of its own/],
];

describe('the 5 GHz band named on its own, asked for', () => {
  it.each(ASKED)(
    '%s "%s": its own permission is asked, nothing changed yet',
    async (language, opening, consent) => {
      const { desk, atPin } = await askedFor(language, opening);
      expect(atPin.at(-1)?.askKey).toBe('consent.wifi_change');
      expect(said(atPin)).toMatch(consent);
      expect(said(atPin)).toMatch(/-5G/);
      expect(desk.world.calls).toEqual([]);
    },
  );

  it.each(ASKED)(
    '%s "%s", then yes: only the 5 GHz band renamed, the usual name kept and said',
    async (language, opening) => {
      const { desk, ticketId } = await askedFor(language, opening);
      const done = said(
        await desk.agent.handleMessage(ticketId, language === 'sv' ? 'ja, gör det' : 'yes please'),
      );
      const calls = fiveGhzRenames(desk);
      expect(calls).toHaveLength(1);
      expect(calls[0]!.args).toEqual({ fiveGhzOwnName: true });
      expect(calls[0]!.consents).toContain('consent.wifi_change');
      expect(desk.world.ssid).toBe('Frontline-4711');
      expect(done).toMatch(/[”“]Frontline-4711-5G[”“]/);
      expect(done).toMatch(/Frontline-4711[”“]? (är ditt 2,4 GHz|is your 2.4 GHz)/);
      expect(desk.world.actionsDone()).not.toContain('wifi_password_change');
      const events = (await desk.tickets.timeline(ticketId)).map((e) => e.type);
      expect(events).toContain('action_requested');
      expect(events).toContain('action_done');
    },
  );

  it.each([
    ['sv', 'nej, det behövs inte'],
    ['en', 'no thanks, leave it'],
    ['sv', 'hmm jag vet inte, jag får tänka på det'],
    ['en', 'not sure, let me think about it'],
  ] as [Language, string][])('%s "%s" at the permission: nothing changed', async (language, answer) => {
    const { desk, ticketId } = await askedFor(language, ASKED.find(([l]) => l === language)![1]);
    await desk.agent.handleMessage(ticketId, answer);
    expect(desk.world.calls).toEqual([]);
  });

  it.each([
    ['sv', 'kan ni dela upp banden?', 'vet inte'],
    ['en', 'give the 5 GHz its own name please', "I don't know"],
  ] as [Language, string, string][])(
    '%s, unverified (%s): nothing changed',
    async (language, opening, dontKnow) => {
      const desk = memoryDesk();
      desk.directory.add(customer);
      const c = await desk.agent.startConversation({ channel: 'chat', language });
      await desk.agent.handleMessage(c.ticketId, opening);
      await desk.agent.handleMessage(c.ticketId, customer.customerNumber);
      for (const m of ['0000', '1111', 'yes', dontKnow, 'ja']) await desk.agent.handleMessage(c.ticketId, m);
      expect(fiveGhzRenames(desk)).toEqual([]);
      expect(desk.world.calls.every((x) => x.result !== 'done')).toBe(true);
    },
  );
});
