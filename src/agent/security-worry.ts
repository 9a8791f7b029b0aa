// "Har nån hackat oss?" in the middle of another case: the worry is taken as a request of its own.
// What is in hand is finished first; then the router is locked (new Wi-Fi key, new admin password)
// and the case goes to the security team, as for a customer who opened with the worry. A worry only
// asked ("hur kan det ha stängts av? har nån hackat oss??") while our tests found no sign of an
// intruder is a question: it is answered (how it broke), and the case goes on as it was; asked
// again ("men svara på min fråga, är vi hackade?") the worry is the customer's request.
import type { Ticket } from '../domain/index.js';
import type { RunbookEngine } from '../runbooks/engine.js';
import type { Facts } from '../runbooks/types.js';
import type { ParsedAnswer } from '../runbooks/ports.js';
import type { ConversationState } from './conversation-state.js';
import type { Turn } from './turn.js';
import { asksIfSafe } from './consent-safety.js';
import { asksOutright } from './side-questions.js';

export interface SecurityWorryDeps {
  engine: Pick<RunbookEngine, 'addRequest' | 'get'>;
  learnFacts(facts: Facts, text: string): Facts;
  parseAnswer(
    askKey: NonNullable<ConversationState['pendingAsk']>,
    text: string,
    lang: ConversationState['language'],
  ): ParsedAnswer;
  note(ticketId: string, text: string): Promise<void>;
}

/** Answers that carry the pending question forward along with the worry ("ja, men är vi hackade?"). */
export const ANSWERS = new Set<ParsedAnswer['kind']>(['yes', 'no', 'done', 'cannot']);

export function createSecurityWorry(deps: SecurityWorryDeps) {
  /**
   * Notices a security worry voiced during a case that is not about it yet. Returns true when the
   * message is handled (the worry acknowledged and the pending question put again), false when the
   * message should also be taken as the answer it carries (or holds no new worry).
   */
  async function notice(ticket: Ticket, conv: ConversationState, turn: Turn, text: string): Promise<boolean> {
    if (conv.phase !== 'runbook' || conv.facts.securityWorry || !deps.learnFacts({}, text).securityWorry)
      return false;
    // "is that safe tho? … if we get hacked" at a permission asks about the action, it reports nothing.
    if (asksIfSafe(conv.pendingAsk, text, deps.learnFacts)) return false;
    if (onlyAsked(text, deps.learnFacts) && !conv.worryAsked) {
      const findings = (await deps.engine.get(ticket.id))?.findings ?? [];
      if (!findings.some((f) => f.code.startsWith('security.') && f.severity !== 'ok')) {
        conv.worryAsked = true;
        return false;
      }
    }
    if (!(await deps.engine.addRequest(ticket.id, 'security_worry', { securityWorry: true }))) return false;
    conv.facts = { ...conv.facts, securityWorry: true };
    await deps.note(
      ticket.id,
      'customer fears an intruder; the router is locked and the case goes to security after the current fix',
    );
    turn.say('security.after_current');
    const ask = conv.pendingAsk;
    if (!ask) return true;
    if (ANSWERS.has(deps.parseAnswer(ask, text, conv.language).kind)) return false;
    turn.askAgain(conv.pendingAskSpec ?? { key: ask });
    return true;
  }

  return { notice };
}

/** Every sentence that voices the worry is a question ("har nån hackat oss??", "är jag hackad eller"), none states it. */
function onlyAsked(text: string, learn: SecurityWorryDeps['learnFacts']): boolean {
  const sentences = text.match(/[^.!?…]+[.!?…]*/g) ?? [];
  const worried = sentences.filter((x) => learn({}, x).securityWorry);
  return worried.length > 0 && worried.every((x) => x.includes('?') || asksOutright(x));
}
