// Words for what the automated agent records about a case: the likely cause, the outcome, and the
// reason it gives when it hands a case over ("human_request: no Tier-1 fix applies",
// "wifi_channel_congestion: wifi_channel_change: failed: no_consent").
import type { Lang } from './i18n.js';
import { actionLabel, humanize } from './labels.js';

type Table = Record<string, { sv: string; en: string }>;

const CAUSE: Table = {
  area_outage: { sv: 'Driftstörning i området', en: 'Outage in the area' },
  billing_request: { sv: 'Fakturafråga', en: 'Billing question' },
  billing_suspended: {
    sv: 'Abonnemanget är spärrat (obetald faktura)',
    en: 'Service suspended (unpaid invoice)',
  },
  cable_unplugged: { sv: 'Kabel urdragen', en: 'Cable unplugged' },
  cpe_hung: { sv: 'Routern har hängt sig', en: 'Router hung' },
  cpe_powered_off: { sv: 'Routern är avstängd', en: 'Router powered off' },
  default_admin_password: { sv: 'Routern har standardlösenord', en: 'Router has the default admin password' },
  dns_lookup_failed: { sv: 'Namnuppslag (DNS) misslyckas', en: 'DNS look-ups fail' },
  dns_misconfigured: { sv: 'Fel DNS-inställningar', en: 'Wrong DNS settings' },
  docsis_power_out_of_range: {
    sv: 'Kabel-tv-nätets signalnivå utanför gränserna',
    en: 'Cable signal level out of range',
  },
  docsis_snr_low: { sv: 'Brusig kabelsignal', en: 'Noisy cable signal' },
  dsl_line_noisy: { sv: 'Störd DSL-linje', en: 'Noisy DSL line' },
  dsl_low_snr: { sv: 'Låg signal/brus på DSL-linjen', en: 'Low DSL signal-to-noise' },
  factory_reset_request: { sv: 'Vill fabriksåterställa routern', en: 'Wants a factory reset' },
  fiber_los: { sv: 'Ingen signal på fibern', en: 'Fibre loss of signal' },
  firmware_bug_drops: { sv: 'Känt fel i routerns programvara', en: 'Known firmware bug' },
  firmware_current: { sv: 'Programvaran är aktuell', en: 'Firmware is current' },
  firmware_outdated: { sv: 'Gammal programvara i routern', en: 'Outdated firmware' },
  hardware_failure: { sv: 'Trasig router', en: 'Hardware failure' },
  human_request: { sv: 'Kunden vill prata med en person', en: 'Customer asked for a person' },
  nothing_found_connection: { sv: 'Inget fel hittat (anslutning)', en: 'Nothing found (connection)' },
  nothing_found_other: { sv: 'Inget fel hittat', en: 'Nothing found' },
  nothing_found_speed: { sv: 'Inget fel hittat (hastighet)', en: 'Nothing found (speed)' },
  nothing_found_wifi: { sv: 'Inget fel hittat (wifi)', en: 'Nothing found (Wi-Fi)' },
  open_wifi: { sv: 'Öppet wifi utan lösenord', en: 'Open Wi-Fi' },
  optical_power_low: { sv: 'För svag ljusnivå på fibern', en: 'Optical power too low' },
  optical_power_marginal: { sv: 'Svag ljusnivå på fibern', en: 'Optical power marginal' },
  other_service_request: { sv: 'Ärende för en annan avdelning', en: 'Request for another team' },
  port_forward_request: { sv: 'Vill öppna en port', en: 'Port forward request' },
  portal_account_locked: { sv: 'Kundportalkontot är låst', en: 'Customer-portal account locked' },
  portal_password_reset: { sv: 'Nytt lösenord till kundportalen', en: 'Customer-portal password reset' },
  ppp_auth_failure: { sv: 'Inloggningen (PPPoE) nekas', en: 'PPPoE login rejected' },
  ppp_down: { sv: 'Uppkopplingen (PPP) är nere', en: 'PPP session down' },
  reboot_request: { sv: 'Vill starta om routern', en: 'Wants a router restart' },
  sales_request: { sv: 'Försäljningsfråga', en: 'Sales question' },
  security_worry: { sv: 'Oro för säkerheten', en: 'Security concern' },
  speed_line_degraded: { sv: 'Linjen ger lägre hastighet', en: 'Line degraded' },
  speed_wifi_limited: { sv: 'Wifi begränsar hastigheten', en: 'Wi-Fi limits the speed' },
  unstable_connection: { sv: 'Instabil anslutning', en: 'Unstable connection' },
  wifi_channel_congestion: { sv: 'Trängsel på wifi-kanalen', en: 'Wi-Fi channel congestion' },
  wifi_password_forgotten: { sv: 'Glömt wifi-lösenord', en: 'Forgotten Wi-Fi password' },
  wifi_radio_disabled: { sv: 'Wifi är avstängt', en: 'Wi-Fi turned off' },
  wifi_rename_request: { sv: 'Vill byta wifi-namn', en: 'Wants to rename the Wi-Fi' },
  wifi_weak_signal: { sv: 'Svag wifi-signal', en: 'Weak Wi-Fi signal' },
};

