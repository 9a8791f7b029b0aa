// Round 23 (c1): after the close, "4. en sak till, kan jag byta namn på wifit nån gång? inte nu dock, har
// bråttom" started the rename flow and opened a case ("Vad vill du att ditt wifi-nät ska heta?"). A change the
// desk makes, wanted some other time ("nån gång", "inte nu", "some day", "later on", "no rush"), is answered
// with how it goes and that they can write any time — no case, no question, nothing changed.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const EMMA = { customerNumber: '200101', name: 'Emma Lind', pin: '5747' };

async function closed(lang: Language) {
  const desk = memoryDesk({ world: faultWorld(['firmware_bug_drops']) });
  const { ticketId } = await identified(
    desk,
    EMMA,
    lang,
    lang === 'sv' ? 'internet tappar flera gånger om dagen' : 'my internet drops a few times a day',
  );
  await desk.agent.handleMessage(ticketId, lang === 'sv' ? 'ja' : 'yes');
  await desk.agent.handleMessage(ticketId, lang === 'sv' ? 'ja funkar' : 'yes works');
  expect((await desk.tickets.get(ticketId))?.status).toBe('resolved');
  return { desk, ticketId };
}

const LATER: [Language, string, RegExp][] = [
  [
    'sv',
    '4. en sak till, kan jag byta namn på wifit nån gång? inte nu dock, har bråttom',
    /byter jag namnet/,
  ],
  ['sv', 'kan man döpa om wifi-nätet längre fram? ingen brådska', /byter jag namnet/],
  ['sv', 'går det att byta wifi-lösenordet senare? inte idag', /nytt wifi-lösenord/],
  ['en', 'one more thing, can I rename the wifi some day? not now though', /rename the network/],
  ['en', '5. is it possible to change the wifi password later on? no rush', /new Wi-Fi password/],
  ['en', 'could you change the network name sometime? not today, im busy', /rename the network/],
];

describe('a change wanted some other time after the close: how, no case, nothing asked', () => {
  for (const [lang, text, how] of LATER)
    it(`${lang}: "${text}"`, async () => {
      const { desk, ticketId } = await closed(lang);
      const r = await desk.agent.handleMessage(ticketId, text);
      const said = r.map((x) => x.text).join('\n');
      expect(said).toMatch(how);
      expect(said).toMatch(/write here|skriv hit/);
      expect(r.at(-1)?.askKey ?? null).toBeNull();
      expect((await desk.tickets.list({ limit: 10 })).items).toHaveLength(1);
      const actions = (await desk.tickets.timeline(ticketId)).filter((e) => e.type === 'action_done');
      expect(actions).toHaveLength(1);
    });

  it('en: asked for now, the rename is still taken up', async () => {
    const { desk, ticketId } = await closed('en');
    const r = await desk.agent.handleMessage(ticketId, 'one more thing, can you rename my wifi?');
    expect(r.at(-1)?.askKey).toBe('config.wifi_name');
  });
});
