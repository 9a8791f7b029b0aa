// The operator's own words reach the customer (issue 18): the portal's name (brand.portal) and the
// time zone times are told in (sla.businessHours.timeZone) come from the operator configuration.
import { describe, expect, it } from 'vitest';
import type { IspPorts } from '../isp/ports.js';
import type { AgentConfig } from './agent.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '700171', name: 'Karin Öst', pin: '4667' };
const words = { portal: { sv: 'Kundzonen', en: 'the Customer Zone' }, timeZone: 'Europe/Stockholm' };
const said = (r: { text: string }[]) => r.map((x) => x.text).join(' ');

async function lockedAccount(config: Partial<AgentConfig>, language: 'sv' | 'en') {
  const desk = memoryDesk({ world: faultWorld(['portal_account_locked']), config });
  desk.directory.add(KARIN);
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  const replies = [
    ...(await desk.agent.handleMessage(
      c.ticketId,
      language === 'en'
        ? "i can't sign in, it says my account is locked"
        : 'jag kan inte logga in, kontot är låst',
    )),
    ...(await desk.agent.handleMessage(c.ticketId, '700171')),
    ...(await desk.agent.handleMessage(c.ticketId, '4667')),
  ];
  const last = replies.at(-1);
  if (last?.askKey)
    replies.push(...(await desk.agent.handleMessage(c.ticketId, language === 'en' ? 'yes' : 'ja')));
  return said(replies);
}

describe("the operator's words in the agent's texts", () => {
  it("the customer reads the operator's portal name, in each language", async () => {
    const en = await lockedAccount({ words }, 'en');
    expect(en).toMatch(/account on the Customer Zone/);
    expect(en).not.toMatch(/My Pages|the customer portal/);
    const sv = await lockedAccount({ words }, 'sv');
    expect(sv).toMatch(/konto på Kundzonen/);
    expect(sv).not.toMatch(/Mina sidor|kundportalen/);
  });

  it('without a portal name the texts use neutral words, never a placeholder', async () => {
    const en = await lockedAccount({}, 'en');
    expect(en).toMatch(/account on the customer portal/);
    expect(en).not.toMatch(/\{portal\}/);
  });

  it("a booked visit is told in the operator's time zone", async () => {
    const isp = {
      fieldService: {
        book: async () => ({
          status: 'confirmed',
          bookingId: 'FS-1',
          window: { start: '2026-12-08T07:00:00.000Z', end: '2026-12-08T11:00:00.000Z' },
        }),
      },
    } as unknown as IspPorts;
    const desk = memoryDesk({
      world: faultWorld(['fiber_los']),
      isp,
      // The desk's clock before the fixed booking: the test holds on any date.
      now: () => new Date('2026-12-05T07:30:00Z'),
      config: { words: { ...words, timeZone: 'America/New_York' } },
    });
    desk.directory.add(KARIN);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    const replies = [
      ...(await desk.agent.handleMessage(c.ticketId, 'internet is down completely')),
      ...(await desk.agent.handleMessage(c.ticketId, '700171')),
      ...(await desk.agent.handleMessage(c.ticketId, '4667')),
    ];
    let last = replies.at(-1);
    for (let i = 0; i < 4 && last?.askKey; i++) {
      const next = await desk.agent.handleMessage(
        c.ticketId,
        last.askKey === 'contact.availability' ? 'mornings' : 'yes',
      );
      replies.push(...next);
      last = next.at(-1);
    }
    expect(said(replies)).toContain('Tuesday 8 December 02:00–06:00');
  });
});
