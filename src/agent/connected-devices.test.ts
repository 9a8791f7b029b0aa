// Issue 14, rp17a #9: a customer worried that a neighbour uses the Wi-Fi asked "can you see which devices are
// connected first?" at the new-password question and got, twice, the text about who can see the new password.
// The desk reads the router's host table and names the devices it lists (how many, their names), then asks
// again; a router that does not report them is said to, honestly; asked again, it is said in other words.
import { describe, expect, it } from 'vitest';
import type { DeviceService } from '../acs/device-service.js';
import type { LanHost } from '../runbooks/port-forward-host.js';
import { topicsOf } from '../triage/topics-of.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';
import { routerWithHosts } from './testing/port-forward-desk.js';

const ANDERS = { customerNumber: '200290', name: 'Anders Eriksson', pin: '4821', deviceId: 'cpe-1' };
const HOSTS: LanHost[] = [
  { name: 'Kids-iPad', ip: '192.168.1.20' },
  { name: 'DESKTOP-4F2K', ip: '192.168.1.21' },
  { name: 'Galaxy-S21', ip: '192.168.1.22' },
];

function router(hosts: LanHost[]): DeviceService {
  return routerWithHosts(ANDERS.deviceId, () => hosts);
}

const text = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const WHO_SEES = /shown only to you|visas bara för dig/;

async function worried(language: 'en' | 'sv', opening: string, devices?: DeviceService) {
  const desk = memoryDesk({ world: faultWorld([], { canDo: ['step.rejoin_wifi'] }), devices });
  const { ticketId, replies } = await identified(desk, ANDERS, language, opening);
  expect(replies.at(-1)?.askKey).toBe('consent.wifi_change');
  const send = (t: string) => desk.agent.handleMessage(ticketId, t);
  const done = async () =>
    (await desk.tickets.timeline(ticketId)).flatMap((e) => (e.type === 'action_done' ? [e.action] : []));
  return { send, done };
}

const OPENING_EN =
  'hey, i think my neighbour might be using our wifi? the internet gets slow in the evenings and i saw a device i dont recognise in the app. not sure tho';

describe('"can you see which devices are connected?" at the new-password question', () => {
  it('the devices the router lists are named and counted, then the question is put again; asked again, other words', async () => {
    const d = await worried('en', OPENING_EN, router(HOSTS));
    const first = await d.send(
      'hmm. can you see which devices are connected first? i dont really want to reconnect everything if its just my kids ipad',
    );
    expect(text(first)).toMatch(/\(3\): Kids-iPad, DESKTOP-4F2K, Galaxy-S21/);
    expect(text(first)).not.toMatch(WHO_SEES);
    expect(first.at(-1)?.askKey).toBe('consent.wifi_change');
    const second = await d.send('thats not what i asked. can you see the list of connected devices or not?');
    expect(text(second)).toMatch(/Kids-iPad/);
    expect(text(second)).not.toMatch(WHO_SEES);
    // Never the same text again.
    expect(text(second)).not.toBe(text(first));
    expect(second.map((r) => r.text)).not.toContain(first.find((r) => /Kids-iPad/.test(r.text))?.text);
    expect(await d.done()).toEqual([]);
  });

  it.each([
    ['what devices are on my wifi right now?'],
    ['who is connected to our wifi atm?'],
    ['can u check whats connected to the router first'],
  ])('en variant %j → the devices named', async (said) => {
    const d = await worried('en', OPENING_EN, router(HOSTS));
    const r = await d.send(said);
    expect(text(r)).toMatch(/Galaxy-S21/);
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
  });

  it('svenska: "kan ni se vilka enheter som är anslutna först?" → enheterna med namn', async () => {
    const d = await worried(
      'sv',
      'jag tror grannen snor vårt wifi, såg en okänd enhet i appen',
      router(HOSTS),
    );
    const r = await d.send('kan ni se vilka enheter som är anslutna först?');
    expect(text(r)).toMatch(/\(3\): Kids-iPad, DESKTOP-4F2K, Galaxy-S21/);
    expect(text(r)).not.toMatch(WHO_SEES);
    const again = await d.send('vilka är inne på wifit nu då?');
    expect(text(again)).not.toBe(text(r));
  });

  it('a router that does not report them: said honestly, and in other words when asked again', async () => {
    const d = await worried('en', OPENING_EN);
    const first = await d.send('can you see which devices are connected first?');
    expect(text(first)).toMatch(/cannot see from here/);
    expect(text(first)).not.toMatch(WHO_SEES);
    const second = await d.send('thats not what i asked. can you see the list of connected devices or not?');
    expect(text(second)).toMatch(/No, I cannot see them/);
    expect(text(second)).not.toBe(text(first));
  });

  it.each([
    'can you see which devices are connected first?',
    'can you see the list of connected devices or not?',
    'kan ni se vilka som är inne på wifit?',
    'vilka enheter är anslutna just nu?',
  ])('%j is a question about the connected devices', (said) => {
    expect(topicsOf(said)).toContain('connected_devices');
  });

  it('who sees the new password is still that question', () => {
    expect(topicsOf('can you see the new password?')).not.toContain('connected_devices');
  });
});
