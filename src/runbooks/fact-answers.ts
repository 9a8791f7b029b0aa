// The fact an answer gives to the question asked (connection, restarted, port forward, Wi-Fi name, …).
import type { ParsedAnswer } from './ports.js';
import type { Facts, FactName } from './types.js';
import { withProtocol } from '../triage/port-forward.js';

/** Facts that name something the customer chose: never stored as "unknown". */
export const NAMED_FACTS: ReadonlySet<FactName> = new Set(['wifiName']);

export function factFromAnswer(fact: FactName, a: ParsedAnswer, text: string, facts: Facts): unknown {
  switch (fact) {
    case 'connection':
      return a.kind === 'connection' ? a.value : undefined;
    case 'restarted':
      return a.kind === 'yes' ? true : a.kind === 'no' ? false : undefined;
    case 'availability':
      return a.kind === 'availability' ? a.text : text.trim() || undefined;
    case 'portForward': {
      // The answer completes what the customer said before ("forward 3074 to my xbox" + "192.168.1.20").
      const draft = facts.portForwardDraft;
      const got = a.kind === 'port_forward' ? a : null;
      const port = got?.port ?? draft?.port ?? null;
      const device = got?.device ?? draft?.device ?? null;
      const ip = got?.ip ?? draft?.ip ?? (device && /^\d+$/.test(device) ? `192.168.1.${device}` : null);
      if (!port || !ip) return undefined;
      const portEnd = got?.port ? got.portEnd : draft?.portEnd;
      return {
        port,
        // "can you do udp too?": the protocol said beside the one asked for before opens both.
        protocol: (got ? withProtocol(draft?.protocol, got) : draft?.protocol) ?? 'tcp',
        ip,
        ...(portEnd ? { portEnd } : {}),
      };
    }
    case 'wifiName': {
      // Only an answer read as a name: "no", "don't know" or a question is no network name.
      if (a.kind !== 'free') return undefined;
      const name = a.text.trim();
      return name.length > 0 && name.length <= 32 ? name : undefined;
    }
    case 'lightsAllOff':
      return a.kind === 'lights' ? a.allOff : undefined;
    case 'wifiLocation':
      return a.kind === 'location'
        ? a.far === true
          ? 'far'
          : a.far === false
            ? 'near'
            : 'unknown'
        : 'unknown';
    case 'wiredOk':
      return a.kind === 'yes' ? true : a.kind === 'no' ? false : undefined;
  }
}
