// Requests the agent could not place before (issue 14), in the customers' own words: a Wi-Fi rename,
// "my router is hacked", port forwards with the port or device missing, a TV question, a cancellation
// by a caller who failed the PIN, and an invoice dispute.
import { describe, expect, it } from 'vitest';
import { converse, faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const MIA = { customerNumber: '204001', name: 'Mia Ek', pin: '8385' };
const ID = { 'identity.customer_number': '204001', 'identity.pin': '8385' };
const words = (t: { from: string; text: string }[]) =>
  t
    .filter((m) => m.from === 'agent')
    .map((m) => m.text)
    .join('\n');

async function requested(desk: ReturnType<typeof memoryDesk>, ticketId: string) {
  const tl = await desk.tickets.timeline(ticketId);
  return tl.flatMap((e) => (e.type === 'action_requested' ? [{ action: e.action, args: e.args }] : []));
}

describe('requests without a fault', () => {
  it('"can you change my network name to MiaNet" renames the Wi-Fi with consent and never touches the key', async () => {
    const desk = memoryDesk({ world: faultWorld([], { canDo: ['step.rejoin_wifi'] }) });
    const res = await converse(desk, {
      customer: MIA,
      language: 'en',
      opening: 'can you change my network name to MiaNet',
      answers: { ...ID, 'consent.*': 'yes' },
    });
    expect(res.outcome).toBe('resolved');
    expect(desk.world.actionsDone()).toEqual(['wifi_ssid_change']);
    expect(await requested(desk, res.ticketId)).toEqual([
      { action: 'wifi_ssid_change', args: { ssid: 'MiaNet' } },
    ]);
  });

  it('"hur byter jag namn på wifi:t?" is carried out, not answered with a help-centre article', async () => {
    const article = {
      slug: 'wifi-password',
      language: 'sv' as const,
      title: 'Byta lösenord eller namn på ditt wifi',
      audience: 'customer',
    };
    const knowledge = {
      bestAnswer: async () => ({
        article,
        excerpt: 'Vi kan byta det på distans.',
        url: '/help/wifi-password?lang=sv',
        relevance: 0.9,
      }),
      articleForCause: async () => null,
    };
    const desk = memoryDesk({ world: faultWorld([]), knowledge });
    const c = await identified(desk, MIA, 'sv', 'hur byter jag namn på wifi:t?');
    expect(c.replies.at(-1)?.askKey).toBe('config.wifi_name');
  });

  it('asks for the name when the rename request has none', async () => {
    const desk = memoryDesk({ world: faultWorld([], { canDo: ['step.rejoin_wifi'] }) });
    const res = await converse(desk, {
      customer: MIA,
      language: 'sv',
      opening: 'hur byter jag namn på mitt wifi?',
      answers: { ...ID, 'config.wifi_name': 'Svenssons5G', 'consent.*': 'ja' },
    });
    expect(res.transcript.some((m) => m.askKey === 'config.wifi_name')).toBe(true);
    expect(await requested(desk, res.ticketId)).toEqual([
      { action: 'wifi_ssid_change', args: { ssid: 'Svenssons5G' } },
    ]);
  });

  it('"I think my router is hacked" changes the Wi-Fi key and the admin password with consent, then goes to security', async () => {
    const desk = memoryDesk({ world: faultWorld([], { canDo: ['step.rejoin_wifi'] }) });
    const res = await converse(desk, {
      customer: MIA,
      language: 'en',
      opening: 'I think my router is hacked, there are devices I dont recognise',
      answers: { ...ID, 'consent.*': 'yes' },
    });
    expect(res.outcome).toBe('escalated');
    expect(res.queue).toBe('security');
    expect(desk.world.actionsDone()).toEqual(['wifi_password_change', 'admin_password_change']);
  });

  it('"please forward 3074 to my xbox" asks for the device, then adds the forward with consent', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const res = await converse(desk, {
      customer: MIA,
      language: 'en',
      opening: 'please forward 3074 to my xbox',
      answers: { ...ID, 'config.port_forward': 'the xbox is 192.168.1.40', 'consent.*': 'yes' },
    });
    expect(res.outcome).toBe('resolved');
    expect(res.transcript.some((m) => m.askKey === 'config.port_forward')).toBe(true);
    const [pf] = await requested(desk, res.ticketId);
    expect(pf).toMatchObject({ action: 'port_forward_add', args: { port: 3074, ip: '192.168.1.40' } });
  });

  it('"how do I open ports for my ps5?" keeps the port from one answer and the device from the next', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const c = await identified(desk, MIA, 'en', 'how do I open ports for my ps5? cod says NAT strict');
    expect(c.replies.at(-1)?.askKey).toBe('config.port_forward');
    await desk.agent.handleMessage(c.ticketId, 'what port? idk, 3074 i think, whatever cod uses');
    const consent = await desk.agent.handleMessage(c.ticketId, 'the ps5 is 192.168.1.60');
    expect(consent.at(-1)?.askKey).toBe('consent.config_change');
    await desk.agent.handleMessage(c.ticketId, 'yes');
    expect(await requested(desk, c.ticketId)).toMatchObject([
      { action: 'port_forward_add', args: { port: 3074, ip: '192.168.1.60' } },
    ]);
  });

  it('"mitt mobilabonnemang funkar inte utomlands" and "I cannot receive any emails on my address" go to a person, not sales or tier2', async () => {
    for (const opening of [
      'mitt mobilabonnemang funkar inte utomlands, är i spanien',
      'Hi, I cannot receive any emails on my address with you since yesterday. Sending works. Internet is fine.',
    ]) {
      const desk = memoryDesk({ world: faultWorld([]) });
      const res = await converse(desk, {
        customer: MIA,
        language: /är/.test(opening) ? 'sv' : 'en',
        opening,
        answers: ID,
      });
      expect([res.outcome, res.queue]).toEqual(['routed', 'agents']);
    }
  });

  it('"don\'t have one, not with you yet" to the customer-number question routes a would-be customer to sales at once', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    await desk.agent.handleMessage(c.ticketId, "how much is your cheapest plan? I'm moving to Uppsala");
    const r = await desk.agent.handleMessage(c.ticketId, "don't have one, not with you yet");
    expect(r.some((x) => x.askKey === 'identity.customer_number')).toBe(false);
    expect((await desk.tickets.get(c.ticketId))?.queue).toBe('sales');
  });

  it('"kan ni fixa så att kameran går att nå utifrån? port 554" is a port forward, not a second-line job', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const c = await identified(desk, MIA, 'sv', 'kan ni fixa så att kameran går att nå utifrån? port 554');
    expect(c.replies.at(-1)?.askKey).toBe('config.port_forward');
  });

  it('"Vi är inte kunder hos er ännu" routes a would-be customer to sales after one question', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'sv' });
    await desk.agent.handleMessage(
      c.ticketId,
      'Hej! Vi har precis köpt hus i Nacka och undrar vad ert bredband kostar och om ni levererar dit.',
    );
    await desk.agent.handleMessage(c.ticketId, 'Vi är inte kunder hos er ännu. /Ida');
    expect((await desk.tickets.get(c.ticketId))?.queue).toBe('sales');
  });

  it('two problems in one message are both handled in the case: the port forward, then the sites that do not load', async () => {
    const world = faultWorld(['dns_misconfigured']);
    const desk = memoryDesk({ world });
    const res = await converse(desk, {
      customer: MIA,
      language: 'sv',
      opening:
        'Hej! Två saker: 1. Vissa hemsidor laddar inte. 2. Kan ni öppna port 25565 till min minecraftserver? Den har 192.168.1.30.',
      answers: { ...ID, 'consent.*': 'ja' },
    });
    expect(world.actionsDone().sort()).toEqual(['dns_reset', 'port_forward_add']);
    expect(res.outcome).toBe('resolved');
  });

  it('"nätet har hängt sig och sen vill jag byta wifi-lösen" fixes both: a "still not working" looks at the connection too', async () => {
    const world = faultWorld(['cpe_hung', 'wifi_password_forgotten'], { canDo: ['step.rejoin_wifi'] });
    const desk = memoryDesk({ world });
    const res = await converse(desk, {
      customer: MIA,
      language: 'sv',
      opening: 'nätet har hängt sig och sen vill jag byta wifi-lösen, exet har det fortfarande',
      answers: { ...ID, 'consent.*': 'ja', 'device.restarted': 'nej' },
    });
    expect(world.actionsDone()).toContain('cpe_reboot');
    expect(world.actionsDone()).toContain('wifi_password_change');
    expect(res.outcome).toBe('resolved');
  });

  it('a TV question goes to a person with the question, without a line test or router action', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const res = await converse(desk, {
      customer: MIA,
      language: 'en',
      opening: 'my TV channels keep freezing, internet is fine though',
      answers: ID,
    });
    expect(res.outcome).toBe('routed');
    expect(res.queue).toBe('agents');
    expect(desk.world.calls).toHaveLength(0);
    expect(words(res.transcript)).not.toMatch(/testing your line/);
    const [esc] = await desk.tickets.escalations(res.ticketId);
    expect(esc.packet.problem).toContain('TV channels keep freezing');
  });

  it('a cancellation by a caller who failed the PIN three times is refused', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    desk.directory.add(MIA);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    await desk.agent.handleMessage(c.ticketId, 'I want to cancel my subscription');
    await desk.agent.handleMessage(c.ticketId, '204001');
    await desk.agent.handleMessage(c.ticketId, '1111');
    await desk.agent.handleMessage(c.ticketId, '2222');
    const end = await desk.agent.handleMessage(c.ticketId, '3333');
    expect(end.some((r) => r.final)).toBe(true);
    const ticket = await desk.tickets.get(c.ticketId);
    expect(ticket?.disposition).toBe('refused.unverified');
    expect(ticket?.queue ?? null).toBeNull();
  });

  it('an upgrade asked for by someone who cannot give a customer number is refused, not sold as a new subscription', async () => {
    for (const [opening, hedges] of [
      [
        'hi, I want to upgrade to the 1000 mbit plan, can you do that now?',
        ['not sure... 972 481?', "I really don't know, my wife handles the paperwork"],
      ],
      ['vill säga upp mitt abonnemang', ['vet inte, har ingen faktura här', 'ingen aning']],
    ] as const) {
      const desk = memoryDesk({ world: faultWorld([]) });
      desk.directory.add(MIA);
      const c = await desk.agent.startConversation({
        channel: 'chat',
        language: opening.startsWith('hi') ? 'en' : 'sv',
      });
      await desk.agent.handleMessage(c.ticketId, opening);
      await desk.agent.handleMessage(c.ticketId, hedges[0]);
      const end = await desk.agent.handleMessage(c.ticketId, hedges[1]);
      expect(end.some((r) => r.final)).toBe(true);
      const ticket = await desk.tickets.get(c.ticketId);
      expect([ticket?.disposition, ticket?.queue ?? null]).toEqual(['refused.unverified', null]);
      expect(words(end.map((r) => ({ from: 'agent', text: r.text })))).toMatch(/faktura|invoice/);
    }
  });

  it('an invoice dispute goes to billing without a line test and without "reopened once paid"', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const res = await converse(desk, {
      customer: MIA,
      language: 'en',
      opening: 'I was charged twice on my last invoice, that is wrong',
      answers: ID,
    });
    expect(res.outcome).toBe('routed');
    expect(res.queue).toBe('billing');
    expect(words(res.transcript)).not.toMatch(/testing your line|reopen/);
  });
});
