// A security worry in other words than "hacked", and one voiced in the middle of another fix.
import { describe, expect, it } from 'vitest';
import { portalChat } from './testing/chat.js';
import { converse, faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const EBBA = { customerNumber: '203927', name: 'Ebba Holm', pin: '5083' };
const ID = { 'identity.customer_number': '203927', 'identity.pin': '5083' };

const actions = async (desk: ReturnType<typeof memoryDesk>, ticketId: string) =>
  (await desk.tickets.timeline(ticketId)).flatMap((e) => (e.type === 'action_done' ? [e.action] : []));

describe('a customer who fears an intruder', () => {
  it('"grannen snor mitt wifi och kommer åt routern" locks the router and goes to security', async () => {
    const desk = memoryDesk({ world: faultWorld([], { canDo: ['step.rejoin_wifi'] }) });
    const res = await converse(desk, {
      customer: EBBA,
      language: 'sv',
      opening: 'tror grannen snor mitt wifi och kanske kommer åt routern',
      answers: { ...ID, 'consent.*': 'ja' },
    });
    expect(res.outcome).toBe('escalated');
    expect(res.queue).toBe('security');
    expect(await actions(desk, res.ticketId)).toEqual(['wifi_password_change', 'admin_password_change']);
  });

  it('a worry asked back during a Wi-Fi fix is handled after the fix, in the same case', async () => {
    const desk = memoryDesk({ world: faultWorld(['wifi_radio_disabled'], { canDo: ['step.rejoin_wifi'] }) });
    const { ticketId, replies } = await identified(desk, EBBA, 'sv', 'vårt wifi syns inte längre');
    expect(replies.at(-1)?.askKey).toBe('consent.wifi_change');
    const r = await desk.agent.handleMessage(
      ticketId,
      'hur kan det stängas av av sig själv? jag tror nån har hackat oss',
    );
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(r.map((x) => x.text).join(' ')).toMatch(/säkerhetsavdelning/);
    await desk.agent.handleMessage(ticketId, 'ja slå på');
    let last = await desk.agent.handleMessage(ticketId, 'ja nu syns det');
    for (let i = 0; i < 4 && last.at(-1)?.askKey; i++) {
      const ask = last.at(-1)!.askKey!;
      last = await desk.agent.handleMessage(ticketId, ask.startsWith('step.') ? 'klart' : 'ja');
    }
    const done = await actions(desk, ticketId);
    expect(done).toEqual(['wifi_radio_enable', 'wifi_password_change', 'admin_password_change']);
    const resolution = (await desk.tickets.timeline(ticketId)).find((e) => e.type === 'resolution');
    expect(resolution?.type === 'resolution' && resolution.queue).toBe('security');
  });

  it('"har nån hackat oss?" only asked, with no sign of an intruder, is answered and the fix goes on', async () => {
    const desk = memoryDesk({ world: faultWorld(['wifi_radio_disabled'], { canDo: ['step.rejoin_wifi'] }) });
    const { ticketId } = await identified(desk, EBBA, 'sv', 'vårt wifi syns inte längre');
    const r = await desk.agent.handleMessage(
      ticketId,
      'va? hur kan det ha stängts av? har nån hackat oss?? ja slå på',
    );
    expect(r.map((x) => x.text).join(' ')).not.toMatch(/säkerhetsavdelning/);
    expect(await actions(desk, ticketId)).toEqual(['wifi_radio_enable']);
  });

  it('the same worry asked again ("men svara på min fråga, är vi hackade?") is acted on after the fix', async () => {
    const desk = memoryDesk({ world: faultWorld(['wifi_radio_disabled'], { canDo: ['step.rejoin_wifi'] }) });
    const { ticketId } = await identified(desk, EBBA, 'sv', 'vårt wifi syns inte längre');
    await desk.agent.handleMessage(ticketId, 'hur kan det stängas av av sig själv? har nån hackat oss?');
    await desk.agent.handleMessage(ticketId, 'ja slå på');
    let last = await desk.agent.handleMessage(
      ticketId,
      'ja nu syns det. men svara på min fråga, är vi hackade?',
    );
    for (let i = 0; i < 4 && last.at(-1)?.askKey; i++) {
      const ask = last.at(-1)!.askKey!;
      last = await desk.agent.handleMessage(ticketId, ask.startsWith('step.') ? 'klart' : 'ja');
    }
    const resolution = (await desk.tickets.timeline(ticketId)).find((e) => e.type === 'resolution');
    expect(resolution?.type === 'resolution' && resolution.queue).toBe('security');
  });

  it('an unsure opening that voices the worry is not asked which problem it is', async () => {
    const chat = await portalChat('sv', faultWorld([]), EBBA);
    const r = await chat.asks(
      'jag tror att någon har hackat vårt nätverk, det finns konstiga enheter i appen och datorn är jätteseg',
      'consent.wifi_change',
    );
    expect(r.some((x) => x.askKey === 'clarify.intent')).toBe(false);
  });
});
