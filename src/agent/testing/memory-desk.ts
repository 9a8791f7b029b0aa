// A complete agent over in-memory stores and the FaultWorld, plus a scripted customer that answers
// ask keys the way the scenario benchmark's simulated customer does.
import pino from 'pino';
import type { DeviceService } from '../../acs/device-service.js';
import type { FaultKind, Language, Outcome, Queue, StepKey } from '../../domain/index.js';
import type { IspPorts } from '../../isp/ports.js';
import type { KnowledgePort, OpenAnswerPort, TriageApi } from '../../runbooks/ports.js';
import { createAgent, type AgentConfig, type AgentReply } from '../agent.js';
import { fakeTriage } from './fake-triage.js';
import { FaultWorld } from './fault-world.js';
import {
  MemoryAttempts,
  MemoryAudit,
  MemoryDirectory,
  MemoryIncidents,
  MemoryTicketStore,
  type SeedCustomer,
} from './memory-stores.js';

const unusedDevices: DeviceService = new Proxy({} as DeviceService, {
  get: (_t, prop) =>
    prop === 'findByService' || prop === 'get'
      ? async () => null
      : async () => Promise.reject(new Error('no device service')),
});
const unusedIsp = {} as IspPorts;

export function memoryDesk(
  opts: {
    world?: FaultWorld;
    now?: () => Date;
    config?: Partial<AgentConfig>;
    triage?: TriageApi;
    knowledge?: KnowledgePort;
    /** The optional open answerer (src/llm); none by default. */
    openAnswers?: OpenAnswerPort;
    /** ISP ports the agent itself calls (the field-service booking); the diagnostics use the world. */
    isp?: IspPorts;
    /** The router as the desk reads it (its host table); none by default. */
    devices?: DeviceService;
  } = {},
) {
  const now = opts.now ?? (() => new Date());
  const world = opts.world ?? new FaultWorld();
  const tickets = new MemoryTicketStore(now);
  const directory = new MemoryDirectory();
  const incidents = new MemoryIncidents(now);
  const audit = new MemoryAudit();
  const attempts = new MemoryAttempts();
  const agent = createAgent({
    tickets,
    directory,
    incidents,
    audit,
    devices: opts.devices ?? unusedDevices,
    isp: opts.isp ?? unusedIsp,
    attempts,
    log: pino({ level: 'silent' }),
    now,
    // No interim messages unless a test asks for them: they are due a wall-clock delay after the
    // message arrived, and a slow machine would split a turn's replies at random.
    config: { engine: { verifyAttempts: 2, verifyDelayMs: 0, interimAfterMs: undefined }, ...opts.config },
    diagnostics: world.diagnostics,
    actions: world.actions,
    triage: opts.triage ?? (process.env.FRONTLINE_FAKE_TRIAGE === '1' ? fakeTriage() : undefined),
    knowledge: opts.knowledge,
    ...(opts.openAnswers ? { openAnswers: opts.openAnswers } : {}),
    sleep: async () => undefined,
  });
  return { agent, tickets, directory, incidents, audit, attempts, world };
}

export type MemoryDesk = ReturnType<typeof memoryDesk>;

export interface Script {
  customer: SeedCustomer;
  language: Language;
  opening: string;
  answers?: Record<string, string>;
  authenticated?: boolean;
  maxTurns?: number;
}

const PHRASES = {
  sv: {
    done: 'Klart, jag har gjort det nu.',
    cannot: 'Det kan jag tyvärr inte göra.',
    dunno: 'Jag vet inte.',
    works: 'Ja, nu fungerar det!',
    broken: 'Nej, det fungerar fortfarande inte.',
  },
  en: {
    done: "Done, I've done that now.",
    cannot: "I can't do that, sorry.",
    dunno: "I don't know.",
    works: 'Yes, it works now!',
    broken: 'No, it still does not work.',
  },
};

function answerFor(answers: Record<string, string>, key: string): string | undefined {
  if (answers[key] !== undefined) return answers[key];
  let best: string | undefined;
  let len = -1;
  for (const [k, v] of Object.entries(answers)) {
    if (k.endsWith('*') && key.startsWith(k.slice(0, -1)) && k.length > len) {
      best = v;
      len = k.length;
    }
  }
  return best;
}

export interface ConversationResult {
  ticketId: string;
  reference: string;
  turns: number;
  transcript: { from: 'customer' | 'agent'; text: string; askKey: string | null }[];
  outcome: Outcome | null;
  queue: Queue | null;
  disposition: string | null;
  lastReplies: AgentReply[];
}

/** Runs a whole conversation: opening, then answers to every ask key until the agent ends it. */
export async function converse(desk: MemoryDesk, script: Script): Promise<ConversationResult> {
  desk.directory.add(script.customer);
  const started = await desk.agent.startConversation({
    channel: 'chat',
    language: script.language,
    portalCustomerNumber: script.authenticated ? script.customer.customerNumber : undefined,
  });
  const transcript: ConversationResult['transcript'] = started.replies.map((r) => ({
    from: 'agent' as const,
    text: r.text,
    askKey: r.askKey,
  }));
  const p = PHRASES[script.language];
  let text = script.opening;
  let turns = 0;
  let last: AgentReply[] = [];
  const max = script.maxTurns ?? 16;
  while (turns < max) {
    turns++;
    transcript.push({ from: 'customer', text, askKey: null });
    last = await desk.agent.handleMessage(started.ticketId, text);
    for (const r of last) transcript.push({ from: 'agent', text: r.text, askKey: r.askKey });
    const final = last.find((r) => r.final);
    if (final) break;
    const ask = last.at(-1)?.askKey ?? null;
    // A case handed to a person stays open (no final message): the outcome on the ticket ends the script.
    if (!ask && (await desk.tickets.timeline(started.ticketId)).some((e) => e.type === 'resolution')) break;
    if (!ask) text = p.dunno;
    else if (ask.startsWith('step.'))
      text = desk.world.performStep(ask as StepKey) === 'done' ? p.done : p.cannot;
    else if (ask === 'resolution.confirm') text = desk.world.problemGone() ? p.works : p.broken;
    else text = answerFor(script.answers ?? {}, ask) ?? p.dunno;
  }
  const timeline = await desk.tickets.timeline(started.ticketId);
  const resolution = [...timeline].reverse().find((e) => e.type === 'resolution');
  return {
    ticketId: started.ticketId,
    reference: started.reference,
    turns,
    transcript,
    outcome: resolution?.type === 'resolution' ? resolution.outcome : null,
    queue: resolution?.type === 'resolution' ? (resolution.queue ?? null) : null,
    disposition: resolution?.type === 'resolution' ? resolution.disposition : null,
    lastReplies: last,
  };
}

/** Opens a chat, sends the opening, the customer number and the PIN; the replies to the PIN are returned. */
export async function identified(
  desk: MemoryDesk,
  customer: SeedCustomer,
  language: Language,
  opening: string,
  channel: 'chat' | 'email' = 'chat',
) {
  desk.directory.add(customer);
  const c = await desk.agent.startConversation({ channel, language });
  await desk.agent.handleMessage(c.ticketId, opening);
  await desk.agent.handleMessage(c.ticketId, customer.customerNumber);
  const replies = await desk.agent.handleMessage(c.ticketId, customer.pin);
  return { ticketId: c.ticketId, reference: c.reference, replies };
}

export function faultWorld(faults: FaultKind[], opts?: { canDo?: StepKey[]; splitter?: boolean }) {
  return new FaultWorld(faults, opts);
}
