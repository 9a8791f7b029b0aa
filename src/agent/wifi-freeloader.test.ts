// Issue 14, rp20c #8: "can you see what devices are connected to my wifi? i think the neighbours kid might
// be using it" ran the Wi-Fi fault runbook (forget and rejoin the network), and the consented new password
// was escalated tier2 with a reconnect the customer never did. Someone else on the customer's Wi-Fi is
// neither a fault nor a break-in: the desk says a new Wi-Fi key throws them off and asks to set one.
import { describe, expect, it } from 'vitest';
import { learnFacts } from '../runbooks/facts.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const AHMED = { customerNumber: '200346', name: 'Ahmed Lind', pin: '4402', deviceId: 'cpe-1' };
const text = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function opened(language: 'en' | 'sv', opening: string) {
  const desk = memoryDesk({ world: faultWorld([], { canDo: ['step.rejoin_wifi'] }) });
  const { ticketId, replies } = await identified(desk, AHMED, language, opening);
  return { desk, ticketId, replies };
}

describe('someone else on the Wi-Fi → a new Wi-Fi key with consent, resolved', () => {
  it.each([
    [
      'en',
      'hey quick question, can you see what devices are connected to my wifi? i think the neighbours kid might be using it',
    ],
    ['en', 'wait, are the neighbours using our wifi? it feels like it'],
    ['sv', 'jag tror att grannens barn använder vårt wifi, kan ni se vilka som är anslutna?'],
    ['sv', 'någon annan är nog inne på vårt wifi'],
  ] as const)('%s %j → the new-password question, never forget-and-rejoin', async (lang, opening) => {
    const { replies } = await opened(lang, opening);
    expect(replies.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(text(replies)).toMatch(/thrown off|kastas ut/);
    expect(text(replies)).not.toMatch(/security team|säkerhetsavdelning/);
  });

  it('the consent changes the key and the case is resolved, not escalated', async () => {
    const { desk, ticketId } = await opened(
      'en',
      'hey quick question, can you see what devices are connected to my wifi? i think the neighbours kid might be using it',
    );
    await desk.agent.handleMessage(
      ticketId,
      'ok listen. change my wifi password please. yes i understand all my devices need to reconnect.',
    );
    const tl = await desk.tickets.timeline(ticketId);
    expect(tl.some((e) => e.type === 'action_done' && e.action === 'wifi_password_change')).toBe(true);
    expect(tl.some((e) => e.type === 'escalation')).toBe(false);
  });

  it.each([
    'my neighbour uses your internet too and has no problems',
    'the neighbours are on the same network and also have no internet',
    'the kids use it all the time and the wifi is slow',
    'grannen använder också er fiber och har inget internet',
  ])('no freeloader in %j', (said) => {
    expect(learnFacts({}, said).wifiFreeloader).toBeUndefined();
  });
});

// Round 20 (c8, H2): after the new key was set and the devices reconnected, "done, laptop is back on. so the
// kid is off now right?" got "Is there anything else I can help with?" — the question never answered.
describe('after the new key: is the freeloader off now?', () => {
  it.each([
    ['en', 'done, laptop is back on. so the kid is off now right?'],
    ['en', "you didn't answer. anyone who doesnt know the new password is kicked off now, yes?"],
    ['en', 'great. so the neighbours kid cant get on anymore?'],
    ['sv', 'klart, datorn är inne igen. så grannungen är ute nu va?'],
    ['sv', 'då kommer inte grannens barn in längre?'],
  ] as const)('%s: %j → yes, anyone without the new key is off', async (lang, q) => {
    const { desk, ticketId } = await opened(
      lang,
      lang === 'sv'
        ? 'jag tror att grannens barn använder vårt wifi, kan ni se vilka som är anslutna?'
        : 'hey quick question, can you see what devices are connected to my wifi? i think the neighbours kid might be using it',
    );
    let r = await desk.agent.handleMessage(ticketId, lang === 'sv' ? 'ja byt lösenordet' : 'yes change it');
    for (let i = 0; i < 3 && r.at(-1)?.askKey?.startsWith('step.'); i++) {
      desk.world.performStep(r.at(-1)?.askKey as 'step.rejoin_wifi');
      r = await desk.agent.handleMessage(ticketId, lang === 'sv' ? 'klart' : 'done');
    }
    const said = text(await desk.agent.handleMessage(ticketId, q));
    expect(said).toMatch(/off your network now|inte längre in|är ute ur ditt nätverk|kommer inte in/);
  });
});
