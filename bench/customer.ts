import type { Scenario } from './scenario-schema.js';

// The simulated customer: answers the agent's ask keys from the persona, performs physical steps
// in the simulation and tells the truth about whether the problem is gone.

export interface CustomerWorld {
  performStep(step: string): 'done' | 'cannot';
  problemGone(): boolean;
}

const PHRASES = {
  sv: {
    done: 'Klart, jag har gjort det nu.',
    cannot: 'Det kan jag tyvärr inte göra.',
    dontKnow: 'Jag vet inte.',
    works: 'Ja, nu fungerar det!',
    broken: 'Nej, det fungerar fortfarande inte.',
  },
  en: {
    done: "Done, I've done that now.",
    cannot: "I can't do that, sorry.",
    dontKnow: "I don't know.",
    works: 'Yes, it works now!',
    broken: 'No, it still does not work.',
  },
} as const;

/** The persona's free-text answer for an ask key: an exact key wins over a `prefix.*` pattern. */
export function personaAnswer(answers: Record<string, string>, askKey: string): string | undefined {
  if (answers[askKey] !== undefined) return answers[askKey];
  let best: { len: number; text: string } | undefined;
  for (const [pattern, text] of Object.entries(answers)) {
    if (!pattern.endsWith('*')) continue;
    const prefix = pattern.slice(0, -1);
    if (askKey.startsWith(prefix) && (!best || prefix.length > best.len)) best = { len: prefix.length, text };
  }
  return best?.text;
}

export function customerReply(scenario: Scenario, askKey: string | null, world: CustomerWorld): string {
  const p = PHRASES[scenario.language];
  if (!askKey) return p.dontKnow;
  const fromPersona = personaAnswer(scenario.persona.answers, askKey);
  if (askKey.startsWith('step.')) {
    if (!scenario.persona.canDo.includes(askKey)) return p.cannot;
    return world.performStep(askKey) === 'done' ? p.done : p.cannot;
  }
  if (askKey === 'resolution.confirm') return world.problemGone() ? p.works : p.broken;
  return fromPersona ?? p.dontKnow;
}
