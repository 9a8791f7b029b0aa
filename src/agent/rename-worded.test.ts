// A rename worded around the name ("my wifi network has a weird name now, i want it renamed"): the
// network gets a new name with consent; a new Wi-Fi password is never offered for it.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { learnFacts } from '../runbooks/facts.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const RENAMES: [Language, string][] = [
  ['en', 'my wifi network has a weird name now, i want it renamed'],
  ['en', 'the network has a strange name, can you fix that'],
  ['en', 'my wifi got some random name, please rename it'],
  ['sv', 'wifi-nätet har fått ett konstigt namn, jag vill byta det'],
  ['sv', 'natverket har ett konstigt namn nu, kan ni dopa om det'],
];

describe('a rename in other words', () => {
  it.each(RENAMES)('%s: "%s" is read as a rename', (_lang, text) => {
    expect(learnFacts({}, text).ssidRename).toBe(true);
  });

  it.each(RENAMES)('%s: "%s" asks for the name, never offers a new password', async (language, text) => {
    const desk = memoryDesk({ world: faultWorld([], { canDo: ['step.rejoin_wifi'] }) });
    desk.directory.add({ customerNumber: '100482', name: 'Priya Shah', pin: '4711' });
    const c = await desk.agent.startConversation({ channel: 'chat', language });
    await desk.agent.handleMessage(c.ticketId, text);
    await desk.agent.handleMessage(c.ticketId, '100482');
    const r = await desk.agent.handleMessage(c.ticketId, '4711');
    expect(r.at(-1)?.askKey).toBe('config.wifi_name');
    const named = await desk.agent.handleMessage(c.ticketId, 'Shah_home');
    expect(named.map((x) => x.text).join('\n')).toMatch(/Shah_home/);
    await desk.agent.handleMessage(c.ticketId, language === 'sv' ? 'ja' : 'yes');
    expect(desk.world.actionsDone()).toContain('wifi_ssid_change');
    expect(desk.world.actionsDone()).not.toContain('wifi_password_change');
  });

  it.each([
    'what is my wifi password? my name is tom',
    'wifi password please, name on the account is Tom Berg',
    'i forgot my wifi password',
  ])('"%s" is no rename', (text) => {
    expect(learnFacts({}, text).ssidRename).toBeFalsy();
  });
});
