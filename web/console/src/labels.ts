// Codes (statuses, queues, actions, channels, intents, consents, evidence names) as words in the
// console's language. Unknown codes fall back to a readable form of the code itself.
import { evidenceName } from './evidence-labels.js';
import type { Lang } from './i18n.js';

type Table = Record<string, { sv: string; en: string }>;

const STATUS: Table = {
  new: { sv: 'Ny', en: 'New' },
  open: { sv: 'Öppen', en: 'Open' },
  pending_customer: { sv: 'Väntar på kund', en: 'Waiting for customer' },
  pending_internal: { sv: 'Väntar internt', en: 'Waiting internally' },
  escalated: { sv: 'Eskalerad', en: 'Escalated' },
  resolved: { sv: 'Löst', en: 'Resolved' },
  closed: { sv: 'Stängd', en: 'Closed' },
  withdrawn: { sv: 'Återkallad', en: 'Withdrawn' },
};

const QUEUE: Table = {
  live: { sv: 'Pågående samtal', en: 'Live conversations' },
  agents: { sv: 'Kundtjänst', en: 'Agents' },
  tier2: { sv: 'Tier 2', en: 'Tier 2' },
  noc: { sv: 'Driftcentral (NOC)', en: 'Network operations (NOC)' },
  field: { sv: 'Fälttekniker', en: 'Field technicians' },
  billing: { sv: 'Fakturering', en: 'Billing' },
  sales: { sv: 'Försäljning', en: 'Sales' },
  security: { sv: 'Säkerhet', en: 'Security' },
};

const ACTION: Table = {
  cpe_reboot: { sv: 'Starta om routern', en: 'Restart the router' },
  cpe_factory_reset: { sv: 'Fabriksåterställ routern', en: 'Factory-reset the router' },
  cpe_firmware_upgrade: { sv: 'Uppdatera routerns programvara', en: 'Update the router firmware' },
  wifi_password_change: { sv: 'Byt wifi-lösenord', en: 'Change the Wi-Fi password' },
  wifi_ssid_change: { sv: 'Byt wifi-namn', en: 'Change the Wi-Fi name' },
  wifi_channel_change: { sv: 'Byt wifi-kanal', en: 'Change the Wi-Fi channel' },
  wifi_radio_enable: { sv: 'Slå på wifi', en: 'Turn Wi-Fi on' },
  dns_reset: { sv: 'Återställ DNS', en: 'Reset DNS' },
  pppoe_credentials_resync: { sv: 'Synka inloggningsuppgifter (PPPoE)', en: 'Resync login details (PPPoE)' },
  admin_password_change: { sv: 'Byt routerns adminlösenord', en: 'Change the router admin password' },
  port_forward_add: { sv: 'Lägg till portvidarebefordran', en: 'Add a port forward' },
  account_unlock: { sv: 'Lås upp kundportalkontot', en: 'Unlock the customer-portal account' },
  account_password_reset: {
    sv: 'Återställ lösenordet till kundportalen',
    en: 'Reset the customer-portal password',
  },
};

const CHANNEL: Table = {
  chat: { sv: 'Chatt', en: 'Chat' },
  email: { sv: 'E-post', en: 'E-mail' },
  voice: { sv: 'Telefon', en: 'Phone' },
  api: { sv: 'API', en: 'API' },
  console: { sv: 'Konsol', en: 'Console' },
};

const PRIORITY: Table = {
  P1: { sv: 'P1 – kritisk', en: 'P1 – critical' },
  P2: { sv: 'P2 – hög', en: 'P2 – high' },
  P3: { sv: 'P3 – normal', en: 'P3 – normal' },
  P4: { sv: 'P4 – låg', en: 'P4 – low' },
};

const INTENT: Table = {
  no_connection: { sv: 'Inget internet', en: 'No connection' },
  slow_speed: { sv: 'Låg hastighet', en: 'Slow speed' },
  intermittent: { sv: 'Avbrott ibland', en: 'Intermittent drops' },
  sites_unreachable: { sv: 'Sidor går inte att nå', en: 'Sites unreachable' },
  wifi_problem: { sv: 'Wifi-problem', en: 'Wi-Fi problem' },
  wifi_password: { sv: 'Wifi-lösenord', en: 'Wi-Fi password' },
  router_config: { sv: 'Routerinställningar', en: 'Router settings' },
  router_reset: { sv: 'Återställa router', en: 'Router reset' },
  firmware_update: { sv: 'Programvaruuppdatering', en: 'Firmware update' },
  login_problem: { sv: 'Inloggningsproblem', en: 'Login problem' },
  password_reset: { sv: 'Återställa lösenord', en: 'Password reset' },
  outage_check: { sv: 'Driftstörning?', en: 'Outage check' },
  billing: { sv: 'Faktura', en: 'Billing' },
  account_change: { sv: 'Ändra abonnemang', en: 'Account change' },
  human_agent: { sv: 'Vill prata med en person', en: 'Asked for a person' },
  other: { sv: 'Övrigt', en: 'Other' },
};

