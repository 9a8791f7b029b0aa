// Round 10 of the issue-14 role-play (fixer y, rp10b #5): at the Wi-Fi password permission, "klistermärket
// är borta. ok sätt ett nytt då. kan jag välja det själv?" is a yes with a question — the consent was asked
// three times and the sticker just said to be gone was offered again.
import { describe, expect, it } from 'vitest';
import type { AgentReply } from './agent.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const said = (r: AgentReply[]) => r.map((x) => x.text).join('\n');

describe('a yes with "can I choose it myself?" at the Wi-Fi password permission (rp10b #5)', () => {
  it.each([
    ['sv', 'klistermärket är borta. ok sätt ett nytt då. kan jag välja det själv?'],
    ['sv', 'lappen finns inte kvar. okej gör ett nytt. får jag bestämma det själv?'],
    ['sv', 'ok satt ett nytt da. kan jag valja det sjalv'],
    ['en', 'the sticker is gone. ok set a new one then. can i choose it myself?'],
    ['en', 'no sticker anymore. fine, make a new one. can I pick it myself?'],
  ] as const)('%s: "%s"', async (lang, text) => {
    const desk = memoryDesk({ world: faultWorld(['wifi_password_forgotten']) });
    const opening = lang === 'en' ? 'i forgot my wifi password' : 'jag har glömt wifi-lösenordet';
    const { ticketId, replies } = await identified(desk, KARIN, lang, opening);
    expect(replies.at(-1)?.askKey).toBe('consent.wifi_change');
    const r = await desk.agent.handleMessage(ticketId, text);
    // Not the same permission again, not the sticker the customer said is gone.
    expect(r.at(-1)?.askKey).not.toBe('consent.wifi_change');
    expect(said(r)).not.toMatch(/klistermärket under routern\. Prova|sticker under the router\. Try/);
    // How to choose one's own is said.
    expect(said(r)).toMatch(/eget|choose yourself|your own/);
    const actions = (await desk.tickets.timeline(ticketId)).filter((e) => e.type === 'action_done');
    expect(actions.length).toBeGreaterThan(0);
  });
});

// Round 20 (b9): "yes but can I pick it myself? I want it to be Sunflower-Garden-77" set a random key at once and
// cut every device off — the yes held only if the customer could choose. The question is answered and nothing
// changes until the customer says go.
describe('"yes but can I pick it myself?" at the Wi-Fi password permission (rp20b #9)', () => {
  it.each([
    ['en', 'yes but can I pick it myself? I want it to be Sunflower-Garden-77'],
    ['en', 'ok but can i choose my own password?'],
    ['sv', 'ja men kan jag välja det själv? vill ha Solros-Trädgård-77'],
  ] as const)('%s: "%s" changes nothing yet', async (lang, text) => {
    const desk = memoryDesk({ world: faultWorld(['wifi_password_forgotten']) });
    const opening = lang === 'en' ? 'i forgot my wifi password' : 'jag har glömt wifi-lösenordet';
    const { ticketId, replies } = await identified(desk, KARIN, lang, opening);
    expect(replies.at(-1)?.askKey).toBe('consent.wifi_change');
    const r = await desk.agent.handleMessage(ticketId, text);
    expect(said(r)).toMatch(/eget|choose yourself|your own/);
    const actions = (await desk.tickets.timeline(ticketId)).filter((e) => e.type === 'action_done');
    expect(actions).toEqual([]);
  });
});
