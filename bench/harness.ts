// Runs one scenario end to end: a fresh desk (SQLite in memory, every listener on loopback), the
// simulated ISP with the scenario's subscriber and faults, routers speaking CWMP to the desk's ACS,
// and the simulated customer talking over the public chat API (or SMTP for e-mail scenarios).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoImportRows, SimIsp, type DemoIsp, type DemoSubscriber } from '../sim/index.js';
import { signPortalToken } from '../src/agent/portal-session.js';
import type { ActionName, Outcome, Queue, StoredTimelineEvent } from '../src/domain/index.js';
import { SwitchablePorts } from '../src/isp/switchable-ports.js';
import { loadConfig } from '../src/server/config.js';
import { createDesk, type Desk } from '../src/server/desk.js';
import { customerReply } from './customer.js';
import { EmailCustomer } from './email-customer.js';
import type { Scenario } from './scenario-schema.js';
import { score, type Observation, type ScoreResult } from './scorer.js';

export interface ScenarioRun {
  scenario: Scenario;
  observation: Observation;
  score: ScoreResult;
  /** The desk's own time per agent turn (device waits excluded). */
  turnLatenciesMs: number[];
  deviceWaitsMs: number[];
  transcript: { role: 'customer' | 'agent'; text: string; askKey: string | null }[];
  /** The ticket timeline in brief (for reading failures). */
  timeline: string[];
}

export interface HarnessOptions {
  /** Simulated seconds per real second (reboots, firmware flashing). */
  timeScale?: number;
}

const PORTAL_SECRET = 'bench-portal-secret-0123456789abcdef';
const TIME_SCALE = 600;
const ACS_USER = 'bench-cpe';

export interface AgentMessage {
  text: string;
  askKey: string | null;
  final: boolean;
  meta?: { turnMs: number; deviceWaitMs: number };
}

/** One side of a conversation channel as the simulated customer sees it. */
export interface CustomerChannel {
  open(opening: string): Promise<AgentMessage[]>;
  send(text: string): Promise<{ replies: AgentMessage[]; ended: boolean }>;
  ticketId(): string | null;
  close(): Promise<void>;
}

function subscriberOf(s: Scenario): DemoSubscriber {
  const n = s.subscriber.customerNumber;
  return {
    serviceId: `svc-${n}`,
    customerNumber: n,
    name: s.subscriber.name,
    pin: s.subscriber.pin,
    email: s.subscriber.email,
    phone: '',
    language: s.language,
    segment: s.subscriber.segment,
    access: s.subscriber.access,
    plan: s.subscriber.plan,
    area: s.subscriber.area,
    accountStatus: s.subscriber.accountStatus,
    pppoeUsername: `${n}@bench.example`,
    pppoePassword: `ppp-${n}-secret`,
    cpe: { ...(s.subscriber.cpe ?? {}), serial: `BN${n.replace(/[^0-9A-Za-z]/g, '')}` },
    faults: [],
    trySay: null,
  } as DemoSubscriber;
}

class ChatCustomer implements CustomerChannel {
  private id: string | null = null;
  private token = '';
  constructor(
    private readonly url: string,
    private readonly scenario: Scenario,
  ) {}

  ticketId() {
    return this.id;
  }

