// Runs one scenario end to end: a fresh desk (SQLite in memory, every listener on loopback), the
// simulated ISP with the scenario's subscriber and faults, routers speaking CWMP to the desk's ACS,
// and the simulated customer talking over the public chat API (or SMTP for e-mail scenarios).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoImportRows, SimIsp, type DemoIsp, type DemoSubscriber } from '../sim/index.js';
import { signPortalToken } from '../src/agent/portal-session.js';
import { createRadiusAaa, type RadiusAaa } from '../src/isp/radius/aaa.js';
import { SwitchablePorts } from '../src/isp/switchable-ports.js';
import { portsMode, serveOverHttp } from './isp-over-http.js';
import { radiusEnv, type RadiusEnv } from '../sim/radius/env.js';
import { loadConfig } from '../src/server/config.js';
import { createDesk, type Desk } from '../src/server/desk.js';
import { answerPattern, SimulatedCustomer } from './customer.js';
import { EmailCustomer } from './email-customer.js';
import { observeEnd, observeOutcome, type RunFacts } from './observe.js';
import type { Scenario } from './scenario-schema.js';
import { score, type Observation, type ScoreResult, type SpokenMessage } from './scorer.js';
import { testDeskEnv } from '../test/helpers/desk-env.js';

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
  /** Unscripted play: the customer's messages after the opening, sent in turn whatever is asked (tokens allowed). */
  script?: string[];
  /** How the desk reaches the simulated ISP: in process, or over the ISP HTTP contract. Default: FRONTLINE_BENCH_PORTS or in-process. */
  ports?: 'in-process' | 'http';
  /**
   * Where the routers log in and the desk's AAA port reads: the simulator's own records, or a real
   * FreeRADIUS (FRONTLINE_RADIUS_*, see docs/radius.md). Default: FRONTLINE_BENCH_AAA or in-process.
   */
  aaa?: AaaMode;
}

export type AaaMode = 'in-process' | 'radius';

function radiusFor(mode: AaaMode | undefined): RadiusEnv | null {
  if ((mode ?? process.env.FRONTLINE_BENCH_AAA ?? 'in-process') !== 'radius') return null;
  const env = radiusEnv();
  if (!env)
    throw new Error('AAA over RADIUS needs FRONTLINE_RADIUS_URL, _SECRET and _DB_URL (docs/radius.md)');
  return env;
}

const PORTAL_SECRET = 'bench-portal-secret-0123456789abcdef';
const TIME_SCALE = 600;
const ACS_USER = 'bench-cpe';

