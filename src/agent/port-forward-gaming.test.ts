// rp14b #8: a PS5 port forward for Call of Duty. "hur hittar jag den? ps5an står i vardagsrummet" (its IP)
// was parked for a colleague; "nu står det moderate nat. är det bra nog? open vore nice" at "does it work
// now?" closed the case as working; and "ska tydligen va 3478-3480 också, udp. kan du öppna dom med?" after
// the close got only "anything else?". Now: where that kind of device shows its address (or the device
// found in the router's list), what the NAT types mean with the game's other ports offered, and more
// ports (a range) to the same device as a follow-up forward with consent; nonsense ports said so.
import { describe, expect, it } from 'vitest';
import type { LanHost } from '../runbooks/port-forward-host.js';
import { parsePortForward } from '../triage/port-forward.js';
import type { MemoryTicketStore } from './testing/memory-stores.js';
import { portForwardDesk } from './testing/port-forward-desk.js';

const desk = (language: 'en' | 'sv', opening: string, hosts?: () => LanHost[]) =>
  portForwardDesk(language, opening, hosts);

const text = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const asks = (r: { askKey: string | null }[]) => r.map((x) => x.askKey).filter(Boolean);

/** Every port forward the desk asked the router for, oldest first. */
async function forwards(tickets: MemoryTicketStore) {
  const out: Record<string, unknown>[] = [];
  for (const t of (await tickets.list({})).items)
    for (const e of await tickets.timeline(t.id))
      if (e.type === 'action_requested' && e.action === 'port_forward_add') out.push(e.args ?? {});
  return out;
}

const SV_OPENING =
  'tja, får strict nat på ps5 i cod och kan inte joina mina polare. behöver öppna portar typ';

describe('where a device shows its IP address', () => {
  it.each([
    [
      'sv',
      'hur hittar jag den? ps5an står i vardagsrummet',
      /På PS5: Inställningar → Nätverk → Anslutningsstatus/,
    ],
    [
      'en',
      'how do i find that? its the xbox in the living room',
      /On the Xbox: Settings → General → Network settings/,
    ],
  ] as const)('%s "%s" is told for that device, never parked for a colleague', async (lang, asked, how) => {
    const opening =
      lang === 'sv' ? SV_OPENING : 'strict nat on my xbox in cod, can you open the ports it needs?';
    const d = await desk(lang, opening);
    expect(asks(d.portAsk)).toContain('config.port_forward');
    const r = await d.send(asked);
    expect(text(r)).toMatch(how);
    expect(text(r)).not.toMatch(/kollega|colleague/);
    expect(asks(r)).toEqual(['config.port_forward']);
    const consent = await d.send(lang === 'sv' ? 'hittade, står 192.168.1.37' : 'found it, 192.168.1.37');
    expect(asks(consent)).toEqual(['consent.config_change']);
  });

  it('a PS5 the router lists after all is offered by name when the customer asks how to find it', async () => {
    let hosts: LanHost[] = [{ name: 'my-phone', ip: '192.168.1.20' }];
    const d = await desk('sv', SV_OPENING, () => hosts);
    hosts = [...hosts, { name: 'PS5-123', ip: '192.168.1.37' }];
    const r = await d.send('hur hittar jag den? ps5an står i vardagsrummet');
    expect(asks(r)).toEqual(['consent.config_change']);
    expect(text(r)).toMatch(/PS5-123.*192\.168\.1\.37/s);
  });
});

describe('moderate NAT at "does it work now?" and more ports after the close', () => {
  async function forwardedTo37(lang: 'sv' | 'en' = 'sv') {
    const d = await desk(lang, lang === 'sv' ? SV_OPENING : 'strict nat on my ps5 in cod, need ports opened');
    await d.send('192.168.1.37');
    const done = await d.send(lang === 'sv' ? 'ok kör' : 'ok go ahead');
    expect(asks(done)).toEqual(['resolution.confirm']);
    return d;
  }

  it('"nu står det moderate nat. är det bra nog? open vore nice" is answered, not taken as "it works"', async () => {
    const d = await forwardedTo37();
    const r = await d.send('vänta testar... nu står det moderate nat. är det bra nog? open vore nice');
    expect(text(r)).toMatch(/Moderate NAT räcker för de flesta spel/);
    expect(text(r)).toMatch(/UDP 3478–3479/);
    expect(asks(r)).toEqual(['resolution.confirm']);
    expect(text(r)).not.toMatch(/avslutat|kollega/);
    expect((await d.tickets.get(d.id))?.status).not.toBe('resolved');
  });

  it('"what does moderate nat mean? is it ok?" in English', async () => {
    const d = await forwardedTo37('en');
    const r = await d.send('it says moderate nat now. is that good enough?');
    expect(text(r)).toMatch(/Moderate NAT is good enough for most games/);
    expect(asks(r)).toEqual(['resolution.confirm']);
  });

  it('"kan du öppna dom med?" after the close opens UDP 3478-3480 to the same PS5, with consent', async () => {
    const d = await forwardedTo37();
    const closed = await d.send('ja nu funkar det');
    expect(asks(closed)).toContain('csat.score');
    const ask = await d.send('googla lite, ska tydligen va 3478-3480 också, udp. kan du öppna dom med?');
    expect(asks(ask)).toEqual(['consent.config_change']);
    expect(text(ask)).toMatch(/UDP-port 3478–3480 till 192\.168\.1\.37/);
    const done = await d.send('ja?? öppna udp 3478-3480 till ps5an också');
    expect(text(done)).toMatch(/UDP-port 3478–3480 går till 192\.168\.1\.37/);
    const all = await forwards(d.tickets);
    expect(all.find((a) => a.externalPort === 3478)).toMatchObject({
      externalPort: 3478,
      externalPortEnd: 3480,
      internalClient: '192.168.1.37',
    });
    expect(d.world.actionsDone().filter((a) => a === 'port_forward_add')).toHaveLength(2);
  });

  it('"open them too" after the offered ports, at the confirm, forwards the game\'s other ports', async () => {
    const d = await forwardedTo37('en');
    await d.send('it says moderate nat now. is that good enough?');
    const r = await d.send('yes it works, open them too please');
    // The ports the desk offered, asked for: the request is the go-ahead, done in the same case (issue 14, rp15c).
    expect(asks(r)).toEqual(['resolution.confirm']);
    expect(text(r)).toMatch(/UDP port 3478–3479 goes to 192\.168\.1\.37/);
  });

  it('ports no rule can hold are said so, and nothing is opened', async () => {
    const d = await forwardedTo37('en');
    await d.send('yes works');
    const r = await d.send('can you also open udp 3480-3478 to it?');
    expect(text(r)).toMatch(/cannot open "3480-3478"/);
    expect(d.world.actionsDone().filter((a) => a === 'port_forward_add')).toHaveLength(1);
  });
});

describe('reading port ranges', () => {
  it.each([
    ['ska va 3478-3480 också, udp', { port: 3478, portEnd: 3480, protocol: 'udp' }],
    ['open 3478, 3479 and 3480', { port: 3478, portEnd: 3480 }],
    ['3478 till 3480 tcp', { port: 3478, portEnd: 3480, protocol: 'tcp' }],
    ['forward ports 1-65535', { port: null, badPorts: '1-65535' }],
    ['open port 70000', { port: null, badPorts: '70000' }],
    ['forward 25565 to 192.168.1.20', { port: 25565, ip: '192.168.1.20' }],
  ])('"%s"', (said, read) => expect(parsePortForward(said)).toMatchObject(read));
});
