// Role-play rounds 32 (b9) and 33: after a handoff to a team, "Will they call me or just e-mail?", "när hör jag av
// dem?", "when will I hear from them?" got "Yes — …", "There is nothing you need to do right now", or "Det kan
// jag inte svara på härifrån". They are answered from what the desk knows: the team answers here, in this
// conversation, within its usual time; a call only if they need one (the customer may leave a number). The
// case stays in its queue.
import { describe, expect, it } from 'vitest';
import type { FaultKind, Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const SETUPS: [string, FaultKind | null, Record<Language, string>][] = [
  [
    'agents',
    'wifi_password_forgotten',
    {
      en: 'forgot my wifi password. I want to talk to a real person',
      sv: 'har glömt wifi-lösenordet. jag vill prata med en människa',
    },
  ],
  [
    'tier2',
    'speed_line_degraded',
    {
      en: 'my internet is very slow on cable, 30 mbit on a 1000 plan, restarted already',
      sv: 'internet är jättelångsamt med kabel, 30 mbit fast jag har 1000, har startat om',
    },
  ],
  [
    'billing',
    null,
    { en: 'I was charged twice on my invoice this month', sv: 'jag har fått dubbel debitering på fakturan' },
  ],
];

const ASKED: Record<Language, string[]> = {
  en: ['Will they call me or e-mail?', 'when will I hear from them?', 'when will they be in touch?'],
  sv: ['Ringer de mig eller mejlar de?', 'när hör jag av dem?', 'hur hör de av sig?', 'när får jag svar?'],
};

const HERE: Record<Language, RegExp> = { en: /here\b.*within 24 hours/, sv: /här\b.*inom 24 timmar/ };
const STOCK =
  /nothing you need to do right now|inget du behöver göra just nu|can't answer|cannot answer|kan jag inte svara|^Yes\b|^Ja\b/i;

describe('how and when the team answers, after a handoff', () => {
  for (const [queue, fault, opening] of SETUPS)
    for (const lang of ['en', 'sv'] as const)
      for (const q of ASKED[lang])
        it(`${queue} ${lang}: "${q}"`, async () => {
          const c = await chat(lang, faultWorld(fault ? [fault] : []));
          await c.say(opening[lang]);
          await c.say(c.pin);
          expect((await c.cases()).first?.queue).toBe(queue);
          const said = await c.say(q);
          expect(said).toMatch(HERE[lang]);
          expect(said).not.toMatch(STOCK);
          // A call is never promised: only if they need one.
          if (/call|ring/i.test(q)) expect(said).toMatch(/only if they need|bara om de behöver/);
          const { first } = await c.cases();
          expect(first?.status).toBe('escalated');
          expect(first?.queue).toBe(queue);
        });
});
