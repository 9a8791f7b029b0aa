// What the customer's own words already settle about the case: a request the desk recognises from
// them (another service, a security worry, a Wi-Fi rename, a port forward, someone who is not a
// customer yet) needs neither small talk ("tell me what is wrong") nor a "Wi-Fi or no internet?"
// question, and names the problem on the case.
import { DEFAULT_CUSTOMER_WORDS, type CustomerWords, type Intent, type Language } from '../domain/index.js';
import type { Facts } from '../runbooks/types.js';
import { brandParams, hasMessage, t } from './messages/index.js';

// A person asked for beside an invoice question is the billing team's: decided from the words too.
export { personHeardKey, teamBesidePerson } from './person-team.js';

/** The words name a request the runbooks handle whatever triage's intent is. */
export function namesARequest(facts: Facts): boolean {
  return !!(
    facts.otherService ||
    facts.securityWorry ||
    facts.ssidRename ||
    facts.portForwardRequested ||
    facts.notCustomer
  );
}

/** The problem as the case states it: the other service asked about, a security worry, or the intent's label. */
export function problemLabel(
  facts: Facts,
  intent: Intent | null,
  lang: Language,
  words: CustomerWords = DEFAULT_CUSTOMER_WORDS,
  cause: string | null = null,
): string {
  // Beside an invoice question the TV or mobile question has its own linked case: the problem is the invoice.
  if (facts.otherService && intent !== 'billing')
    return t(lang, `problem.other_service.${facts.otherService}`);
  // "Someone hacked my router, my wifi name changed by itself": the name is a sign of the break-in.
  if (facts.securityWorry && intent !== 'human_agent' && intent !== 'billing')
    return t(lang, 'problem.security_worry');
  // "forgot my wifi password … also rename it after": the password is the case, the rename the second request.
  if (facts.ssidRename && intent !== 'human_agent' && intent !== 'wifi_password')
    return t(lang, 'problem.wifi_rename');
  if (facts.cancellation && (intent === 'account_change' || intent === 'human_agent'))
    return t(lang, 'problem.cancellation');
  // "I'm moving to Storgatan 12 and want fibre there" from someone who is not a customer: a new
  // subscription, never "moving your subscription".
  if (facts.notCustomer && intent !== 'human_agent')
    return facts.moveTo
      ? t(lang, 'problem.new_customer.to', { address: facts.moveTo })
      : t(lang, 'problem.new_customer');
  // "flytt av ditt abonnemang till Götgatan 48, inflyttning 28 januari": the move as the customer told it.
  if (
    facts.houseMove &&
    !facts.cancellation &&
    intent === 'account_change' &&
    (facts.moveTo || facts.moveDate)
  ) {
    const key = facts.moveTo
      ? facts.moveDate
        ? 'problem.house_move.to.date'
        : 'problem.house_move.to'
      : 'problem.house_move.date';
    return t(lang, key, { address: facts.moveTo ?? '', date: facts.moveDate ?? '' });
  }
  // "kan man ta med internet dit eller måste man säga upp?": a question about moving, named so.
  if (facts.houseMove && !facts.cancellation && intent === 'account_change')
    return t(lang, 'problem.house_move');
  if (facts.notCustomer && intent !== 'human_agent') return t(lang, 'problem.new_customer');
  // "I want a new router, even if I pay": the equipment wanted, never "a change to your subscription".
  if (facts.equipmentWish && intent === 'account_change') return t(lang, 'problem.equipment');
  // "what speed am I paying for? is a fixed IP included?": a question, not "a change to your subscription".
  if (facts.subscriptionQuestion && intent === 'account_change')
    return t(lang, 'problem.subscription_question');
  // "routern startar om sig själv hela tiden" read as an unstable connection: what the diagnosis found names
  // the problem when the catalogue has words for it (problem.cause.hardware_failure), never a symptom guessed.
  const found = `problem.cause.${cause}`;
  if (cause && intent && FAULTS.has(intent) && hasMessage(found)) return t(lang, found);
  return t(lang, `intent.${intent ?? 'other'}`, brandParams(words, lang));
}

/** The fault requests whose problem a diagnosed cause may name better. */
const FAULTS: ReadonlySet<Intent> = new Set<Intent>([
  'no_connection',
  'intermittent',
  'slow_speed',
  'wifi_problem',
]);
