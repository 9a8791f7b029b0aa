// What triage found, on the case: the intent, priority (raised for an angry customer) and mood on
// the timeline, and the mood acknowledged once.
import { PRIORITIES, type Intent, type Priority, type Ticket } from '../domain/index.js';
import type { TriageLike } from '../runbooks/ports.js';
import type { ConversationState } from './conversation-state.js';
import type { AgentKernel } from './kernel.js';
import type { Turn } from './turn.js';

export async function recordTriage(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  tri: TriageLike,
  intent: Intent,
) {
  const priority = bump(tri.priority, tri.mood === 'angry' ? 1 : 0);
  conv.priority = higher(conv.priority, priority);
  conv.mood = tri.mood;
  await k.deps.tickets.append(
    ticket.id,
    [
      {
        type: 'triage',
        actor: { kind: 'bot', id: null },
        intent,
        confidence: tri.confidence,
        runnerUp: tri.runnerUp,
        language: conv.language,
        priority: conv.priority,
        reasons: [...tri.priorityReasons, ...tri.moodReasons],
        entities: safeEntities(tri.entities),
      },
    ],
    { intent, priority: conv.priority, language: conv.language },
  );
}

export function acknowledgeMood(conv: ConversationState, turn: Turn) {
  if (conv.acknowledgedMood) return;
  if (conv.mood === 'angry') turn.say('ack.angry');
  else if (conv.mood === 'frustrated') turn.say('ack.frustrated');
  else return;
  conv.acknowledgedMood = true;
}

export function bump(p: Priority, steps: number): Priority {
  const i = PRIORITIES.indexOf(p);
  return PRIORITIES[Math.max(0, i - steps)];
}

export function higher(a: Priority, b: Priority): Priority {
  return PRIORITIES.indexOf(a) <= PRIORITIES.indexOf(b) ? a : b;
}

function safeEntities(entities: object): Record<string, unknown> {
  // PIN-like values never go onto the timeline.
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entities ?? {})) if (!/pin|password|secret/i.test(k)) out[k] = v;
  return out;
}
