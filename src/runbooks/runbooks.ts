// Intent → runbook: which probes the first diagnosis runs, which customer request (if any) is the
// case itself, and the fallback when the diagnosis finds nothing.
import type { Intent } from '../domain/index.js';
import { PROBE_IDS } from '../diagnostics/types.js';
import type { Facts, Runbook } from './types.js';

/** Every probe but the speed test, Wi-Fi and the portal account, which their own complaints run. */
const CONNECTION_PROBES = PROBE_IDS.filter((p) => p !== 'speed' && p !== 'wifi' && p !== 'portal');

const TABLE: Runbook[] = [
  { intent: 'no_connection', probes: [...CONNECTION_PROBES], whenNothingFound: 'nothing_found_connection' },
  {
    intent: 'intermittent',
    probes: ['account', 'incident', 'aaa', 'line', 'cpe', 'wan', 'firmware', 'wifi', 'security'],
    whenNothingFound: 'nothing_found_connection',
  },
  {
    intent: 'slow_speed',
    probes: ['account', 'incident', 'line', 'cpe', 'wan', 'speed', 'wifi', 'firmware', 'security'],
    whenNothingFound: 'nothing_found_speed',
  },
  {
    intent: 'sites_unreachable',
    probes: ['account', 'incident', 'aaa', 'cpe', 'wan', 'dns', 'ping', 'security'],
    whenNothingFound: 'nothing_found_connection',
  },
  {
    intent: 'wifi_problem',
    probes: ['account', 'incident', 'cpe', 'wan', 'wifi', 'speed', 'security'],
    whenNothingFound: 'nothing_found_wifi',
  },
  {
    intent: 'wifi_password',
    probes: ['cpe', 'wifi', 'security'],
    request: 'wifi_password_forgotten',
    whenNothingFound: 'wifi_password_forgotten',
    // A request, not a fault: the router's Wi-Fi is read without announcing a line test nobody asked for
    // (the key itself is changed only with consent).
    quiet: true,
  },
  {
    intent: 'router_config',
    probes: ['cpe', 'security'],
    request: 'beyond_tier1_request',
    whenNothingFound: 'beyond_tier1_request',
  },
  {
    intent: 'router_reset',
    probes: ['account', 'incident', 'aaa', 'line', 'cpe', 'wan', 'ping', 'security'],
    whenNothingFound: 'reboot_request',
  },
  {
    intent: 'firmware_update',
    probes: ['cpe', 'firmware', 'security'],
    whenNothingFound: 'firmware_current',
  },
  { intent: 'login_problem', probes: ['account', 'portal'], whenNothingFound: 'portal_password_reset' },
  {
    intent: 'password_reset',
    probes: ['account', 'portal'],
    request: 'portal_password_reset',
    whenNothingFound: 'portal_password_reset',
  },
  {
    intent: 'outage_check',
    probes: ['incident', 'account', 'aaa', 'line', 'cpe', 'wan'],
    whenNothingFound: 'nothing_found_connection',
  },
  {
    intent: 'billing',
    probes: ['account'],
    request: 'billing_request',
    whenNothingFound: 'billing_request',
    quiet: true,
  },
  {
    intent: 'account_change',
    probes: ['account'],
    request: 'sales_request',
    whenNothingFound: 'sales_request',
    quiet: true,
  },
  {
    intent: 'human_agent',
    probes: ['account', 'incident', 'line', 'cpe', 'wan'],
    request: 'human_request',
    whenNothingFound: 'human_request',
  },
  {
    intent: 'other',
    probes: ['account', 'incident', 'line', 'cpe', 'wan'],
    whenNothingFound: 'nothing_found_other',
  },
];

const BY_INTENT = new Map(TABLE.map((r) => [r.intent, r]));

