// A new conversation: the customer found from the portal session or a hint, the ticket created,
// and the greeting (in both languages when nobody knows the customer's yet).
import type { Customer, Language, Ticket } from '../domain/index.js';
import type { AgentReply, StartInput } from './agent-config.js';
import { TRANSCRIPT_KEY, type ConversationState } from './conversation-state.js';
import { firstName } from './identify.js';
import type { AgentKernel } from './kernel.js';
import { t } from './messages/index.js';
import { Turn } from './turn.js';

export async function startConversation(
  k: AgentKernel,
  input: StartInput,
): Promise<{ ticketId: string; reference: string; replies: AgentReply[] }> {
  let customer: Customer | null = null;
  let verified = false;
  if (input.portalCustomerNumber) {
    customer = await k.deps.directory.byNumber(input.portalCustomerNumber);
    verified = customer !== null;
  } else if (input.customerHint?.email) {
    customer = await k.deps.directory.byEmail(input.customerHint.email);
  } else if (input.customerHint?.phone) {
    customer = await k.deps.directory.byPhone(input.customerHint.phone);
  }
  const language: Language = input.language ?? customer?.language ?? 'sv';
  const conv: ConversationState = {
    v: 1,
    channel: input.channel,
    language,
    // A profile language is a default; only a language the page or client chose is fixed.
    languageFixed: input.language !== undefined,
    phase: 'opening',
    customerId: null,
    serviceId: null,
    deviceId: null,
    verification: verified ? 'verified' : 'none',
    numberTries: 0,
    pinFailures: 0,
    intent: null,
    clarifyOptions: [],
    secondaryIntents: [],
    facts: {},
    mood: 'neutral',
    priority: customer?.segment === 'business' ? 'P2' : 'P3',
    acknowledgedMood: false,
    pendingAsk: null,
    takenOverBy: null,
    seq: 0,
    lastBotAt: k.now().toISOString(),
    reminded: false,
    timedOut: false,
    clientIds: {},
    outcomes: [],
    smalltalk: 0,
  };
  if (customer) await k.attachCustomer(conv, customer);
  const ticket = await k.deps.tickets.create({
    customerId: conv.customerId,
    serviceId: conv.serviceId,
    channel: input.channel,
    language,
    priority: conv.priority,
    subject: input.subject ?? null,
  });
  // The ticket's state, transcript, first events and silence timer are written in one batch.
  return k.onNewTicket(() => greet(k, input, ticket, conv, customer, verified));
}

async function greet(
  k: AgentKernel,
  input: StartInput,
  ticket: Ticket,
  conv: ConversationState,
  customer: Customer | null,
  verified: boolean,
): Promise<{ ticketId: string; reference: string; replies: AgentReply[] }> {
  const { language } = conv;
  if (verified && customer) {
    await k.deps.audit.append({
      action: 'identity.verified',
      actor: { kind: 'customer', id: customer.customerNumber },
      target: customer.customerNumber,
      reason: `signed-in portal session, ticket ${ticket.reference}`,
      method: 'portal_session',
    });
  }
  await k.deps.tickets.setState(ticket.id, TRANSCRIPT_KEY, []);
  const turn = new Turn(language, k.cfg.words, conv.channel);
  if (verified && customer) turn.say('greeting.portal', { name: firstName(customer.name) });
  // A first e-mail has already said what is wrong: thanked for, never asked to tell it again.
  else if (conv.channel === 'email') turn.say('greeting.email');
  else if (!conv.languageFixed && !customer) {
    // Nobody knows the customer's language yet: greet in both, the first message decides.
    const other: Language = language === 'sv' ? 'en' : 'sv';
    turn.text(`${t(language, 'greeting')}\n\n${t(other, 'greeting')}`);
  } else turn.say('greeting');
  const replies = await k.storeOut(ticket, conv, turn, 'agent', Date.now());
  // The chat channel's token, known before the start, is kept with the conversation at once.
  if (input.channelTokenHash) conv.tokenHash = input.channelTokenHash;
  await k.saveConv(ticket.id, conv);
  k.log.info({ ticketId: ticket.id, channel: input.channel, verified }, 'conversation started');
  return { ticketId: ticket.id, reference: ticket.reference, replies };
}
