// Issue 14, rp17b #8 and rp15c: a port forward asked for in the customer's own way. "actually wait can you
// do udp too? and make it 25566 not 25565" changes the proposed rule (both protocols when asked "too"),
// "no i mean both tcp and udp. on 25566" at the permission question is a correction, not a no, and the
// permission is asked again for exactly that rule. After the forward, "yeah add those too pls" to the
// game's other ports the desk itself offered (or "I still want TCP too") is done in the same case.
import { describe, expect, it } from 'vitest';
import { portForwardDesk } from './testing/port-forward-desk.js';

const LUCAS = { customerNumber: '100482', name: 'Lucas Berg', pin: '4711', deviceId: 'cpe-1' };
const desk = (language: 'en' | 'sv', opening: string) => portForwardDesk(language, opening, () => [], LUCAS);

const text = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const asks = (r: { askKey: string | null }[]) => r.map((x) => x.askKey).filter(Boolean);

async function forwards(d: Awaited<ReturnType<typeof desk>>) {
  const tl = await d.tickets.timeline(d.id);
  return tl.flatMap((x) =>
    x.type === 'action_requested' && x.action === 'port_forward_add' ? [x.args] : [],
  );
}

async function escalated(d: Awaited<ReturnType<typeof desk>>) {
  const tl = await d.tickets.timeline(d.id);
  return tl.some((x) => x.type === 'escalation');
}

describe('a protocol or port change inside the answer updates the proposed rule', () => {
  it.each([
    [
      'ok found it, 192.168.1.57. actually wait can you do udp too? and make it 25566 not 25565, my friend said thats better',
    ],
    ['192.168.1.57. can you open udp as well? port 25566 instead of 25565'],
    ['its 192.168.1.57, also udp pls, and 25566 not 25565'],
    ['192.168.1.57 and make it port 25566, both tcp and udp'],
  ])('%j → TCP/UDP 25566, then the consent for exactly that', async (answer) => {
    const d = await desk('en', 'hi, i need a port opened on my router for a game server, minecraft');
    expect(text(d.portAsk)).toMatch(/TCP port 25565/);
    const consent = await d.send(answer);
    expect(asks(consent)).toEqual(['consent.config_change']);
    expect(text(consent)).toMatch(/TCP\/UDP port 25566/);
    await d.send('yes');
    expect(await forwards(d)).toEqual([
      expect.objectContaining({ port: 25566, protocol: 'TCP/UDP', ip: '192.168.1.57' }),
    ]);
  });

  it('svenska: "kan du ta udp också? och 25566 istället" → TCP/UDP 25566', async () => {
    const d = await desk('sv', 'hej kan ni öppna en port för minecraft-servern på datorn');
    const consent = await d.send(
      'datorn har 192.168.1.34. kan du ta udp också? och 25566 istället för 25565',
    );
    expect(text(consent)).toMatch(/TCP\/UDP-port 25566/);
  });
});

describe('a correction at the permission question is not a no', () => {
  it.each([
    ['no i mean both tcp and udp. on 25566'],
    ['no, both tcp and udp please, port 25566'],
    ['nope i meant tcp+udp on 25566'],
    ['not just udp, tcp too. 25566'],
  ])('%j → the rule is updated and the permission asked again', async (said) => {
    const d = await desk('en', 'hi, i need a port opened on my router for a game server, minecraft');
    const consent = await d.send('192.168.1.57, udp 25566');
    expect(text(consent)).toMatch(/UDP port 25566/);
    const again = await d.send(said);
    expect(await escalated(d)).toBe(false);
    expect(asks(again)).toEqual(['consent.config_change']);
    expect(text(again)).toMatch(/TCP\/UDP port 25566/);
    await d.send('yes');
    expect(await forwards(d)).toEqual([expect.objectContaining({ port: 25566, protocol: 'TCP/UDP' })]);
  });

  it('svenska: "nej jag menar både tcp och udp" → frågan igen med båda', async () => {
    const d = await desk('sv', 'hej kan ni öppna en port för minecraft-servern på datorn');
    await d.send('datorn har 192.168.1.34, udp 25566');
    const again = await d.send('nej jag menar både tcp och udp');
    expect(await escalated(d)).toBe(false);
    expect(text(again)).toMatch(/TCP\/UDP-port 25566/);
  });

  it('a plain no is still a no', async () => {
    const d = await desk('en', 'hi, i need a port opened on my router for a game server, minecraft');
    await d.send('192.168.1.57');
    const no = await d.send('no, leave it');
    expect(asks(no)).not.toContain('consent.config_change');
    expect(await forwards(d)).toEqual([]);
  });
});

