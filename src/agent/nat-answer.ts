// "nu står det moderate nat. är det bra nog?": what the NAT types mean for playing, and — when the case
// forwarded a well-known game's port — the game's other published ports offered for Open NAT.
import type { EngineState } from '../runbooks/engine.js';
import { serviceOfPort } from '../triage/known-ports.js';
import type { MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';

const ASKED: MessageKey = 'reply.nat_type';

/** Says the NAT answer (with the game's other ports when known) and returns the keys still to say. */
export function sayNatType(
  turn: Turn,
  keys: MessageKey[],
  state: Pick<EngineState, 'facts'> | null | undefined,
): MessageKey[] {
  if (!keys.includes(ASKED)) return keys;
  const service = serviceOfPort(state?.facts.portForwardDraft?.service);
  if (service?.also) turn.say('reply.nat_type.service', { service: service.name, also: service.also });
  else turn.say(ASKED);
  return keys.filter((k) => k !== ASKED);
}