/** Requests recognised from what the customer said, whatever the intent (v2 rules of the scenario contract). */
const OTHER_SERVICE: Runbook = {
  intent: 'other',
  probes: ['account'],
  request: 'other_service_request',
  whenNothingFound: 'other_service_request',
  quiet: true,
};
const SECURITY: Runbook = {
  intent: 'router_config',
  probes: ['cpe', 'wifi', 'security'],
  request: 'security_worry',
  whenNothingFound: 'security_worry',
};
/** "only her laptop says no internet, my phone is fine": that device, not the line or the router. */
const ONE_DEVICE: Runbook = {
  intent: 'wifi_problem',
  probes: ['cpe', 'wifi'],
  request: 'one_device',
  whenNothingFound: 'one_device',
  quiet: true,
};
/** Connection intents that one device alone can have. */
const DEVICE_INTENTS: ReadonlySet<Intent> = new Set([
  'no_connection',
  'slow_speed',
  'intermittent',
  'sites_unreachable',
  'wifi_problem',
  'other',
]);
const WIFI_RENAME: Runbook = {
  intent: 'router_config',
  probes: ['cpe', 'wifi', 'security'],
  request: 'wifi_rename_request',
  whenNothingFound: 'wifi_rename_request',
  // A rename reads the router's Wi-Fi without announcing a line test the customer did not ask for.
  quiet: true,
};
/** "give the 5 GHz band its own name", "kan ni dela upp banden?": the 5 GHz radio named on its own (with consent). */
const FIVE_GHZ_NAME: Runbook = {
  intent: 'router_config',
  probes: ['cpe', 'wifi', 'security'],
  request: 'five_ghz_name_request',
  whenNothingFound: 'five_ghz_name_request',
  quiet: true,
};
// An invoice or a request for a person stays what it is, whatever service it names.
const ACCOUNT_INTENTS: ReadonlySet<Intent> = new Set(['billing', 'human_agent']);
/** A rename is the case only when the intent is about Wi-Fi or the router ("internet keeps dropping, and rename my wifi" is two problems). */
const WIFI_REQUEST_INTENTS: ReadonlySet<Intent> = new Set([
  'wifi_password',
  'wifi_problem',
  'router_config',
  'other',
]);

export function runbookFor(intent: Intent, facts: Facts = {}): Runbook {
  // "my tv box says no signal … or do i need to talk to a real person?": the person who answers is the
  // colleague for that service; nothing of ours is tested unless a fault of ours is named beside it.
  if (intent === 'human_agent' && facts.otherService && !facts.faultBeside) return OTHER_SERVICE;
  if (!ACCOUNT_INTENTS.has(intent)) {
    if (facts.otherService) return OTHER_SERVICE;
    if (facts.oneDevice && DEVICE_INTENTS.has(intent)) return ONE_DEVICE;
    if (intent === 'account_change') return BY_INTENT.get(intent)!;
    if (facts.securityWorry) return SECURITY;
    // "i think the neighbours kid might be using it": a new Wi-Fi key throws off whoever does not know it.
    if (facts.wifiFreeloader && WIFI_REQUEST_INTENTS.has(intent)) return BY_INTENT.get('wifi_password')!;
    // ("it's slow on the laptop, can you give the 5 GHz its own name?": asked for in so many words, done first.)
    if (
      facts.fiveGhzOwnName &&
      !facts.ssidRename &&
      (WIFI_REQUEST_INTENTS.has(intent) || intent === 'slow_speed')
    )
      return FIVE_GHZ_NAME;
    if (facts.ssidRename && !facts.wifiPasswordMentioned && WIFI_REQUEST_INTENTS.has(intent))
      return WIFI_RENAME;
    if (facts.portForwardRequested && !facts.bridgeMode && intent === 'other') intent = 'router_config';
  }
  const base = BY_INTENT.get(intent) ?? BY_INTENT.get('other')!;
  const beside = intent === 'human_agent' && facts.faultBeside ? BY_INTENT.get(facts.faultBeside) : undefined;
  if (beside) return { ...base, probes: [...new Set([...base.probes, ...beside.probes])] };
  // A router_config request is a port forward (Tier-1) unless it is bridge mode or similar (Tier-2).
  if (intent === 'router_config' && !facts.bridgeMode && facts.portForwardRequested) {
    // A port forward reads the router without announcing a line test the customer did not ask for.
    return {
      ...base,
      request: 'port_forward_request',
      whenNothingFound: 'port_forward_request',
      quiet: true,
    };
  }
  // Securing the router's admin login is Tier-1 work: the diagnosis decides, the fallback changes it anyway.
  // "The password of the router's admin page" is not the Wi-Fi key: never change the Wi-Fi key for it.
  const adminNotWifi =
    intent === 'wifi_password' && facts.adminPasswordRequested && !facts.wifiPasswordMentioned;
  if ((intent === 'router_config' || adminNotWifi) && !facts.bridgeMode && facts.adminPasswordRequested) {
    // Wi-Fi is probed too: a broken Wi-Fi mentioned alongside is fixed first, the admin login after.
    return {
      ...BY_INTENT.get('router_config')!,
      probes: ['cpe', 'wifi', 'security'],
      request: undefined,
      whenNothingFound: 'default_admin_password',
    };
  }
  return base;
}

/** Requests handled before any fault the diagnosis finds (the customer asked for exactly this). */
export const REQUEST_FIRST: ReadonlySet<string> = new Set([
  'wifi_password_forgotten',
  'portal_password_reset',
  'port_forward_request',
  'beyond_tier1_request',
  'billing_request',
  'sales_request',
  'human_request',
  'wifi_rename_request',
  'five_ghz_name_request',
  'security_worry',
  'other_service_request',
]);
