// rp10b #9: "port 25565 tror jag. datorn heter SEBBES-PC, ip vet jag inte" got the same question again,
// and "jag sa ju 25565. hur hittar jag ip-adressen?" a handoff to tier 2 while the customer was looking
// the address up. The port is kept and only what is missing is asked; the device named is looked up in
// the router's host table (Device.Hosts.Host.{i}.HostName / IPAddress) and named in the permission
// question; a customer looking the address up is waited for.
import { describe, expect, it } from 'vitest';
import { hostMeant, lanHosts, lookingItUp, type LanHost } from '../runbooks/port-forward-host.js';
import { deviceNameSaid, parsePortForward } from '../triage/port-forward.js';
import { hostTable, portForwardDesk } from './testing/port-forward-desk.js';

const HOME: LanHost[] = [
  { name: 'my-phone', ip: '192.168.1.20' },
  { name: 'SEBBES-PC', ip: '192.168.1.23' },
  { name: 'living-room-tv', ip: '192.168.1.21' },
];

const desk = (hosts: LanHost[] = HOME) =>
  portForwardDesk(
    'sv',
    'hej, min son vill spela minecraft med kompisar och behöver öppna en port i routern',
    () => hosts,
  );

const text = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
/** What the port forward was asked to set, as the ticket records it. */
async function forwarded(d: Awaited<ReturnType<typeof desk>>) {
  const tl = await d.tickets.timeline(d.id);
  const e = tl.find((x) => x.type === 'action_requested' && x.action === 'port_forward_add');
  return e?.type === 'action_requested' ? e.args : undefined;
}
const asks = (r: { askKey: string | null }[]) => r.map((x) => x.askKey).filter(Boolean);

describe('a port forward to a device named, not addressed', () => {
  it('finds the device in the router and names it in the permission question', async () => {
    const d = await desk();
    expect(asks(d.portAsk)).toContain('config.port_forward');
    const r = await d.send('port 25565 tror jag. datorn heter SEBBES-PC, ip vet jag inte');
    expect(asks(r)).toEqual(['consent.config_change']);
    expect(text(r)).toMatch(/SEBBES-PC.*192\.168\.1\.23.*25565/s);
    await d.send('ja');
    expect(d.world.actionsDone()).toContain('port_forward_add');
    expect(await forwarded(d)).toMatchObject({ port: 25565, ip: '192.168.1.23' });
    expect((await d.tickets.get(d.id))?.status).not.toBe('escalated');
  });

  it('"no, not that one" asks for the address alone, keeping the port', async () => {
    const d = await desk();
    await d.send('port 25565. datorn heter SEBBES-PC');
    const r = await d.send('nej inte den');
    expect(asks(r)).toEqual(['config.port_forward']);
    expect(text(r)).toMatch(/25565/);
    expect(text(r)).toMatch(/IP-adress/);
    await d.send('192.168.1.40');
    await d.send('ja');
    expect(d.world.actionsDone()).toContain('port_forward_add');
    expect(await forwarded(d)).toMatchObject({ ip: '192.168.1.40', port: 25565 });
  });

  it('a device the router does not list: said so, the port kept, the address waited for', async () => {
    const d = await desk(HOME.filter((h) => h.name !== 'SEBBES-PC'));
    const first = await d.send('port 25565 tror jag. datorn heter SEBBES-PC, ip vet jag inte');
    expect(text(first)).toMatch(/SEBBES-PC/);
    expect(text(first)).not.toMatch(/Vilken port/);
    expect(asks(first)).toEqual(['config.port_forward']);
    const looking = await d.send('jag sa ju 25565. hur hittar jag ip-adressen?');
    expect(asks(looking)).toEqual(['config.port_forward']);
    expect(text(looking)).not.toMatch(/andralinje|second-line|ärende T-\d+\. De återkommer/);
    const wait = await d.send('vänta jag kollar');
    expect(asks(wait)).toEqual(['config.port_forward']);
    const found = await d.send('nu hittade jag den. 192.168.1.23');
    expect(asks(found)).toEqual(['consent.config_change']);
    await d.send('ja');
    expect(d.world.actionsDone()).toContain('port_forward_add');
    expect((await d.tickets.get(d.id))?.queue ?? null).toBeNull();
  });
});

describe('reading the host table and the customer', () => {
  it('keeps named, active hosts on the home network', () => {
    const at = '';
    const values = [
      ...hostTable(HOME),
      { path: 'Device.Hosts.Host.9.HostName', value: 'old-laptop', type: 'xsd:string', at },
      { path: 'Device.Hosts.Host.9.IPAddress', value: '192.168.1.99', type: 'xsd:string', at },
      { path: 'Device.Hosts.Host.9.Active', value: false, type: 'xsd:boolean', at },
      { path: 'Device.Hosts.Host.10.IPAddress', value: '192.168.1.50', type: 'xsd:string', at },
    ];
    expect(lanHosts(values)).toEqual(HOME);
  });

  it.each([
    ['datorn heter SEBBES-PC', 'SEBBES-PC', 'SEBBES-PC'],
    ['forward 3074 to the ps5', 'ps5', null],
    ['to my sebbes pc', null, 'SEBBES-PC'],
    ['open it for the tv in the living room', 'tv', 'living-room-tv'],
    ['till datorn', 'datorn', 'SEBBES-PC'],
  ])('"%s" (device %s) means %s', (said, device, name) => {
    const hosts = [...HOME];
    expect(hostMeant(said, device, hosts)?.name ?? null).toBe(name);
  });

  it('reads the name given and the port, never the name as a port', () => {
    expect(deviceNameSaid('port 25565 tror jag. datorn heter SEBBES-PC, ip vet jag inte')).toBe('SEBBES-PC');
    expect(deviceNameSaid("it's called gamer-rig")).toBe('gamer-rig');
    expect(deviceNameSaid('min dator')).toBeNull();
    expect(parsePortForward('port 25565 tror jag. datorn heter SEBBES-PC')).toMatchObject({
      port: 25565,
      device: 'SEBBES-PC',
      ip: null,
    });
  });

  it.each([
    'hur hittar jag ip-adressen?',
    'wait, let me check',
    'vänta, jag kollar',
    'how do i find the ip?',
  ])('"%s" is looking it up', (t) => expect(lookingItUp(t)).toBe(true));
});
