// rp11a #8: "idk the ports, whatever cod needs. and how do i find the ip of the ps5" got only the IP half
// answered and the same question word for word, twice; the permission question did not say which port
// went where; "will the port stay open if the router restarts?" got the router-login text. The ports of
// well-known games and servers are offered from a table of the makers' published ports, the permission
// question names protocol, port, address and device, and what was done says that the router keeps it.
import { describe, expect, it } from 'vitest';
import { knownService } from '../triage/known-ports.js';
import { parsePortForward } from '../triage/port-forward.js';
import { portForwardDesk } from './testing/port-forward-desk.js';

const KEVIN = { customerNumber: '100482', name: 'Kevin Almqvist', pin: '4711', deviceId: 'cpe-1' };
const desk = (language: 'en' | 'sv', opening: string) => portForwardDesk(language, opening, () => [], KEVIN);

const text = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const asks = (r: { askKey: string | null }[]) => r.map((x) => x.askKey).filter(Boolean);

async function forwarded(d: Awaited<ReturnType<typeof desk>>) {
  const tl = await d.tickets.timeline(d.id);
  const e = tl.find((x) => x.type === 'action_requested' && x.action === 'port_forward_add');
  return e?.type === 'action_requested' ? e.args : undefined;
}

describe('the port of a well-known game is offered, not asked for again', () => {
  it('"whatever cod needs": Call of Duty UDP 3074 to the PS5, named in the permission question', async () => {
    const d = await desk('en', 'can u open ports for my ps5? getting strict NAT in cod');
    expect(text(d.portAsk)).toMatch(/Call of Duty uses UDP port 3074/);
    const how = await d.send('idk the ports, whatever cod needs. and how do i find the ip of the ps5');
    // Where a PS5 shows its address (rp14b #8: per kind of device).
    expect(text(how)).toMatch(/On the PS5: Settings → Network/);
    expect(text(how)).not.toBe(text(d.portAsk));
    const consent = await d.send('ok ps5 says 192.168.1.23. but which port?? i dont know what cod uses');
    expect(asks(consent)).toEqual(['consent.config_change']);
    expect(text(consent)).toMatch(/UDP port 3074.*192\.168\.1\.23 \(your PS5\)/s);
    const done = await d.send('to the ps5 ip right? yes');
    expect(text(done)).toMatch(/UDP port 3074 goes to 192\.168\.1\.23 \(your PS5\).*stays after a restart/s);
    expect(await forwarded(d)).toMatchObject({ port: 3074, ip: '192.168.1.23', protocol: 'UDP' });
    await d.send('nat type 2 now lets go');
    expect((await d.tickets.get(d.id))?.status).toBe('resolved');
    const after = await d.send('will the port stay open if the router restarts?');
    expect(text(after)).toMatch(/stays after a restart/);
    expect(text(after)).not.toMatch(/admin password/);
  });

  it('an unknown game: where to find its port, the address kept, never the same question twice', async () => {
    const d = await desk('en', 'i need a port opened for a game on my pc');
    const first = await d.send('the pc is 192.168.1.40, no idea which port, whatever valheim needs');
    expect(asks(first)).toEqual(['config.port_forward']);
    expect(text(first)).toMatch(/help pages/);
    expect(text(first)).not.toBe(text(d.portAsk));
    const consent = await d.send('found it, udp 2456');
    expect(text(consent)).toMatch(/UDP port 2456 to 192\.168\.1\.40/);
  });

  it('svenska: Minecraft-porten erbjuds och frågan om lov säger vart den går', async () => {
    const d = await desk('sv', 'hej kan ni öppna en port för minecraft-servern på datorn');
    expect(text(d.portAsk)).toMatch(/Minecraft använder TCP-port 25565/);
    const consent = await d.send('datorn har 192.168.1.34');
    expect(text(consent)).toMatch(/TCP-port 25565\. Får jag vidarebefordra den till 192\.168\.1\.34/);
    const done = await d.send('ja');
    expect(text(done)).toMatch(/finns kvar efter en omstart/);
  });
});

describe('the table of known ports', () => {
  it.each([
    ['whatever cod needs', 'Call of Duty', 3074, 'udp'],
    ['warzone strict nat', 'Call of Duty', 3074, 'udp'],
    ['min minecraft-server', 'Minecraft', 25565, 'tcp'],
    ['minecraft bedrock server', 'Minecraft Bedrock', 19132, 'udp'],
    ['plex remote access', 'Plex', 32400, 'tcp'],
    ['my wireguard box', 'WireGuard', 51820, 'udp'],
  ])('%j', (said, name, port, protocol) => {
    expect(knownService(said)).toMatchObject({ name, port, protocol });
  });

  it('a port the customer gives wins over the table, and no game is no port', () => {
    expect(parsePortForward('minecraft on port 25570')).toMatchObject({ port: 25570, service: null });
    expect(parsePortForward('whatever valheim needs')).toMatchObject({ port: null, service: null });
    expect(knownService('the code on the sticker')).toBeNull();
  });
});
