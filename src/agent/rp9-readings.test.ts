// Round 9 of the issue-14 role-play, round-2 fixes (fixer f): replies that carry more than the answer asked
// for — a speed measured over the cable, a step done beside a question, a score beside a question or a
// request, a second topic inside "yes, it works", a symptom denied, a Wi-Fi name given beside a request.
import { describe, expect, it } from 'vitest';
import type { AgentReply } from './agent.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const said = (r: AgentReply[]) => r.map((x) => x.text).join('\n');

describe('a speed measured over the cable is the wired test’s result (rp9c #2)', () => {
  async function atWiredTest(lang: 'sv' | 'en') {
    const desk = memoryDesk({ world: faultWorld(['speed_wifi_limited'], { canDo: ['step.wired_test'] }) });
    const opening =
      lang === 'en' ? 'i pay for 500 mbit and get like 40' : 'jag betalar för 500 men får typ 40';
    const { ticketId, replies } = await identified(desk, KARIN, lang, opening);
    expect(replies.at(-1)?.askKey).toBe('step.wired_test');
    return { desk, id: ticketId };
  }

  it.each([
    ['en', 'ok found a usb adapter thing. done, plugged in the yellow cable and ran it'],
    ['en', 'plugged in the cable and did the test'],
    ['sv', 'klart, kopplade in kabeln och körde testet'],
  ] as const)('%s: "%s" is done, not asked again', async (lang, text) => {
    const { desk, id } = await atWiredTest(lang);
    const r = await desk.agent.handleMessage(id, text);
    expect(r.at(-1)?.askKey).not.toBe('step.wired_test');
    expect(said(r)).not.toMatch(/Now run a speed test|Kör nu ett hastighetstest/);
  });

  it.each([
    ['en', 'fast.com says 470', '470'],
    ['en', '470/100', '470'],
    ['en', 'around 450 on the cable', '450'],
    ['en', '0.5 gbit', '500'],
    ['sv', 'typ 480 mbit', '480'],
    ['sv', 'ungefär 450', '450'],
  ] as const)(
    '%s: "%s" after "it is plugged in" is the result, kept in the summary',
    async (lang, text, mbps) => {
      const { desk, id } = await atWiredTest(lang);
      const plugged = await desk.agent.handleMessage(
        id,
        lang === 'en' ? 'ok its plugged in now' : 'ok nu är den inkopplad',
      );
      expect(plugged.at(-1)?.askKey).toBe('step.wired_test');
      const r = await desk.agent.handleMessage(id, text);
      expect(said(r)).toContain(`${mbps} Mbit/s`);
      expect(r.at(-1)?.askKey).toBe('resolution.confirm');
      const closed = await desk.agent.handleMessage(id, lang === 'en' ? 'yes' : 'ja');
      expect(said(closed)).toMatch(new RegExp(`(network cable|nätverkskabel)[^;]*${mbps} Mbit/s`));
      expect(said(closed)).not.toMatch(/unclear|oklart/);
    },
  );
});

describe('a step done now with the rest put off is done (rp9c #8)', () => {
  it.each([
    ['en', 'done, my phone is back on. printer i’ll do later.'],
    ['en', 'phone is reconnected, printer later'],
    ['sv', 'klart, mobilen är inne. skrivaren tar jag sen'],
  ] as const)('%s: "%s" at the rejoin step goes on to the next change', async (lang, text) => {
    const desk = memoryDesk({ world: faultWorld([]) });
    desk.directory.add(KARIN);
    const c = await desk.agent.startConversation({
      channel: 'chat',
      language: lang,
      portalCustomerNumber: '100482',
    });
    const worry =
      lang === 'en'
        ? 'i think someone hacked my router, there are devices in the app i dont recognise'
        : 'jag tror nån har hackat min router, det finns enheter i appen jag inte känner igen';
    await desk.agent.handleMessage(c.ticketId, worry);
    const rejoin = await desk.agent.handleMessage(c.ticketId, lang === 'en' ? 'ok yes do it' : 'ja gör det');
    expect(rejoin.at(-1)?.askKey).toBe('step.rejoin_wifi');
    const r = await desk.agent.handleMessage(c.ticketId, text);
    expect(r.at(-1)?.askKey).toBe('consent.config_change');
    const steps = (await desk.tickets.timeline(c.ticketId)).filter((e) => e.type === 'customer_step');
    expect(steps).toMatchObject([{ step: 'step.rejoin_wifi', result: 'done' }]);
  });
});
