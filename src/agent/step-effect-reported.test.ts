// Role-play round 32 (a#7, a#9, c#5): a report that a step's effect happened is the step done, with any question
// beside it answered — never the step asked again. "ps5 kom in 👍 mobilen också. är det bindestrecken med i
// lösenordet?" got the hyphen answer and "Glöm wifi-nätverket … Säg till när du är klar" again; "I see LindHome
// on my phone now and it connected. but …?" got the rejoin how-to and "Tell me when done" again; "I wrote in my
// very first e-mail that I've already restarted it twice … I'm not restarting it a third time" at the power-cycle
// step got "Thanks, good to know" and the same step again.
import { describe, expect, it } from 'vitest';
import type { Language, StepKey } from '../domain/index.js';
import { parseAnswer } from '../triage/answers.js';
import { classifyReply } from '../triage/reply.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const PER = { customerNumber: '100482', name: 'Per Persson', pin: '4711' };

describe('the rejoin step reported done in the words of its effect', () => {
  it.each([
    ['en', 'I see it on my phone now and it connected'],
    ['en', 'the laptop connected straight away'],
    ['en', 'phone joined fine'],
    ['sv', 'mobilen anslöt direkt'],
    ['sv', 'tv:n kopplade upp sig'],
  ] as [Language, string][])('%s: "%s" is the step done', (lang, text) => {
    expect(parseAnswer('step.rejoin_wifi', text, lang).kind).toBe('done');
  });

  it.each([
    ['en', 'it never connected'],
    ['en', "the phone didn't connect"],
    ['sv', 'mobilen anslöt inte'],
  ] as [Language, string][])('%s: "%s" is no step done', (lang, text) => {
    expect(parseAnswer('step.rejoin_wifi', text, lang).kind).not.toBe('done');
  });

  it.each([
    ['sv', 'ps5 kom in 👍 mobilen också. är det bindestrecken med i lösenordet?'],
    ['sv', 'datorn är inne nu. ska jag göra samma sak på tv:n?'],
    [
      'en',
      'I see LindHome on my phone now and it connected. but I still also see the old name, is that still there?',
    ],
    ['en', 'laptop is on now. do the dashes count as part of the password?'],
  ] as [Language, string][])('%s: "%s" is the answer, with its question beside it', (lang, text) => {
    expect(classifyReply('step.rejoin_wifi', text, lang).act).toBe('answer');
  });

  it.each([
    ['sv', 'ps5 kom in 👍 mobilen också. är det bindestrecken med i lösenordet?', /bindestreck/],
    ['en', 'the ps5 connected, phone too. are the dashes part of the password?', /dash|hyphen/i],
  ] as [Language, string, RegExp][])(
    '%s: "%s" answers the question and closes',
    async (lang, text, answer) => {
      const world = faultWorld(['wifi_password_forgotten'], { canDo: ['step.rejoin_wifi'] });
      const desk = memoryDesk({ world });
      const c = await identified(
        desk,
        PER,
        lang,
        lang === 'sv' ? 'har glömt wifi lösenordet' : 'forgot my wifi password',
      );
      expect(c.replies.at(-1)?.askKey).toBe('consent.wifi_change');
      const set = await desk.agent.handleMessage(c.ticketId, lang === 'sv' ? 'ja kör' : 'yes go ahead');
      expect(set.at(-1)?.askKey).toBe('step.rejoin_wifi');
      world.performStep('step.rejoin_wifi' as StepKey);
      const r = await desk.agent.handleMessage(c.ticketId, text);
      expect(r.map((x) => x.text).join('\n')).toMatch(answer);
      expect(r.at(-1)?.askKey).not.toBe('step.rejoin_wifi');
    },
  );
});

describe('"already restarted" at the power-cycle step is the step done before, never asked again', () => {
  it.each([
    ['en', 'I already restarted twice'],
    [
      'en',
      "I wrote in my very first e-mail that I've already restarted it twice. I'm not restarting it a third time.",
    ],
    ['en', 'I already restarted it twice this morning. Why would a third time help?'],
    ['sv', 'har redan startat om den två gånger, varför ska jag göra det igen?'],
    ['sv', 'jag har redan startat om två gånger, jag tänker inte göra det en tredje gång'],
  ] as [Language, string][])('%s: "%s"', async (lang, text) => {
    expect(parseAnswer('step.power_cycle', text, lang)).toMatchObject({ kind: 'done', earlier: true });
    expect(classifyReply('step.power_cycle', text, lang).act).toBe('answer');
    const world = faultWorld([], { canDo: ['step.power_cycle'] });
    const desk = memoryDesk({ world });
    const c = await identified(
      desk,
      PER,
      lang,
      lang === 'sv'
        ? 'Internet fungerar inte men lamporna på routern ser normala ut.'
        : 'The internet is not working but the lights on the router look normal.',
    );
    expect(c.replies.at(-1)?.askKey).toBe('step.power_cycle');
    const r = await desk.agent.handleMessage(c.ticketId, text);
    expect(r.at(-1)?.askKey).not.toBe('step.power_cycle');
    expect(r.map((x) => x.text).join('\n')).not.toMatch(/unplug the router|dra ur routerns/i);
  });
});
