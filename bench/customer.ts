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

type Answers = Scenario['persona']['answers'];

/** The persona pattern that answers an ask key: an exact key wins over the longest `prefix.*` pattern. */
export function answerPattern(answers: Answers, askKey: string): string | undefined {
  if (answers[askKey] !== undefined) return askKey;
  let best: string | undefined;
  for (const pattern of Object.keys(answers)) {
    if (!pattern.endsWith('*')) continue;
    const prefix = pattern.slice(0, -1);
    if (askKey.startsWith(prefix) && (!best || prefix.length > best.length - 1)) best = pattern;
  }
  return best;
}

/** The persona's first answer for an ask key (a list's first entry). */
export function personaAnswer(answers: Answers, askKey: string): string | undefined {
  const pattern = answerPattern(answers, askKey);
  if (pattern === undefined) return undefined;
  const value = answers[pattern];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * One customer for one conversation. A list answer moves on per persona key: the n-th time any ask key
 * matching that key is asked, the n-th entry is sent (the last one repeats).
 */
export class SimulatedCustomer {
  private readonly asked = new Map<string, number>();

  constructor(
    private readonly scenario: Scenario,
    private readonly world: CustomerWorld,
  ) {}

  /** The reply to the agent's ask key; null when the customer says nothing (a satisfaction question without `csat`). */
  reply(askKey: string | null): string | null {
    const p = PHRASES[this.scenario.language];
    if (!askKey) return p.dontKnow;
    if (askKey === 'csat.score') {
      const csat = this.scenario.persona.csat;
      return csat === null ? null : String(csat);
    }
    const pattern = answerPattern(this.scenario.persona.answers, askKey);
    if (pattern === undefined) {
      if (askKey.startsWith('step.')) return this.token('@done', askKey);
      if (askKey === 'resolution.confirm') return this.token('@truth', askKey);
      return p.dontKnow;
    }
    const value = this.scenario.persona.answers[pattern];
    const n = this.asked.get(pattern) ?? 0;
    this.asked.set(pattern, n + 1);
    const text = Array.isArray(value) ? value[Math.min(n, value.length - 1)] : value;
    return this.say(text, askKey);
  }

  /** Free text as it is, or a token (`@done`, …) played against the ask key. */
  say(text: string, askKey: string | null): string {
    return text.startsWith('@') && askKey ? this.token(text, askKey) : text;
  }

  private token(token: string, askKey: string): string {
    const p = PHRASES[this.scenario.language];
    switch (token) {
      case '@done':
        if (!askKey.startsWith('step.') || !this.scenario.persona.canDo.includes(askKey)) return p.cannot;
        return this.world.performStep(askKey) === 'done' ? p.done : p.cannot;
      case '@cannot':
        return p.cannot;
      case '@truth':
        if (askKey !== 'resolution.confirm') return p.dontKnow;
        return this.world.problemGone() ? p.works : p.broken;
      case '@dontknow':
        return p.dontKnow;
      default:
        return token;
    }
  }
}

/** A one-off reply (no list positions kept): for callers that ask once. */
export function customerReply(scenario: Scenario, askKey: string | null, world: CustomerWorld): string {
  return new SimulatedCustomer(scenario, world).reply(askKey) ?? PHRASES[scenario.language].dontKnow;
}