const OUTCOME: Table = {
  resolved: { sv: 'Löst', en: 'Resolved' },
  escalated: { sv: 'Eskalerat', en: 'Escalated' },
  outage_informed: { sv: 'Informerad om driftstörning', en: 'Told about an outage' },
  routed: { sv: 'Skickat vidare', en: 'Routed' },
  refused: { sv: 'Nekat', en: 'Refused' },
  withdrawn: { sv: 'Återkallat', en: 'Withdrawn' },
};

const RESULT: Table = {
  done: { sv: 'gjort', en: 'done' },
  fixed: { sv: 'löste det', en: 'fixed it' },
  advised: { sv: 'rådgivet', en: 'advised' },
  failed: { sv: 'misslyckades', en: 'failed' },
  unclear: { sv: 'oklart', en: 'unclear' },
  'did not help': { sv: 'hjälpte inte', en: 'did not help' },
  'customer declined': { sv: 'kunden avböjde', en: 'customer declined' },
  'customer could not': { sv: 'kunden kunde inte', en: 'customer could not' },
  'customer says it still does not work': {
    sv: 'kunden säger att det fortfarande inte fungerar',
    en: 'customer says it still does not work',
  },
  'no Tier-1 fix applies': { sv: 'ingen åtgärd på nivå 1 passar', en: 'no Tier-1 fix applies' },
};

const ACTION_ERROR: Table = {
  device_offline: { sv: 'routern svarar inte', en: 'the router does not answer' },
  failed: { sv: 'misslyckades', en: 'failed' },
  fault: { sv: 'routern rapporterade fel', en: 'the router reported a fault' },
  invalid_args: { sv: 'ogiltiga värden', en: 'invalid values' },
  no_consent: { sv: 'kundens samtycke saknas', en: 'no consent from the customer' },
  no_device: { sv: 'ingen router kopplad till tjänsten', en: 'no router on the service' },
  not_last_resort: { sv: 'bara som sista utväg', en: 'only as a last resort' },
  not_verified: { sv: 'kunden är inte verifierad', en: 'the customer is not verified' },
  timeout: { sv: 'ingen svar i tid', en: 'timed out' },
};

const STEP_RESULT: Table = {
  done: { sv: 'gjort', en: 'done' },
  cannot: { sv: 'kunden kunde inte', en: 'customer could not' },
  unknown: { sv: 'oklart', en: 'unclear' },
};

const word = (table: Table, code: string, lang: Lang) => table[code]?.[lang] ?? humanize(code);

export const actionErrorLabel = (code: string, lang: Lang) => word(ACTION_ERROR, code, lang);
/** A customer step ("step.cable_check") and its result as words. */
export const customerStepLabel = (step: string, result: string, lang: Lang) =>
  `${humanize(step.split('.').at(-1) ?? step)}: ${word(STEP_RESULT, result, lang)}`;

export const causeLabel = (code: string, lang: Lang) => word(CAUSE, code, lang);
export const outcomeLabel = (code: string, lang: Lang) => word(OUTCOME, code, lang);

/** A step the agent tried and how it went (as the hand-off packet lists them), as words. */
export const stepTriedLabel = (step: string, result: string, lang: Lang) =>
  triedLabel(result ? `${step}: ${result}` : step, lang);

/** The words for a finding or cause code, when there are any (undefined for a code not named here). */
export const knownCauseLabel = (code: string, lang: Lang): string | undefined => CAUSE[code]?.[lang];

/** A step the agent tried and how it went: an action, a customer step or a message key. */
function triedLabel(entry: string, lang: Lang): string {
  const [step, ...rest] = entry.split(': ');
  const result = rest.join(': ');
  const what =
    step.includes('.') || step.includes(' ')
      ? humanize(step.split('.').at(-1) ?? step)
      : actionLabel(step, lang);
  if (!result) return RESULT[step]?.[lang] ?? what;
  const [head, ...detail] = result.split(': ');
  const how =
    RESULT[result]?.[lang] ??
    (RESULT[head] ? `${RESULT[head][lang]} (${humanize(detail.join(': '))})` : result);
  return `${what}: ${how}`;
}

/** "cause: step: result; step: result" as words; text that follows no such pattern stays as it is. */
export function reasonLabel(reason: string, lang: Lang): string {
  const runbook = /^runbook ([a-z][a-z0-9_]*)$/.exec(reason);
  if (runbook && CAUSE[runbook[1]])
    return `${lang === 'sv' ? 'Felsökning' : 'Runbook'}: ${causeLabel(runbook[1], lang)}`;
  const m = /^([a-z][a-z0-9_]*): (.+)$/.exec(reason);
  if (!m || !CAUSE[m[1]]) return RESULT[reason]?.[lang] ?? reason;
  return `${causeLabel(m[1], lang)}: ${m[2]
    .split('; ')
    .map((e) => triedLabel(e, lang))
    .join('; ')}`;
}
