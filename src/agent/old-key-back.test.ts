// Round 23 (a8, b4): "can u put it back to the old one" after a new Wi-Fi key was answered "Age alone is no
// reason to replace a router" and the case closed with "you reconnected your devices – done"; "kan du sätta
// tillbaka det gamla lösenordet" got the "forget the network" step twice. The old key asked back is
// understood at any point: honestly answered from what the case did (nothing changed, or a new key the desk
// cannot undo from here), a no at the permission for a new key, and nothing recorded as done that was not.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { topicsOf } from '../triage/topics-of.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const HUGO = { customerNumber: '200150', name: 'Hugo Nilsson', pin: '7813' };
const OPENING = { en: 'forgot my wifi password', sv: 'har glömt wifi-lösenordet' };
const said = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const CANNOT_UNDO = /can’t put the old one back|kan jag inte sätta tillbaka själv/;
const NOT_CHANGED = /have not changed your Wi-Fi password|har inte ändrat ditt wifi-lösenord/;

const BACK: [Language, string][] = [
  ['en', 'wtf now the tv and printer are off. can u put it back to the old one'],
  ['en', 'change the password back to what it was please'],
  ['en', 'i want my old wifi password back'],
  ['en', 'can you restore the previous key'],
  ['sv', 'nej nu funkar inte tvn. kan du sätta tillbaka det gamla lösenordet?'],
  ['sv', 'jag vill ha tillbaka mitt gamla wifi lösen'],
  ['sv', 'ändra tillbaka lösenordet till som det var'],
];

describe('the old key asked back is read as such', () => {
  for (const [, text] of BACK) it(`"${text}"`, () => expect(topicsOf(text)).toContain('restore_key'));
  for (const text of [
    'i put the cable back in the old socket',
    'can i have my old router back',
    'tell me the old one',
    'jag satte tillbaka sladden',
  ])
    it(`"${text}" is not`, () => expect(topicsOf(text)).not.toContain('restore_key'));
});

async function keyOffered(lang: Language) {
  const desk = memoryDesk({
    world: faultWorld(['wifi_password_forgotten'], { canDo: ['step.rejoin_wifi'] }),
  });
  const { ticketId, replies } = await identified(desk, HUGO, lang, OPENING[lang]);
  expect(replies.at(-1)?.askKey).toBe('consent.wifi_change');
  return { desk, ticketId };
}

const actions = async (desk: ReturnType<typeof memoryDesk>, id: string) =>
  (await desk.tickets.timeline(id)).flatMap((e) => (e.type === 'action_done' ? [e.action] : []));

describe('after a new key: what can be done, the reconnect step stays open, nothing false recorded', () => {
  for (const [lang, text] of BACK)
    it(`${lang}: "${text}"`, async () => {
      const { desk, ticketId } = await keyOffered(lang);
      await desk.agent.handleMessage(ticketId, lang === 'sv' ? 'ja' : 'yes');
      const r = await desk.agent.handleMessage(ticketId, text);
      expect(said(r)).toMatch(CANNOT_UNDO);
      expect(said(r)).not.toMatch(/Age alone|Det kan jag inte svara|can’t answer/);
      const ticket = await desk.tickets.get(ticketId);
      expect(ticket?.status).toBe('open');
      expect(r.at(-1)?.askKey).toBe('step.rejoin_wifi');
      expect(await actions(desk, ticketId)).toEqual(['wifi_password_change']);
    });

  it('en after the close: answered from the case, no second key', async () => {
    const { desk, ticketId } = await keyOffered('en');
    await desk.agent.handleMessage(ticketId, 'yes');
    desk.world.performStep('step.rejoin_wifi');
    await desk.agent.handleMessage(ticketId, 'done');
    await desk.agent.handleMessage(ticketId, '2');
    const r = await desk.agent.handleMessage(ticketId, 'actually can you change it back to the old one');
    expect(said(r)).toMatch(CANNOT_UNDO);
    const all = (await desk.tickets.list({ limit: 10 })).items;
    expect(all).toHaveLength(1);
    expect(await actions(desk, ticketId)).toEqual(['wifi_password_change']);
  });
});

describe('before any new key: nothing was changed, and at the permission it is a no', () => {
  for (const [lang, text] of [
    ['en', 'can you just put back the old one instead'],
    ['sv', 'jag vill ha tillbaka mitt gamla lösen'],
  ] as const)
    it(`${lang}: "${text}"`, async () => {
      const { desk, ticketId } = await keyOffered(lang);
      const r = await desk.agent.handleMessage(ticketId, text);
      expect(said(r)).toMatch(NOT_CHANGED);
      expect(r.at(-1)?.askKey).not.toBe('consent.wifi_change');
      expect(await actions(desk, ticketId)).toEqual([]);
    });
});

describe('b4: a hack worry asked with a tag after the Wi-Fi came back, then the old key asked back', () => {
  for (const [lang, opening, worry, back] of [
    [
      'sv',
      'yo wifit syns inte längre i mobilen o datorn, ba borta typ',
      'ja nu syns det!! men varför försvann det ens, är jag hackad eller',
      'VA?? jag frågade ju bara!! sa ju att jag inte orkar logga in på allt igen. kan du sätta tillbaka det gamla lösenordet',
    ],
    [
      'sv',
      'wifit är borta',
      'japp funkar!! fast hur kunde det hända, har nån hackat mig eller',
      'jag vill ha tillbaka mitt gamla lösen',
    ],
    [
      'en',
      'our wifi network is gone',
      'yes its back!! but why did it vanish, am i hacked or what',
      'i just asked!! can i get my old password back',
    ],
  ] as const)
    it(`${lang}: "${worry}"`, async () => {
      const desk = memoryDesk({
        world: faultWorld(['wifi_radio_disabled'], { canDo: ['step.rejoin_wifi'] }),
      });
      const { ticketId } = await identified(desk, HUGO, lang, opening);
      await desk.agent.handleMessage(ticketId, lang === 'sv' ? 'ok ja kör' : 'ok go');
      const r = await desk.agent.handleMessage(ticketId, worry);
      // The worry is answered (no sign of a break-in) and the fix confirmed: no lock-down, no security case.
      expect(said(r)).toMatch(/Inget tyder på intrång|Nothing points to a break-in/);
      const ticket = await desk.tickets.get(ticketId);
      expect(ticket?.status).toBe('resolved');
      const after = await desk.agent.handleMessage(ticketId, back);
      expect(said(after)).toMatch(NOT_CHANGED);
      expect(await actions(desk, ticketId)).toEqual(['wifi_radio_enable']);
      expect((await desk.tickets.list({ limit: 10 })).items.every((t) => t.queue !== 'security')).toBe(true);
    });
});