describe('more ports asked for after the forward are added in the same case', () => {
  async function codForwarded(language: 'en' | 'sv' = 'en') {
    const d = await desk(
      language,
      'yo, getting strict NAT on my ps5 in cod, cant join my friends lobbies. can u open the ports',
    );
    await d.send('192.168.1.23 i think');
    await d.send('ok yeah do it');
    return d;
  }

  it.each([
    ['yeah add those too pls'],
    ['yes please forward those as well'],
    ['ok do them too'],
    ['sure, open the others too'],
  ])('the offered ports: %j → forwarded at once, then "does it work now?"', async (said) => {
    const d = await codForwarded();
    const offer = await d.send('NAT type says moderate now. is that good enough or should it be open?');
    expect(text(offer)).toMatch(/UDP 3478–3479/);
    const more = await d.send(said);
    expect(asks(more)).toEqual(['resolution.confirm']);
    expect(text(more)).toMatch(/UDP port 3478–3479 goes to 192\.168\.1\.23/);
    expect(await forwards(d)).toEqual([
      expect.objectContaining({ port: 3074 }),
      expect.objectContaining({ port: 3478, externalPortEnd: 3479, protocol: 'UDP', ip: '192.168.1.23' }),
    ]);
    const end = await d.send('open nat now thx');
    expect((await d.tickets.get(d.id))?.status).toBe('resolved');
    expect(text(end)).not.toMatch(/T-000002/);
    expect((await d.tickets.list({})).items).toHaveLength(1);
  });

  it.each([['I still want TCP too'], ['can you add tcp as well?'], ['tcp också tack']])(
    'a protocol added after the forward: %j',
    async (said) => {
      const d = await codForwarded();
      const more = await d.send(said);
      expect(asks(more)).toEqual(['resolution.confirm']);
      expect(text(more)).toMatch(/TCP port 3074 goes to 192\.168\.1\.23/);
      expect(await forwards(d)).toEqual([
        expect.objectContaining({ port: 3074, protocol: 'UDP' }),
        expect.objectContaining({ port: 3074, protocol: 'TCP' }),
      ]);
    },
  );
});

describe('the rule asked about, said back at the permission question', () => {
  async function askedBoth() {
    const d = await desk('en', 'hi, i need a port opened on my router for a game server, minecraft');
    const consent = await d.send(
      'ok found it, 192.168.1.57. actually wait can you do udp too? and make it 25566',
    );
    expect(text(consent)).toMatch(/TCP\/UDP port 25566/);
    return d;
  }

  it.each([
    ['no i mean both tcp and udp. on 25566'],
    ['what?? i didnt decline anything, i want the port open. tcp AND udp 25566 to 192.168.1.57'],
    ['both tcp and udp on 25566 yes'],
  ])('%j → the go-ahead: the forward is made with both protocols', async (said) => {
    const d = await askedBoth();
    const done = await d.send(said);
    expect(asks(done)).toEqual(['resolution.confirm']);
    expect(text(done)).toMatch(/TCP\/UDP port 25566 goes to 192\.168\.1\.57/);
    expect(await forwards(d)).toEqual([expect.objectContaining({ port: 25566, protocol: 'TCP/UDP' })]);
  });

  it.each([['is tcp and udp 25566 safe though?'], ['no, not udp 25566']])(
    '%j → no go-ahead',
    async (said) => {
      const d = await askedBoth();
      await d.send(said);
      expect(await forwards(d)).toEqual([]);
    },
  );
});
