// The helpers around the desk kernel that call back into the phases (identification, public outages,
// runbook answers, the turns after an outcome, …): built once per agent, after the kernel.
import { learnFacts } from '../runbooks/facts.js';
import { buildPacket } from './handoff.js';
import { foundCauseOf } from './knowledge.js';
import { createPublicOutage } from './public-outage.js';
import { createIdentify } from './identify.js';
import { createRunbookAnswers } from './runbook-answers.js';
import { createAfterOutcome } from './after-outcome.js';
import { createSecurityWorry } from './security-worry.js';
import { createRenameAlong } from './rename-along.js';
import { createContactDetails } from './contact-details.js';
import { createNonCustomerFollowUp } from './non-customer-follow-up.js';
import type { AgentKernel, DeskParts, KernelCore } from './kernel.js';
import { FAULT_KINDS, type Ticket } from '../domain/index.js';
import { finalize } from './finalize.js';
import { recordTriage } from './triage-record.js';
import { routeNonCustomer, startRunbook } from './case-routing.js';
import { switchTopic } from './opening.js';
import { toHuman } from './human-handoff.js';
import { reopen } from './closed-case.js';
import { restReaders } from './answer-rest.js';

/**
 * `kernel()` is the finished kernel (with these parts): the callbacks run only during turns, after
 * createAgent has put it together.
 */
export function createDeskParts(core: KernelCore, kernel: () => AgentKernel): DeskParts {
  const { deps, cfg, triage, engine, clarifyThreshold, now, log, note } = core;
  const publicOutage = createPublicOutage({
    incidents: deps.incidents,
    tickets: deps.tickets,
    customerTexts: async (id) =>
      (await core.transcript(id)).filter((m) => m.role === 'customer').map((m) => m.text),
    finalize: (ticket, conv, turn, finish) => finalize(kernel(), ticket, conv, turn, finish),
    words: cfg.words,
    now,
  });
  const identify = createIdentify({
    triage,
    directory: deps.directory,
    tickets: deps.tickets,
    audit: deps.audit,
    attempts: deps.attempts,
    verifyIdentity: core.actions.verifyIdentity,
    maxPinAttempts: cfg.maxPinAttempts,
    attachCustomer: core.attachCustomer,
    startRunbook: (ticket, conv, turn) => startRunbook(kernel(), ticket, conv, turn),
    routeNonCustomer: (ticket, conv, turn) => routeNonCustomer(kernel(), ticket, conv, turn),
    noNumber: publicOutage.onNoNumber,
    noPin: publicOutage.onNoPin,
    outageAtNumber: publicOutage.atNumber,
  });
  const runbookAnswers = createRunbookAnswers({
    triage,
    engine,
    clarifyThreshold,
    context: core.customerContext,
    engineCtx: core.engineCtx,
    render: core.renderEngine,
    finalize: (ticket, conv, turn, finish) => finalize(kernel(), ticket, conv, turn, finish),
    switchTopic: (ticket, conv, turn, tri) => switchTopic(kernel(), ticket, conv, turn, tri),
    toHuman: (ticket, conv, turn, text, reason) => toHuman(kernel(), ticket, conv, turn, text, reason),
    recordTriage: (ticket, conv, tri, intent) => recordTriage(kernel(), ticket, conv, tri, intent),
    note,
    demoHome: () => kernel().demoHome,
    learnFacts,
    aside: publicOutage.aside,
    reopen: (ticket, conv, turn, text, tri) => reopen(kernel(), ticket, conv, turn, text, tri),
    now,
    timeZone: cfg.words.timeZone,
  });
  const afterOutcome = createAfterOutcome({
    tickets: deps.tickets,
    words: cfg.words,
    triage,
    clarifyThreshold,
    context: core.customerContext,
    packet: (facts) => buildPacket(facts, deps.devices, now()),
    reopen: (ticket, conv, turn, text, tri) => reopen(kernel(), ticket, conv, turn, text, tri),
    cause: async (ticket) => foundCauseOf(await engine.get(ticket.id)),
    state: (ticket) => engine.get(ticket.id),
    fixedCause: (ticket) => fixedCauseOf(ticket, kernel().inTurn.get(ticket.id)?.conversationId),
    incident: (id) => deps.incidents.get(id),
    now,
    isp: deps.isp,
    log,
  });
  const securityWorry = createSecurityWorry({
    engine,
    learnFacts,
    parseAnswer: (key, text, lang) => triage.parseAnswer(key, text, lang),
    note,
  });
  const renameAlong = createRenameAlong({
    engine,
    parseWifiName: (text, opts) => triage.parseWifiName?.(text, opts) ?? null,
    parseAnswer: (key, text, lang) => triage.parseAnswer(key, text, lang),
    note,
  });
  const contactDetails = createContactDetails({ tickets: deps.tickets });
  const nonCustomer = createNonCustomerFollowUp({
    tickets: deps.tickets,
    contacts: contactDetails,
    saysNotCustomer: (text) => !!triage.saysNotCustomer?.(text) || !!learnFacts({}, text).notCustomer,
    outage: publicOutage.toNonCustomer,
    classifyReply: triage.classifyReply?.bind(triage),
    identify: identify.identifyOrStart,
  });
  /** The fault fixed on this case, or on the conversation's own case when this one is a request linked after it. */
  async function fixedCauseOf(ticket: Ticket, conversationId?: string): Promise<string | null> {
    for (const id of new Set([ticket.id, conversationId ?? ticket.id])) {
      const t = id === ticket.id ? ticket : await deps.tickets.get(id);
      if (t?.status !== 'resolved' && t?.status !== 'closed') continue;
      const cause = foundCauseOf(await engine.get(id));
      if (cause && (FAULT_KINDS as readonly string[]).includes(cause)) return cause;
    }
    return null;
  }
  const answerRest = {
    ...restReaders(triage),
    note,
    cause: async (ticket: Parameters<DeskParts['answerRest']['reopen']>[0]) =>
      foundCauseOf(await engine.get(ticket.id)),
    reopen: (...args: Parameters<DeskParts['answerRest']['reopen']>) => reopen(kernel(), ...args),
  };
  return {
    answerRest,
    publicOutage,
    identify,
    runbookAnswers,
    afterOutcome,
    securityWorry,
    renameAlong,
    contactDetails,
    nonCustomer,
  };
}