export interface AgentMessage {
  text: string;
  askKey: string | null;
  final: boolean;
  meta?: { turnMs: number; deviceWaitMs: number };
  /** Sent when the conversation opened, before the customer wrote anything (language not yet known). */
  greeting?: boolean;
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
      headers: {
        'content-type': 'application/json',
        ...(auth ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as unknown;
    if (!res.ok)
      throw new Error(`chat ${path} answered ${res.status}: ${JSON.stringify(json).slice(0, 200)}`);
    return json;
  }

  async open(opening: string): Promise<AgentMessage[]> {
    const p = this.scenario.persona;
    const body = p.authenticated
      ? { portalToken: signPortalToken(this.scenario.subscriber.customerNumber, PORTAL_SECRET) }
      : {};
    const started = (await this.post('/conversations', body, false)) as {
      conversationId: string;
      token: string;
      messages: AgentMessage[];
    };
    this.id = started.conversationId;
    this.token = started.token;
    const first = await this.send(opening);
    return [...started.messages.map((m) => ({ ...m, greeting: true })), ...first.replies];
  }

  async send(text: string) {
    const r = (await this.post(`/conversations/${this.id}/messages`, { text })) as {
      replies: AgentMessage[];
      ended: boolean;
    };
    return r;
  }

  async close() {}
}

/** Runs one scenario against a fresh desk and scores it. */
export async function runScenario(scenario: Scenario, opts: HarnessOptions = {}): Promise<ScenarioRun> {
  const timeScale = opts.timeScale ?? TIME_SCALE;
  const overHttp = portsMode(opts.ports) === 'http';
  let ispHttp: { close(): Promise<void> } | null = null;
  const radius = radiusFor(opts.aaa);
  let radiusAaa: RadiusAaa | null = null;
  const dir = mkdtempSync(join(tmpdir(), 'frontline-bench-'));
  const isp = new SwitchablePorts();
  const config = loadConfig({
    ...testDeskEnv(':memory:'),
    DEMO: 'false',
    API_OPEN: 'true',
    RATE_LIMITS: 'false', // the harness imports over the REST API; one desk per scenario
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
    acsConfig: {
      cpeAuth: { username: ACS_USER, password: ACS_USER },
      firmwareDir: join(dir, 'firmware'),
    } as never,
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.max(1, Math.round(ms / timeScale)))),
  });
  const errors: string[] = [];
  const transcript: ScenarioRun['transcript'] = [];
  const turnLatenciesMs: number[] = [];
  const deviceWaitsMs: number[] = [];
  const spoken: SpokenMessage[] = [];
  const facts: RunFacts = {
    ticketId: null,
    turns: 0,
    problemGone: false,
    errors,
    agentMessages: spoken,
    csatGiven: null,
    endedAtOutcome: false,
    afterOutcome: [],
  };
  let sim: SimIsp | null = null;
  let channel: CustomerChannel | null = null;
  let atOutcome: Observation | null = null;
  try {
    const { url, acsUrl, smtpPort } = await desk.start();
    const sub = subscriberOf(scenario);
    const registered = scenario.subscriber.registered;
    if (registered) {
      const demo: DemoIsp = { seed: 1, subscribers: [sub], incidents: [] };
      const imported = await fetch(`${url}/api/v1/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(demoImportRows(demo).map(({ phone: _p, ...row }) => row)),
      });
      if (!imported.ok) throw new Error(`import failed: ${imported.status} ${await imported.text()}`);
    }
    for (const inc of scenario.incidents) {
      const etaAt =
        inc.etaMinutes !== undefined ? new Date(Date.now() + inc.etaMinutes * 60_000).toISOString() : null;
      const r = await fetch(`${url}/api/v1/incidents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          areas: [inc.area],
          kind: inc.kind,
          title: incidentTitle(inc.kind, inc.area),
          etaAt,
        }),
      });
      if (!r.ok) throw new Error(`incident failed: ${r.status} ${await r.text()}`);
    }

    sim = new SimIsp({
      acsUrl: `${acsUrl}/`,
      acsAuth: { username: ACS_USER, password: ACS_USER },
      timeScale,
      seed: 7,
      ...(radius ? { radius } : {}),
    });
    if (registered) {
      const { language: _l, phone: _p, faults: _f, trySay: _t, ...spec } = sub;
      sim.addSubscriber(spec);
      for (const f of scenario.faults)
        sim.injectFault(sub.customerNumber, { kind: f.kind, params: f.params });
    }
    for (const inc of scenario.incidents) sim.setAreaOutage(inc.area, true);
    isp.use(sim.ports);
    await sim.start();
    if (radius) {
      // The dynamic-authorization port of the simulated NAS is known once it listens.
      radiusAaa = createRadiusAaa({
        databaseUrl: radius.databaseUrl,
        secret: radius.secret,
        disconnectPort: sim.nas!.dmPort,
      });
      // Kept when the other ports go over HTTP below.
      isp.useAaa(radiusAaa);
    }
    if (overHttp) {
      const served = await serveOverHttp(sim.ports);
      ispHttp = served;
      isp.use(served.ports);
    }

    const s = sim;
    // A non-customer has no line in the simulation: nothing to perform, nothing broken.
    const world = {
      performStep: (step: string) =>
        registered ? s.performStep(sub.customerNumber, step) : ('cannot' as const),
      problemGone: () => (registered ? s.problemGone(sub.customerNumber) : true),
    };
    const customer = new SimulatedCustomer(scenario, world);
    const ch: CustomerChannel = email
      ? email.customer(scenario, smtpPort, desk)
      : new ChatCustomer(url, scenario);
    channel = ch;
    let afterPhase = false;
    const record = (replies: AgentMessage[]) => {
      for (const r of replies) {
        transcript.push({ role: 'agent', text: r.text, askKey: r.askKey });
        spoken.push({
          text: r.text,
          askKey: r.askKey,
          afterOutcome: afterPhase,
          greeting: r.greeting === true,
        });
        if (r.meta) {
          turnLatenciesMs.push(Math.max(0, r.meta.turnMs - r.meta.deviceWaitMs));
          if (r.meta.deviceWaitMs > 0) deviceWaitsMs.push(r.meta.deviceWaitMs);
        }
      }
    };
    const lastAsk = (replies: AgentMessage[]) => [...replies].reverse().find((r) => r.askKey)?.askKey ?? null;
    const say = async (text: string, askKey: string | null) => {
      transcript.push({ role: 'customer', text, askKey });
      const r = await ch.send(text);
      record(r.replies);
      return r;
    };

    transcript.push({ role: 'customer', text: scenario.persona.opening, askKey: null });
    let replies = await ch.open(scenario.persona.opening);
    facts.turns = 1;
    record(replies);
    let ended = replies.some((r) => r.final);
    const cap = opts.script ? opts.script.length + 1 : scenario.expect.maxTurns + 3;
    while ((!ended || opts.script) && facts.turns < cap) {
      const asked = lastAsk(replies);
      if (!opts.script && (!asked || asked === 'csat.score') && (await outcomeReached(desk, ch.ticketId())))
        break;
      const scripted = opts.script?.[facts.turns - 1];
      if (opts.script && scripted === undefined) break;
      const text = scripted !== undefined ? customer.say(scripted, asked) : customer.reply(asked);
      if (text === null) break;
      if (asked === 'csat.score') facts.csatGiven = Number(text);
      const r = await say(text, asked);
      facts.turns++;
      replies = r.replies;
      // The closing that asks for the score ends the conversation's first part as before (the chat API's
      // `ended` now waits for the score): after-outcome messages come at the score question, the score last.
      const closing = r.replies.at(-1);
      ended = r.ended || (closing?.final === true && closing.askKey === 'csat.score');
    }
    // Whether the problem is really gone is judged at the outcome, before any after-outcome message.
    facts.problemGone = world.problemGone();
    facts.endedAtOutcome = ended;
    facts.ticketId = ch.ticketId();
    atOutcome = await observeOutcome(desk, scenario, facts);

    afterPhase = true;
    for (const text of scenario.persona.afterOutcome) {
      const entry = { text, replies: 0, error: null as string | null };
      facts.afterOutcome.push(entry);
      try {
        const r = await say(text, null);
        entry.replies = r.replies.length;
        replies = r.replies;
        // A second request may come with questions of its own: the customer answers those the persona knows.
        for (let i = 0; i < 6; i++) {
          const asked = lastAsk(replies);
          if (!asked || asked === 'csat.score' || !hasAnswer(scenario, asked)) break;
          const reply = customer.reply(asked);
          if (reply === null) break;
          replies = (await say(reply, asked)).replies;
        }
      } catch (err) {
        entry.error = (err as Error).message;
      }
    }
    const csat = scenario.persona.csat;
    if (csat !== null && facts.csatGiven === null && spoken.some((m) => m.askKey === 'csat.score')) {
      facts.csatGiven = csat;
      await say(String(csat), 'csat.score').catch((err: Error) =>
        errors.push(`satisfaction answer: ${err.message}`),
      );
    }
    facts.ticketId = ch.ticketId() ?? facts.ticketId;
  } catch (err) {
    errors.push((err as Error).message);
  }
  let observation: Observation;
  try {
    facts.ticketId = channel?.ticketId() ?? facts.ticketId;
    atOutcome ??= await observeOutcome(desk, scenario, facts);
    observation = await observeEnd(desk, scenario, facts, atOutcome);
  } catch (err) {
    errors.push(`observe: ${(err as Error).message}`);
    observation = await observeOutcome(desk, scenario, { ...facts, ticketId: null });
  }
  const timeline = await briefTimeline(desk, channel?.ticketId() ?? null).catch(() => []);
  await channel?.close().catch(() => undefined);
  await sim?.stop().catch(() => undefined);
  await ispHttp?.close().catch(() => undefined);
  await radiusAaa?.close().catch(() => undefined);
  await desk.stop().catch(() => undefined);
  await email?.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
  return {
    scenario,
    observation,
    score: score(scenario, observation),
    turnLatenciesMs,
    deviceWaitsMs,
    transcript,
    timeline,
  };
}

/** A title as the NOC would write it: plain words, no codes. */
function incidentTitle(kind: string, area: string): string {
  const place =
    area
      .split('-')
      .slice(2)
      .join(' ')
      .toLowerCase()
      .replace(/^\p{L}/u, (c) => c.toUpperCase()) || area;
  return `${kind.replace(/_/g, ' ')}, ${place}`;
}

/** The case has an outcome on the ticket: a resolution, or a handoff to a person. */
async function outcomeReached(desk: Desk, ticketId: string | null): Promise<boolean> {
  if (!ticketId) return false;
  const events = await desk.services.repos.tickets.timeline(ticketId);
  return events.some((e) => e.type === 'resolution' || e.type === 'escalation');
}

function hasAnswer(scenario: Scenario, askKey: string): boolean {
  return answerPattern(scenario.persona.answers, askKey) !== undefined;
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
