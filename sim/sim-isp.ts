// The simulated ISP: subscribers with their lines, AAA records, portal accounts and CPEs that
// speak CWMP to an ACS; the ISP ports the desk uses; and ground truth for tests and the benchmark.
import type { FaultKind, StepKey } from '../src/domain/index.js';
import type { IspPorts } from '../src/isp/ports.js';
import { Activity, Limiter } from './activity.js';
import { SimClock } from './clock.js';
import { CpeAgent, type Fleet } from './cpe.js';
import { ConnectionRequestServer } from './cr-server.js';
import { DEFAULT_CWMP_VERSION } from './cwmp/soap.js';
import { learnWifi, syncAaaSession } from './model/template.js';
import { createPorts } from './ports.js';
import { RadiusNas } from './radius/nas.js';
import type { FaultSpec, Lights, SimIspOptions, SubscriberSpec } from './types.js';
import { activeFaults, applyFault, problemGone } from './world/faults.js';
import { Home, type WorldCtx } from './world/home.js';
import { lights } from './world/lights.js';

export class UnknownSubscriberError extends Error {
  constructor(readonly customerNumber: string) {
    super(`unknown subscriber ${customerNumber}`);
    this.name = 'UnknownSubscriberError';
  }
}

export class SimIsp {
  readonly clock: SimClock;
  readonly ports: IspPorts;
  private readonly world: WorldCtx;
  private readonly fleet: Fleet;
  private readonly homes = new Map<string, Home>();
  private readonly agents = new Map<string, CpeAgent>();
  private readonly bySerial = new Map<string, CpeAgent>();
  private readonly byService = new Map<string, Home>();
  private readonly byPppUser = new Map<string, Home>();
  private readonly cr: ConnectionRequestServer;
  /** The BRAS speaking RADIUS, when the routers log in through a RADIUS server. */
  readonly nas: RadiusNas | null;
  private started = false;

  constructor(readonly opts: SimIspOptions) {
    this.clock = new SimClock({ timeScale: opts.timeScale });
    const crHost = opts.crHost ?? '127.0.0.1';
    this.cr = new ConnectionRequestServer((serial) => this.bySerial.get(serial), crHost);
    this.world = {
      clock: this.clock,
      seed: opts.seed ?? 1,
      acsUrl: opts.acsUrl,
      acsAuth: opts.acsAuth,
      crAuth: opts.crAuth,
      periodicInformSeconds: opts.periodicInformSeconds ?? 86400,
      rebootSeconds: opts.rebootSeconds ?? 60,
      cwmpVersion: opts.cwmpVersion ?? DEFAULT_CWMP_VERSION,
      outageAreas: new Set(),
      crBaseUrl: () =>
        this.cr.port ? `http://${crHost.includes(':') ? `[${crHost}]` : crHost}:${this.cr.port}` : '',
    };
    this.nas = opts.radius ? new RadiusNas(opts.radius, this.clock, (h) => this.changed(h), opts.log) : null;
    if (this.nas) this.world.ppp = this.nas;
    this.fleet = {
      activity: new Activity(),
      limiter: new Limiter(opts.maxConcurrentSessions ?? 200),
      log: opts.log ?? (() => {}),
      stopped: false,
      inflight: new Set(),
      cwmpSession: opts.cwmpSession,
    };
    this.ports = createPorts({
      byService: (id) => this.byService.get(id),
      byPppUser: (u) => this.byPppUser.get(u),
      byCustomer: (n) => this.homes.get(n),
      changed: (h) => this.changed(h),
      now: () => this.clock.now(),
    });
  }

  addSubscriber(spec: SubscriberSpec): void {
    if (this.homes.has(spec.customerNumber))
      throw new Error(`subscriber ${spec.customerNumber} exists already`);
    const h = new Home(this.homes.size, spec, this.world);
    if (this.bySerial.has(h.serial)) throw new Error(`CPE serial ${h.serial} is in use`);
    const agent = new CpeAgent(h, this.fleet);
    this.homes.set(spec.customerNumber, h);
    this.agents.set(spec.customerNumber, agent);
    this.bySerial.set(h.serial, agent);
    this.byService.set(spec.serviceId, h);
    this.byPppUser.set(spec.pppoeUsername, h);
    if (this.started) void agent.firstContact();
  }

  get subscriberCount(): number {
    return this.homes.size;
  }

  private home(customerNumber: string): Home {
    const h = this.homes.get(customerNumber);
    if (!h) throw new UnknownSubscriberError(customerNumber);
    return h;
  }

