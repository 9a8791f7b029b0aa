// un34 blind set (v2-un34-port-forward-sv-1): "hur öppnar jag en port? ska köra minecraft-server åt kidsen. och kostar
// det nåt?" went to second line as a router setting no one here may change — "öppnar jag en port" was no port forward
// (only "öppna en port" was). A port opened in any form of the verb is the port-forward request: the desk asks for
// the port and the device (config.port_forward), reads the answer with its correction ("192.168.1.50... nej vänta,
// den har 192.168.1.52"), and adds the forward after consent. The cost is that of a setting (nothing), the router
// is never the device the port goes to, and "datorn" reads "din dator".
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { learnFacts } from '../runbooks/facts.js';
import { portForwardDesk } from './testing/port-forward-desk.js';

const text = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function forwarded(d: Awaited<ReturnType<typeof portForwardDesk>>) {
  const tl = await d.tickets.timeline(d.id);
  const e = tl.find((x) => x.type === 'action_requested' && x.action === 'port_forward_add');
  return e?.type === 'action_requested' ? e.args : undefined;
}

describe('a port opened in any form of the verb is a port-forward request', () => {
  it.each([
    'hur öppnar jag en port?',
    'hur öppnar man portar i routern',
    'kan ni öppna upp några portar åt mig',
    'jag behöver få porten öppnad, hur gör jag?',
    'how do I open a port for my game server?',
    'how do i go about opening some ports on my router',
    'need to get a port opened',
  ])('%j', (said) => {
    expect(learnFacts({}, said).portForwardRequested).toBe(true);
  });

  it.each([
    'the ethernet port on the router looks broken',
    'I opened the router box and the lan port is loose',
    'öppnade locket och lan-porten glappar',
    'sidorna öppnas inte, portalen laddar inte',
  ])('%j is no port forward', (said) => {
    expect(learnFacts({}, said).portForwardRequested).toBeUndefined();
  });
});

describe('"how do I open a port?": the port and the device asked for, the corrected address used', () => {
  const cases: [Language, string, string, string, RegExp, RegExp][] = [
    [
      'sv',
      'tjena, hur öppnar jag en port? ska köra minecraft-server åt kidsen. och kostar det nåt?',
      'port 25565 till datorn 192.168.1.50... nej vänta, den har 192.168.1.52',
      'ja',
      /Nej, det kostar ingenting – en portvidarebefordran är bara en inställning/,
      /TCP-port 25565/,
    ],
    [
      'sv',
      'hur gör man för att öppna portar i routern? vad kostar det?',
      'port 8080 till datorn 192.168.1.50, nej förlåt, 192.168.1.52',
      'ja gör det',
      /Nej, det kostar ingenting – en portvidarebefordran är bara en inställning/,
      /TCP-port 8080/,
    ],
    [
      'en',
      'how do I open a port for my game server? does it cost anything?',
      'port 27015 to the pc 192.168.1.50... no wait, it has 192.168.1.52',
      'yes',
      /No, it costs nothing — a port forward is only a setting/,
      /TCP port 27015/,
    ],
    [
      'en',
      'how can i get a port opened on my router',
      'port 8080 to 192.168.1.50 - sorry, i mean 192.168.1.52',
      'yes please',
      /./,
      /TCP port 8080/,
    ],
  ];
  it.each(cases)('%s: %j', async (lang, opening, answer, yes, cost, rule) => {
    const d = await portForwardDesk(lang, opening);
    expect(d.portAsk.at(-1)?.askKey).toBe('config.port_forward');
    expect(text(d.portAsk)).toMatch(cost);
    expect(await d.tickets.escalations(d.id)).toEqual([]);
    const consent = await d.send(answer);
    expect(consent.at(-1)?.askKey).toBe('consent.config_change');
    expect(text(consent)).toMatch(/192\.168\.1\.52/);
    expect(text(consent)).not.toMatch(/192\.168\.1\.50|din datorn|your router\)/);
    const done = await d.send(yes);
    expect(text(done)).toMatch(rule);
    expect(await forwarded(d)).toMatchObject({ ip: '192.168.1.52' });
  });
});

describe('the device the port goes to, as it reads', () => {
  it('"till datorn" reads "din dator"; "on my router" is no device', async () => {
    const sv = await portForwardDesk('sv', 'kan ni öppna port 25565 till datorn?');
    expect(text(await sv.send('192.168.1.34'))).toMatch(/\(din dator\)/);
    const en = await portForwardDesk('en', 'can you open port 8080 on my router?');
    expect(text(await en.send('192.168.1.34'))).not.toMatch(/your router\)/);
  });
});
