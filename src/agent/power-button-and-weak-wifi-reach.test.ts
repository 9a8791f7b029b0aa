// Blind set un33. (1) v2-un33-powered-off-sv-1: "hur gör jag det, finns det en knapp?" at "check that the router is
// switched on" was read as a new request ("finns det…" as "is there an outage?"), the step left unclear and a
// technician booked; a question about how the router is switched on (the button, the switch) at the power step is
// about the step: answered, and the step asked again. (2) v2-un33-wifi-weak-en-1: "Can you boost it or do I need a
// new router?" beside a weak Wi-Fi was kept as a second request (router change) and escalated to second line after
// the Wi-Fi was fixed; the reach of the same Wi-Fi asked about is no second request.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { triage } from '../triage/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const buttonQuestions: [Language, string][] = [
  ['sv', 'hur gör jag det, finns det en knapp?'],
  ['sv', 'finns det en strömbrytare?'],
  ['sv', 'hur slår jag på den?'],
  ['en', 'how do I do that, is there a button?'],
  ['en', 'is there a switch somewhere?'],
  ['en', 'how do I turn it on?'],
];

describe('a question about switching the router on, at the power step', () => {
  for (const [lang, question] of buttonQuestions)
    it(`${lang}: "${question}"`, async () => {
      const c = await chat(lang, faultWorld(['cpe_powered_off'], { canDo: ['step.power_on'] }));
      await c.send(
        lang === 'sv' ? 'inget internet, inga lampor lyser' : 'no internet, no lights on the router',
      );
      const atStep = await c.send(c.pin);
      expect(atStep.at(-1)?.askKey).toBe('step.power_on');
      const reply = await c.send(question);
      expect(reply.at(-1)?.askKey).toBe('step.power_on');
      expect(reply.map((m) => m.text).join(' ')).toMatch(lang === 'sv' ? /strömknapp/i : /power button/i);
      expect(await c.desk.tickets.escalations(c.ticketId)).toEqual([]);
    });
});

const reachOpenings: string[] = [
  'Wi-Fi is weak in my bedroom. Living room is fine. Can you boost it or do I need a new router?',
  'Wifi signal is poor upstairs. Do I need a better router?',
  'wifin är svag i sovrummet, vardagsrummet funkar. kan ni förstärka den eller behöver jag en ny router?',
  'dålig täckning på övervåningen. behöver jag en starkare router?',
];

describe('the reach of a weak Wi-Fi asked about is no second request', () => {
  for (const opening of reachOpenings)
    it(`"${opening}"`, () => {
      const r = triage(opening);
      expect(r.intent).toBe('wifi_problem');
      expect(r.secondaryIntents).not.toContain('router_config');
    });
  it('still a second request: a port opened beside a weak Wi-Fi', () => {
    const r = triage('wifi is weak in the kitchen. also please open port 8080 for my xbox');
    expect([r.intent, ...r.secondaryIntents]).toContain('router_config');
  });
});