  agent(customerNumber: string): CpeAgent {
    this.home(customerNumber);
    return this.agents.get(customerNumber)!;
  }

  /** After a state change: AAA in step, and the CPE tells the ACS about changed values. */
  private changed(h: Home): void {
    syncAaaSession(h);
    if (this.started) {
      const a = this.agents.get(h.spec.customerNumber)!;
      a.checkValueChange();
      void a.kick();
    }
  }

  injectFault(customerNumber: string, fault: FaultSpec): void {
    const h = this.home(customerNumber);
    applyFault(h, fault, (area) => this.setAreaOutage(area, true));
    if (fault.kind === 'cpe_powered_off') this.agents.get(customerNumber)!.powerOff();
    this.changed(h);
  }

  setAccountStatus(customerNumber: string, status: 'active' | 'suspended_nonpayment'): void {
    const h = this.home(customerNumber);
    h.aaa.accountStatus = status;
    this.changed(h);
  }

  setAreaOutage(area: string, down: boolean): void {
    if (down) this.world.outageAreas.add(area);
    else this.world.outageAreas.delete(area);
    for (const h of this.homes.values()) if (h.spec.area === area) this.changed(h);
  }

  async start(): Promise<void> {
    if (this.started) return;
    await this.cr.listen(this.opts.crPort ?? 0);
    if (this.nas) {
      // Every router has logged in (or been refused) before the fleet first talks to the ACS.
      await this.nas.listen();
      for (const h of this.homes.values()) syncAaaSession(h);
      await this.nas.idle();
    }
    this.started = true;
    await Promise.all([...this.agents.values()].map((a) => a.firstContact()));
  }

  async stop(): Promise<void> {
    this.fleet.stopped = true;
    for (const a of this.agents.values()) a.stop();
    for (const ac of this.fleet.inflight) ac.abort(new Error('simulation stopped'));
    await this.cr.close();
    await this.nas?.close();
    this.started = false;
  }

  /** Physical steps of the customer (with or without the `step.` prefix). */
  performStep(customerNumber: string, step: StepKey | string): 'done' | 'cannot' {
    const h = this.home(customerNumber);
    const agent = this.agents.get(customerNumber)!;
    const s = step.replace(/^step\./, '');
    let result: 'done' | 'cannot' = 'done';
    switch (s) {
      case 'power_on':
        if (!h.powered) agent.powerOn();
        break;
      case 'power_cycle':
        agent.powerOff();
        agent.powerOn();
        break;
      case 'check_cables':
        h.wanCable = true;
        if (h.line.splitterFault) {
          h.line.splitterFault = false;
          h.line.snrDb = 12.4;
        }
        break;
      case 'move_closer':
        h.client.rssi = Math.max(h.client.rssi, -52);
        // Close to the router the device joins the 5 GHz network (the test offered instead of the cable).
        if (h.faults.some((f) => f.kind === 'speed_wifi_limited')) h.client.band = 2;
        break;
      case 'wired_test':
        h.wiredAdvised = true;
        break;
      case 'rejoin_wifi':
        if (h.needsKey) result = 'cannot';
        else learnWifi(h);
        break;
      default:
        throw new Error(`unknown step ${step}`);
    }
    this.changed(h);
    return result;
  }

  problemGone(customerNumber: string): boolean {
    return problemGone(this.home(customerNumber));
  }

  lights(customerNumber: string): Lights {
    return lights(this.home(customerNumber));
  }

  cpeSerial(customerNumber: string): string {
    return this.home(customerNumber).serial;
  }

  deviceId(customerNumber: string): string {
    return this.home(customerNumber).deviceId;
  }

  activeFaults(customerNumber: string): FaultKind[] {
    return activeFaults(this.home(customerNumber));
  }

  /** Firmware version the CPE runs now. */
  firmware(customerNumber: string): string {
    return this.home(customerNumber).firmware;
  }

  /** The simulation's view of one home (tests and debugging). */
  inspect(customerNumber: string): Home {
    return this.home(customerNumber);
  }

  get connectionRequestPort(): number {
    return this.cr.port;
  }

  /** Completed and failed CWMP sessions of the whole fleet. */
  stats(): { subscribers: number; sessions: number; failures: number; inFlight: number } {
    let sessions = 0;
    let failures = 0;
    for (const a of this.agents.values()) {
      sessions += a.sessions;
      failures += a.failures;
    }
    return { subscribers: this.homes.size, sessions, failures, inFlight: this.fleet.activity.busy };
  }

  waitIdle(): Promise<void> {
    return this.fleet.activity.idle();
  }
}
