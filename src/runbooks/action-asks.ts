// The permission question for an action and the arguments the action runs with.
import type { ActionName, AskKey } from '../domain/index.js';
import { portForwardConsent, portLabel } from './port-forward-host.js';
import type { Facts } from './types.js';
import type { EngineAsk } from './engine-types.js';

/** The permission question for `action`; a rename names the new name, so a misread name is caught before it is written. */
export function consentAsk(key: AskKey, action: ActionName, facts: Facts): EngineAsk {
  if (action === 'port_forward_add' && facts.portForwardHost && facts.portForward) {
    const { name, ip } = facts.portForwardHost;
    return {
      key,
      message: 'consent.port_forward_add.host',
      params: { port: portLabel(facts.portForward), name, ip },
    };
  }
  // The 5 GHz band named on its own: its own question (devices on 5 GHz join again), never the rename's.
  if (action === 'wifi_ssid_change' && facts.fiveGhzOwnName && !facts.ssidRename)
    return { key, message: 'consent.wifi_change.five_ghz' };
  if (action === 'wifi_ssid_change' && facts.wifiName)
    return { key, message: 'consent.wifi_ssid_change.named', params: { name: facts.wifiName } };
  if (action === 'port_forward_add' && facts.portForward)
    return { key, ...portForwardConsent(facts.portForward, facts.portForwardDraft) };
  return { key, message: `consent.${action}` };
}

export function actionArgs(action: ActionName, facts: Facts): Record<string, unknown> {
  if (action === 'wifi_ssid_change' && facts.fiveGhzOwnName && !facts.ssidRename)
    return { fiveGhzOwnName: true };
  if (action === 'wifi_ssid_change' && facts.wifiName) return { ssid: facts.wifiName };
  if (action === 'port_forward_add' && facts.portForward) {
    const { port, protocol, ip, portEnd } = facts.portForward;
    return {
      port,
      externalPort: port,
      internalPort: port,
      ...(portEnd ? { externalPortEnd: portEnd } : {}),
      ip,
      internalClient: ip,
      protocol: protocol === 'both' ? 'TCP/UDP' : protocol.toUpperCase(),
    };
  }
  return {};
}

export function safeArgs(args: Record<string, unknown>): Record<string, unknown> | undefined {
  return Object.keys(args).length ? args : undefined;
}