const CONSENT: Table = {
  'consent.reboot': { sv: 'omstart av routern', en: 'restarting the router' },
  'consent.factory_reset': { sv: 'fabriksåterställning', en: 'a factory reset' },
  'consent.firmware_update': { sv: 'programvaruuppdatering', en: 'a firmware update' },
  'consent.wifi_change': { sv: 'ändring av wifi', en: 'changing the Wi-Fi' },
  'consent.config_change': { sv: 'ändring av routerns inställningar', en: 'changing router settings' },
};

const ACTOR: Table = {
  customer: { sv: 'Kund', en: 'Customer' },
  bot: { sv: 'Boten', en: 'Bot' },
  staff: { sv: 'Personal', en: 'Staff' },
  system: { sv: 'Systemet', en: 'System' },
};

const SEVERITY: Table = {
  ok: { sv: 'OK', en: 'OK' },
  warn: { sv: 'Varning', en: 'Warning' },
  fault: { sv: 'Fel', en: 'Fault' },
};

/** A code as words: `pending_customer` → "pending customer", `rxDbm` → "rx dbm". */
export function humanize(code: string): string {
  return code
    .replace(/^[a-z]+\./, (m) => m.replace('.', ': '))
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
}

const lookup = (table: Table) => (code: string | null | undefined, lang: Lang) =>
  code ? (table[code]?.[lang] ?? humanize(code)) : '–';

export const statusLabel = lookup(STATUS);
export const queueLabel = lookup(QUEUE);
export const actionLabel = lookup(ACTION);
export const channelLabel = lookup(CHANNEL);
export const priorityLabel = lookup(PRIORITY);
export const intentLabel = lookup(INTENT);
export const consentLabel = lookup(CONSENT);

/** A case closed at the customer's word (never asked for, no longer needed): it has no team and no outcome of one. */
export const isWithdrawn = (tk: { disposition: string | null }) => !!tk.disposition?.startsWith('withdrawn.');

/** The status a ticket is shown with: "Withdrawn" for a withdrawn case, never the "Resolved" of a fixed one. */
export const ticketStatusLabel = (tk: { status: string; disposition: string | null }, lang: Lang) =>
  statusLabel(isWithdrawn(tk) ? 'withdrawn' : tk.status, lang);

/** The queue a ticket is shown in: its team; none for a withdrawn case; `live` for the agent's own conversations. */
export const ticketQueueLabel = (
  tk: { queue: string | null; disposition: string | null },
  lang: Lang,
  live: string,
) => (tk.queue ? queueLabel(tk.queue, lang) : isWithdrawn(tk) ? '–' : live);

export const actorLabel = lookup(ACTOR);
export const severityLabel = lookup(SEVERITY);

/** Unit suffixes of evidence names, longest first: `rxDbm` is in dBm, `downMbps` in Mbit/s. */
const UNITS: [RegExp, string][] = [
  [/Mbps$/, 'Mbit/s'],
  [/Dbmv$/, 'dBmV'],
  [/Kbps$/, 'kbit/s'],
  [/Dbm$/, 'dBm'],
  [/Db$/, 'dB'],
  [/Ms$/, 'ms'],
  [/Sec(onds)?$/, 's'],
  [/Pct$|Percent$/, '%'],
  [/Mhz$/, 'MHz'],
  [/Hours$/, 'h'],
  [/Minutes$/, 'min'],
  [/(?<=[a-z])S$/, 's'],
];

/** An evidence entry as a label and a value with its unit. */
export function evidenceEntry(key: string, value: unknown, lang: Lang): { label: string; value: string } {
  let unit = '';
  let name = key;
  for (const [re, u] of UNITS) {
    if (re.test(key)) {
      unit = u;
      name = key.replace(re, '');
      break;
    }
  }
  const fmt = (v: unknown): string => {
    if (v === null || v === undefined) return '–';
    if (typeof v === 'boolean') return lang === 'sv' ? (v ? 'ja' : 'nej') : v ? 'yes' : 'no';
    if (typeof v === 'number')
      return v.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 });
    if (Array.isArray(v)) return v.map(fmt).join(', ');
    if (typeof v === 'object')
      return Object.entries(v as Record<string, unknown>)
        .map(([k, x]) => `${evidenceName(k, lang) ?? humanize(k)}: ${fmt(x)}`)
        .join(', ');
    return String(v);
  };
  const label = evidenceName(name, lang) ?? humanize(name);
  const hasValue = value !== null && value !== undefined;
  return {
    label: label.charAt(0).toUpperCase() + label.slice(1),
    value: unit && hasValue ? `${fmt(value)} ${unit}` : fmt(value),
  };
}
