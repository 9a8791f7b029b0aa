// Issue 14, role-play round 19 (c1, cpe_hung): the opening said "jag har redan startat om den två gånger" and
// the desk still asked for a power-cycle; "kan inte ni starta om den härifrån?" at that step was ignored. A
// restart the customer already did is known (the step is not asked again, and the summary says it did not
// help); a remote restart asked for at the restart step is done by the desk, with permission.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const PER = { customerNumber: '200115', name: 'Per Persson', pin: '2250' };

async function actions(c: Awaited<ReturnType<typeof chat>>) {
  return (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
    e.type === 'action_done' ? [e.action] : [],
  );
}

describe('a restart already done, or asked of the desk', () => {
  it.each([
    [
      'sv',
      'hej, internet funkar inte alls sen igår kväll. lamporna på routern ser helt normala ut och jag har redan startat om den två gånger så det är inte det',
    ],
    ['sv', 'inget internet, har startat om routern flera gånger redan'],
    ['en', 'no internet since last night. lights look normal and i already restarted it twice'],
    ['en', 'internet is dead, rebooted the router 3 times already, no change'],
  ] as const)('%s "%s": the restart step is not asked again', async (lang, opening) => {
    const c = await chat(lang, faultWorld([], { canDo: ['step.power_cycle'] }), PER);
    await c.send(opening);
    await c.send(PER.customerNumber);
    const r = await c.send(PER.pin);
    expect(r.some((m) => m.askKey === 'step.power_cycle')).toBe(false);
    expect(r.map((m) => m.text).join(' ')).toMatch(
      lang === 'sv' ? /startade om routern – hjälpte inte/ : /restarted the router – did not help/,
    );
  });

  it.each([
    [
      'sv',
      'hej, internet funkar inte alls sen igår kväll. lamporna på routern ser helt normala ut och jag har redan startat om den två gånger så det är inte det',
    ],
    ['en', 'no internet since last night. lights look normal and i already restarted it twice'],
  ] as const)(
    '%s, hung router: "%s" → the remote restart with permission, resolved',
    async (lang, opening) => {
      const c = await chat(lang, faultWorld(['cpe_hung']), PER);
      await c.send(opening);
      await c.send(PER.customerNumber);
      await c.asks(PER.pin, 'consent.reboot');
      await c.asks(c.yes, 'resolution.confirm');
      expect(await actions(c)).toEqual(['cpe_reboot']);
    },
  );

  it.each([
    [
      'sv',
      'vänta jag har inte gjort nåt nu, jag menade att jag redan startat om innan jag skrev. kan inte ni starta om den härifrån?',
    ],
    ['sv', 'kan ni starta om den på distans istället?'],
    ['en', 'cant you just reboot it from your end?'],
    ['en', 'could you restart it remotely instead? im not near it'],
  ] as const)(
    '%s at the restart step: "%s" → the desk restarts it, with permission',
    async (lang: Language, text) => {
      const c = await chat(lang, faultWorld([], { canDo: ['step.power_cycle'] }), PER);
      await c.send(
        lang === 'sv'
          ? 'internet funkar inte men lamporna ser normala ut'
          : 'internet not working but the lights look fine',
      );
      await c.send(PER.customerNumber);
      await c.asks(PER.pin, 'step.power_cycle');
      await c.asks(text, 'consent.reboot');
      await c.send(c.yes);
      expect(await actions(c)).toEqual(['cpe_reboot']);
      const steps = (await c.desk.tickets.timeline(c.ticketId)).filter((e) => e.type === 'customer_step');
      expect(steps).toEqual([]);
    },
  );
});
