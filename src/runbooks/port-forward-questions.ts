// The questions of a port forward: the router's host table read, the device meant offered,
// and only what is missing asked for.
import { CONSENT_FOR_ACTION, isHomeDeviceAddress } from '../domain/index.js';
import {
  asksHowToFind,
  findIpMessage,
  HOSTS_PATH,
  hostMeant,
  homeHosts,
  lanHosts,
  looksLikeHostName,
  portForwardAskMessage,
  protocolLabel,
  waitingMessage,
  type HomeHost,
  type LanHost,
} from './port-forward-host.js';
import type { EngineContext, EngineOutput, Pending, EngineState } from './engine-types.js';
import { consentAsk } from './action-asks.js';
import type { EngineKernel } from './engine-kernel.js';

export function createPortForwardQuestions(k: EngineKernel) {
  const { deps, cfg } = k;

  /** The router's host table as read now, or null when there is no router to read or it does not answer. */
  async function readHosts(ctx: EngineContext, out?: Pick<EngineOutput, 'deviceWaitMs'>) {
    if (!ctx.deviceId) return null;
    const started = Date.now();
    try {
      return await deps.devices.getParameters(ctx.deviceId, [HOSTS_PATH], {
        maxAgeMs: 0,
        timeoutMs: cfg.actionTimeoutMs,
      });
    } catch {
      return null;
    } finally {
      if (out) out.deviceWaitMs += Date.now() - started;
    }
  }

  /** The named devices in the router's host table (none when it cannot be read). */
  async function routerHosts(ctx: EngineContext, out: EngineOutput): Promise<LanHost[]> {
    return lanHosts((await readHosts(ctx, out)) ?? []);
  }

  /**
   * "can you see which devices are connected?": every device the router lists on the home network now,
   * or null when the router does not report them (no table, or it cannot be read).
   */
  async function homeDevices(ctx: EngineContext): Promise<HomeHost[] | null> {
    const values = await readHosts(ctx);
    const hosts = values ? homeHosts(values) : [];
    return hosts.length ? hosts : null;
  }

  /**
   * The next question of a port forward. A device named but no address: the router's host table is
   * read, and the one device meant is named in the permission question ("SEBBES-PC at 192.168.1.23 —
   * shall I open port 25565 to it?"); otherwise only what is missing is asked for.
   */
  async function askPortForward(
    ctx: EngineContext,
    state: EngineState,
    pending: Extract<Pending, { kind: 'fact' }>,
    out: EngineOutput,
    said: string,
  ) {
    const draft = state.facts.portForwardDraft;
    const device = draft?.device ?? null;
    if (draft && !draft.ip && device && !/^\d+$/.test(device) && pending.looked !== device) {
      pending = { ...pending, looked: device };
      if (await offerHost(ctx, state, pending, out, said)) return;
      if (looksLikeHostName(device))
        out.says.push({ key: 'port_forward.host_not_found', params: { name: device } });
    }
    state.pending = pending;
    const now = state.facts.portForwardDraft;
    // "Kameran har adressen 192.168.0.64" in the request: no device on the home network has it — said so, and
    // the address asked for again with the port kept.
    if (now?.ip && !isHomeDeviceAddress(now.ip)) {
      state.facts = { ...state.facts, portForwardDraft: { ...now, ip: null } };
      out.ask = { key: pending.key, message: 'port_forward.more.outside', params: { ip: now.ip } };
      return;
    }
    if (!now?.ip && asksHowToFind(said)) {
      // "how do i find the ip of my pc?": told how (on that kind of device), and the address waited for.
      out.says.push({ key: findIpMessage(now?.device, said) });
      out.ask = {
        key: pending.key,
        message: waitingMessage(now?.port ?? null, true),
        params: { port: now?.port ?? '' },
      };
      return;
    }
    out.ask = {
      key: pending.key,
      message: portForwardAskMessage(state.facts.portForwardDraft),
      params: {
        port: state.facts.portForwardDraft?.port ?? '',
        protocol: protocolLabel(state.facts.portForwardDraft?.protocol),
        service: state.facts.portForwardDraft?.service ?? '',
      },
    };
  }

  /**
   * The device of the draft found in the router's host table: named in the permission question (port
   * known) or asked for its port. False when the table has no one device that fits.
   */
  async function offerHost(
    ctx: EngineContext,
    state: EngineState,
    pending: Extract<Pending, { kind: 'fact' }>,
    out: EngineOutput,
    said: string,
  ): Promise<boolean> {
    const draft = state.facts.portForwardDraft;
    const device = draft?.device ?? null;
    if (!draft || !device) return false;
    const host = hostMeant(`${said} ${device}`, device, await routerHosts(ctx, out));
    if (!host) return false;
    state.facts = { ...state.facts, portForwardHost: host };
    if (draft.port) {
      const protocol = draft.protocol ?? 'tcp';
      const portEnd = draft.portEnd ?? undefined;
      state.facts = {
        ...state.facts,
        portForward: { port: draft.port, protocol, ip: host.ip, ...(portEnd ? { portEnd } : {}) },
      };
      const key = CONSENT_FOR_ACTION.port_forward_add ?? 'consent.config_change';
      state.pending = { kind: 'consent', key, action: 'port_forward_add', asked: 1 };
      out.ask = consentAsk(key, 'port_forward_add', state.facts);
      return true;
    }
    state.facts = { ...state.facts, portForwardDraft: { ...draft, ip: host.ip } };
    state.pending = pending;
    out.ask = { key: pending.key, message: 'ask.config.port_forward.port_for_host', params: { ...host } };
    return true;
  }

  return { routerHosts, homeDevices, askPortForward, offerHost };
}

export type PortForwardQuestions = ReturnType<typeof createPortForwardQuestions>;