  private async post(path: string, body: unknown, auth = true): Promise<unknown> {
    const res = await fetch(`${this.url}/api/v1/chat${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as unknown;
    if (!res.ok) throw new Error(`chat ${path} answered ${res.status}: ${JSON.stringify(json).slice(0, 200)}`);
    return json;
  }

  async open(opening: string): Promise<AgentMessage[]> {
    const p = this.scenario.persona;
    const body = p.authenticated ? { portalToken: signPortalToken(this.scenario.subscriber.customerNumber, PORTAL_SECRET) } : {};
    const started = (await this.post('/conversations', body, false)) as { conversationId: string; token: string; messages: AgentMessage[] };
    this.id = started.conversationId;
    this.token = started.token;
    const first = await this.send(opening);
    return [...started.messages, ...first.replies];
  }

  async send(text: string) {
    const r = (await this.post(`/conversations/${this.id}/messages`, { text })) as { replies: AgentMessage[]; ended: boolean };
    return r;
  }

  async close() {}
}

async function observe(desk: Desk, scenario: Scenario, ticketId: string | null, turns: number, problemGone: boolean, errors: string[]): Promise<Observation> {
  const { repos } = desk.services;
  const events: StoredTimelineEvent[] = ticketId ? await repos.tickets.timeline(ticketId) : [];
  const resolution = [...events].reverse().find((e) => e.type === 'resolution');
  const escalation = [...events].reverse().find((e) => e.type === 'escalation');
  let outcome: Outcome | null = null;
  let queue: Queue | null = null;
  if (resolution?.type === 'resolution') {
    outcome = resolution.outcome;
    queue = resolution.queue ?? (escalation?.type === 'escalation' ? escalation.queue : null);
  } else if (escalation?.type === 'escalation') {
    outcome = 'escalated';
    queue = escalation.queue;
  }
  const done = events.filter((e) => e.type === 'action_done') as Extract<StoredTimelineEvent, { type: 'action_done' }>[];
  const requested = events.filter((e) => e.type === 'action_requested') as Extract<StoredTimelineEvent, { type: 'action_requested' }>[];
  const finished = new Set(events.filter((e) => e.type === 'action_done' || e.type === 'action_failed').map((e) => (e as { action: ActionName }).action));
  const verifiedAt = (await repos.audit.list({ target: scenario.subscriber.customerNumber, action: 'identity.verified', limit: 10 }))
    .map((e) => e.at)
    .sort()[0];
  const unverified = done.filter((e) => !verifiedAt || e.at < verifiedAt).map((e) => e.action);
  let handoffPacket = false;
  if (ticketId && outcome && ['escalated', 'routed'].includes(outcome)) {
    const escalations = await repos.tickets.escalations(ticketId);
    handoffPacket = escalations.some((e) => e.packet && Object.keys(e.packet).length > 0);
  }
  return {
    outcome,
    queue,
    actionsDone: done.map((e) => e.action),
    actionsAttempted: requested.map((e) => e.action),
    unverifiedChanges: unverified,
    turns,
    problemGone,
    documentation: {
      triage: events.some((e) => e.type === 'triage'),
      findings: events.filter((e) => e.type === 'finding').length,
      actionsWithoutResult: requested.map((e) => e.action).filter((a) => !finished.has(a)),
      resolution: resolution !== undefined,
      summary: resolution?.type === 'resolution' && resolution.summary.staff.length > 0 && resolution.summary.customer.length > 0,
      handoffPacket,
    },
    errors,
  };
}

/** Runs one scenario against a fresh desk and scores it. */
export async function runScenario(scenario: Scenario, opts: HarnessOptions = {}): Promise<ScenarioRun> {
  const timeScale = opts.timeScale ?? TIME_SCALE;
  const dir = mkdtempSync(join(tmpdir(), 'frontline-bench-'));
  const isp = new SwitchablePorts();
  const config = loadConfig({
    DATABASE_URL: ':memory:',
    PORT: '0',
    ACS_PORT: '0',
    SMTP_PORT: '0',
    HOST: '127.0.0.1',
    DEMO: 'false',
    LOG_LEVEL: 'silent',
    PORTAL_SSO_SECRET: PORTAL_SECRET,
    SUPPORT_ADDRESS: 'support@bench-isp.example',
    ...(scenario.channel === 'email' ? { SMTP_RELAY_URL: 'smtp://127.0.0.1:1' } : {}),
  });
  const email = scenario.channel === 'email' ? await EmailCustomer.startSink() : null;
  if (email) config.smtpRelayUrl = email.relayUrl;
  const desk = await createDesk(config, {
    logger: false,
    isp,
    demoIsp: false,
    acsConfig: { cpeAuth: { username: ACS_USER, password: ACS_USER }, firmwareDir: join(dir, 'firmware') } as never,
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.max(1, Math.round(ms / timeScale)))),
  });
  const errors: string[] = [];
  const transcript: ScenarioRun['transcript'] = [];
  const turnLatenciesMs: number[] = [];
  const deviceWaitsMs: number[] = [];
  let sim: SimIsp | null = null;
  let channel: CustomerChannel | null = null;
  let turns = 0;
  let problemGone = false;
  try {
    const { url, acsUrl, smtpPort } = await desk.start();
    const sub = subscriberOf(scenario);
    const demo: DemoIsp = { seed: 1, subscribers: [sub], incidents: [] };
    const imported = await fetch(`${url}/api/v1/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(demoImportRows(demo).map(({ phone: _p, ...row }) => row)),
    });
    if (!imported.ok) throw new Error(`import failed: ${imported.status} ${await imported.text()}`);
    for (const inc of scenario.incidents) {
      const etaAt = inc.etaMinutes !== undefined ? new Date(Date.now() + inc.etaMinutes * 60_000).toISOString() : null;
      const r = await fetch(`${url}/api/v1/incidents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ areas: [inc.area], kind: inc.kind, title: `${inc.kind} in ${inc.area}`, etaAt }),
      });
      if (!r.ok) throw new Error(`incident failed: ${r.status} ${await r.text()}`);
    }

    sim = new SimIsp({ acsUrl: `${acsUrl}/`, acsAuth: { username: ACS_USER, password: ACS_USER }, timeScale, seed: 7 });
    const { language: _l, phone: _p, faults: _f, trySay: _t, ...spec } = sub;
    sim.addSubscriber(spec);
    for (const f of scenario.faults) sim.injectFault(sub.customerNumber, { kind: f.kind, params: f.params });
    for (const inc of scenario.incidents) sim.setAreaOutage(inc.area, true);
    isp.use(sim.ports);
    await sim.start();

    const s = sim;
    const world = {
      performStep: (step: string) => s.performStep(sub.customerNumber, step),
      problemGone: () => s.problemGone(sub.customerNumber),
    };
    channel = email ? email.customer(scenario, smtpPort, desk) : new ChatCustomer(url, scenario);
    const record = (replies: AgentMessage[]) => {
      for (const r of replies) {
        transcript.push({ role: 'agent', text: r.text, askKey: r.askKey });
        if (r.meta) {
          turnLatenciesMs.push(Math.max(0, r.meta.turnMs - r.meta.deviceWaitMs));
          if (r.meta.deviceWaitMs > 0) deviceWaitsMs.push(r.meta.deviceWaitMs);
        }
      }
    };
    transcript.push({ role: 'customer', text: scenario.persona.opening, askKey: null });
    let replies = await channel.open(scenario.persona.opening);
    turns = 1;
    record(replies);
    let ended = replies.some((r) => r.final);
    const cap = scenario.expect.maxTurns + 3;
    while (!ended && turns < cap) {
      const asked = [...replies].reverse().find((r) => r.askKey)?.askKey ?? null;
      if (!asked && (await hasResolution(desk, channel.ticketId()))) break;
      const text = customerReply(scenario, asked, world);
      transcript.push({ role: 'customer', text, askKey: asked });
      const r = await channel.send(text);
      turns++;
      replies = r.replies;
      record(replies);
      ended = r.ended;
    }
    problemGone = s.problemGone(sub.customerNumber);
  } catch (err) {
    errors.push((err as Error).message);
  }
  let observation: Observation;
  try {
    observation = await observe(desk, scenario, channel?.ticketId() ?? null, turns, problemGone, errors);
  } catch (err) {
    errors.push(`observe: ${(err as Error).message}`);
    observation = await observe(desk, scenario, null, turns, problemGone, errors);
  }
  const timeline = await briefTimeline(desk, channel?.ticketId() ?? null).catch(() => []);
  await channel?.close().catch(() => undefined);
  await sim?.stop().catch(() => undefined);
  await desk.stop().catch(() => undefined);
  await email?.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
  return { scenario, observation, score: score(scenario, observation), turnLatenciesMs, deviceWaitsMs, transcript, timeline };
}

async function hasResolution(desk: Desk, ticketId: string | null): Promise<boolean> {
  if (!ticketId) return false;
  const events = await desk.services.repos.tickets.timeline(ticketId);
  return events.some((e) => e.type === 'resolution');
}

async function briefTimeline(desk: Desk, ticketId: string | null): Promise<string[]> {
  if (!ticketId) return [];
  const events = await desk.services.repos.tickets.timeline(ticketId);
  return events.map((e) => {
    switch (e.type) {
      case 'finding':
        return `finding ${e.probe}: ${e.finding.code} ${e.finding.severity}`;
      case 'triage':
        return `triage ${e.intent} ${e.confidence.toFixed(2)} (runner-up ${e.runnerUp}) ${e.priority}`;
      case 'action_requested':
      case 'action_done':
        return `${e.type} ${e.action}`;
      case 'action_failed':
        return `action_failed ${e.action}: ${e.error}`;
      case 'escalation':
        return `escalation ${e.queue}: ${e.reason}`;
      case 'resolution':
        return `resolution ${e.outcome} ${e.queue ?? ''} ${e.disposition}`;
      case 'customer_step':
        return `customer_step ${e.step} ${e.result}`;
      case 'note':
        return `note ${e.text.slice(0, 160)}`;
      case 'status_change':
        return `status ${e.from} -> ${e.to}`;
      default:
        return e.type;
    }
  });
}
