// "cant you just check it? its 200192" about TV, mobile or e-mail (a service this desk does not run):
// the customer number in it is used (the handoff carries it, "not verified" until a PIN is given) and the
// question gets its own answer — this desk cannot see that service, the colleagues who handle it can,
// and they have the number — never the general "a colleague will answer your question".
import type { ConversationState } from './conversation-state.js';
import { onlyOtherService } from './other-service.js';
import { fold } from '../triage/normalize.js';
import type { MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';

/** "can't you just check it?", "could you look at it", "kan ni inte bara kolla?", "kolla det då". */
const CHECK_ASKED =
  /\b(can'?t|cant|cannot|could|can|won'?t|wont) (you|u|ya|you guys) (just |not |simply |please )?(check|look|see|test|fix|reset|restart|look into|look at)\b|\b(kan|kunde) (ni|du|ni inte|du inte) (inte )?(bara )?(kolla|titta|se|testa|fixa|starta om|aterstalla)\b|\b(kolla|titta pa) (det|den) (da|bara)\b/;

const SERVICE_KEYS: Record<NonNullable<ConversationState['facts']['otherService']>, MessageKey> = {
  tv: 'other_service.cannot_check.tv',
  mobile: 'other_service.cannot_check.mobile',
  email: 'other_service.cannot_check.email',
};

/**
 * Answers "can't you just check it? its 200192" asked about another service, with the number given;
 * true when said (nothing left for a colleague to answer). `number` is the customer number read in it.
 */
export async function answerOtherServiceCheck(
  conv: ConversationState,
  turn: Turn,
  text: string,
  number: string | null,
  note: (text: string) => Promise<void>,
): Promise<boolean> {
  const service = conv.facts.otherService;
  if (!service || !onlyOtherService(conv) || !CHECK_ASKED.test(fold(text))) return false;
  if (number) {
    const verified = conv.verification === 'verified';
    await note(`customer gives number ${number}${verified ? '' : ', not verified'}`);
    turn.say(`${SERVICE_KEYS[service]}.number` as MessageKey, { number });
  } else turn.say(SERVICE_KEYS[service]);
  return true;
}
