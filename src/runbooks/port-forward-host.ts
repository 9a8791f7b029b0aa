// A port forward to a device the customer names instead of giving its IP address ("port 25565. datorn
// heter SEBBES-PC, ip vet jag inte"): the router's host table (TR-181 Device.Hosts.Host.{i}.HostName /
// IPAddress) says where that device is, so the desk asks "SEBBES-PC at 192.168.1.23 — shall I open the
// port to it?" instead of sending the customer to look it up. What is still missing is asked for alone,
// and a customer who is looking the address up is waited for, not handed on.
import { P } from '../domain/index.js';
import { knownService, serviceOfPort } from '../triage/known-ports.js';
import { fold } from '../triage/normalize.js';

/** A device on the home network as the router lists it. */
export interface LanHost {
  name: string;
  ip: string;
}

const HOST_FIELD = /^Device\.Hosts\.Host\.(\d+)\.(HostName|IPAddress|Active)$/;
const HOME_IP = /^192\.168\.1\.(\d{1,3})$/;

/** A device on the home network, named or not (a device without a host name is still there). */
export interface HomeHost {
  name: string | null;
  ip: string;
}

/** The named, active devices of the host table (values as read from the router). */
export function lanHosts(values: readonly { path: string; value: string | number | boolean }[]): LanHost[] {
  return homeHosts(values).flatMap((h) => (h.name ? [{ name: h.name, ip: h.ip }] : []));
}

/** Every active device of the host table with an address on the home network, named or not. */
export function homeHosts(values: readonly { path: string; value: string | number | boolean }[]): HomeHost[] {
  const rows = new Map<string, { name?: string; ip?: string; active?: boolean }>();
  for (const v of values) {
    const m = HOST_FIELD.exec(v.path);
    if (!m) continue;
    const row = rows.get(m[1]) ?? {};
    if (m[2] === 'HostName') row.name = String(v.value).trim();
    else if (m[2] === 'IPAddress') row.ip = String(v.value).trim();
    else row.active = v.value !== false && v.value !== 'false' && v.value !== 0;
    rows.set(m[1], row);
  }
  return [...rows.values()].flatMap((r) =>
    r.ip && HOME_IP.test(r.ip) && r.active !== false ? [{ name: r.name || null, ip: r.ip }] : [],
  );
}

/** The object path the desk reads the host table with. */
export const HOSTS_PATH = P.hosts;

const words = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** [the customer's word for a kind of device, what such a device is called in a host table]. */
const KINDS: [RegExp, RegExp][] = [
  [/^(ps ?[345]|playstation\w*)$/, /\b(ps ?[345]|playstation\w*)\b/],
  [/^xbox/, /\bxbox\w*/],
  [/^(nintendo switch|switch)$/, /\b(switch|nintendo)\b/],
  [/^(tv|tvn)$/, /\b(tv|bravia|samsung tv|lg tv|androidtv|chromecast)\b/],
  [/^(nas\w*|synology|qnap)$/, /\b(nas|synology|qnap|diskstation|ds\d+)\b/],
  [/^(raspberry ?pi|raspberry|pi-?hole)$/, /\b(raspberry\w*|raspberrypi|pi|pihole)\b/],
  [/^(laptop\w*)$/, /\b(laptop\w*|macbook\w*)\b/],
  [/^(dator\w*|pc|computer|desktop|imac|mac ?mini)$/, /\b(pc|desktop|dator\w*|computer|imac|mac ?mini)\b/],
];

/**
 * The one host the customer means: one whose name they wrote ("SEBBES-PC", "living room tv"), else the
 * only one of the kind of device they named ("the ps5", "datorn"). Null when none or several fit.
 */
export function hostMeant(said: string, device: string | null, hosts: readonly LanHost[]): LanHost | null {
  const text = ` ${words(said)} `;
  const byName = hosts.filter((h) => {
    const name = words(h.name);
    return name.length >= 3 && text.includes(` ${name} `);
  });
  if (byName.length) return byName.length === 1 ? byName[0] : null;
  const kind = device ? KINDS.find(([word]) => word.test(words(device)))?.[1] : undefined;
  if (!kind) return null;
  const byKind = hosts.filter((h) => kind.test(words(h.name)));
  return byKind.length === 1 ? byKind[0] : null;
}

/** A name as routers list devices ("SEBBES-PC", "gamer-rig", "DESKTOP-4F2K"), not a word for a kind of device. */
export function looksLikeHostName(device: string): boolean {
  return /[A-Z]|[\p{L}\d]-[\p{L}\d]|\d/u.test(device) && !KINDS.some(([word]) => word.test(words(device)));
}

/** "how do I find the IP?", "wait, I'm looking", "vänta, jag kollar": the customer is getting it (folded). */
const LOOKING =
  /\b(hur (hittar|ser|tar) jag( reda pa)?|var (hittar|ser|star) (jag|man|den)|vart (hittar|ser)|how (do|can|would) (i|you) (find|get|see|check|look)|where (do|can) i (find|see|look)|what is (the|its|my) ip|vanta|vänta|wait|hold on|hang on|one (sec|second|moment|min)|let me (check|look|see|find)|i('ll| will) (check|look)|(ska|skall|jag) (kolla|titta|leta|se efter)|kollar|letar|tittar efter|looking|checking|searching)\b/;

export function lookingItUp(text: string): boolean {
  return LOOKING.test(fold(text));
}

/** "how do i find the ip of the ps5", "var ser jag den?": the customer asks how to find the address (folded). */
const HOW_TO_FIND =
  /\b(hur (hittar|ser|tar) jag|var (hittar|ser|star) (jag|man|den)|vart (hittar|ser)|how (do|can|would) (i|you)( even| actually)? (find|get|see|check|look)|where (do|can) i( even| actually)? (find|see|look|get)|what is (the|its|my) ip)\b/;

export function asksHowToFind(text: string): boolean {
  return HOW_TO_FIND.test(fold(text));
}

/** "i dont know the ip", "idk", "no idea", "vet inte", "ingen aning", "har ingen koll": the value is not known (folded). */
const DOES_NOT_KNOW =
  /\b((i )?(dont|don'?t|do not|didn'?t|did not) (know|remember|have a clue)|dunno|idk|no idea|not sure|no clue|clueless|unsure|(jag )?vet (inte|ej)|ingen aning|(har )?ingen koll|minns inte|kommer inte ihag|har inte koll)\b/;

/**
 * The customer does not know the address asked for: what they need is how to find it (or the router's list
 * of devices read for them), never the same question again.
 */
export function doesNotKnow(text: string): boolean {
  return DOES_NOT_KNOW.test(fold(text));
}

/** [the customer's word for a kind of device (folded), where that kind shows its IP: the message]. */
const IP_HELP: [RegExp, string][] = [
  [/\b(ps ?5|playstation ?5)/, 'reply.find_device_ip.ps5'],
  [/\b(ps ?4|playstation ?4)/, 'reply.find_device_ip.ps4'],
  [/\bxbox/, 'reply.find_device_ip.xbox'],
  [/\b(nintendo|switch)/, 'reply.find_device_ip.switch'],
  [/\b(mac|macbook\w*|imac)\b/, 'reply.find_device_ip.mac'],
  [/\b(pc\w*|dator\w*|computer|desktop|laptop\w*|windows)\b/, 'reply.find_device_ip.pc'],
  [/\b(mobil\w*|telefon\w*|phone|iphone|android|ipad|surfplatta\w*|tablet)\b/, 'reply.find_device_ip.phone'],
];

/** How to find the address on the device meant (the draft's device, else the one the question names). */
export function findIpMessage(device: string | null | undefined, said: string): string {
  const of = (s: string) => IP_HELP.find(([re]) => re.test(fold(s)))?.[1];
  return (device ? of(device) : undefined) ?? of(said) ?? 'reply.find_device_ip';
}

type Draft = { port: number | null; ip: string | null; service?: string | null } | undefined;

/** Which part of a port forward is still to be asked for: the message of the question. */
export function portForwardAskMessage(draft: Draft): string {
  // "whatever cod needs": the game's published port is offered, and only the device asked for.
  if (draft?.port && !draft.ip && draft.service) return 'ask.config.port_forward.need_ip.service';
  if (draft?.port && !draft.ip) return 'ask.config.port_forward.need_ip';
  if (!draft?.port && draft?.ip) return 'ask.config.port_forward.need_port';
  return 'ask.config.port_forward';
}

/** The question while the customer looks the address up: said once how to find it, the rest kept or still asked. */
export function waitingMessage(port: number | null, how: boolean): string {
  if (!port) return 'ask.config.port_forward.waiting.no_port';
  return how ? 'ask.config.port_forward.waiting.how' : 'ask.config.port_forward.waiting';
}

/** How a protocol is written to the customer ("UDP"); a forward without one is opened as TCP. */
export function protocolLabel(protocol: 'tcp' | 'udp' | 'both' | null | undefined): string {
  return protocol === 'both' ? 'TCP/UDP' : (protocol ?? 'tcp').toUpperCase();
}

/** The port or range as told ("3074", "3478–3480"). */
export function portLabel(rule: { port: number; portEnd?: number | null }): string | number {
  return rule.portEnd && rule.portEnd > rule.port ? `${rule.port}–${rule.portEnd}` : rule.port;
}

/** The router itself: where the forward is made, never where it goes ("open a port on my router"). */
const THE_ROUTER = /^(router|routern|routerns|modem|modemet|box|boxen|wi-?fi|wifit|network|natverket)$/i;
/** A Swedish device word in its definite form, after "din" read as the bare word ("datorn" → "dator"). */
const SWEDISH_DEFINITE =
  /^(dator|server|kamera|konsol|spelkonsol|laptop|skrivare|maskin|burk|surfplatta)(n|en)$/i;

/** The customer's word for the device as it reads in a sentence ("ps5" → "PS5", "datorn" → "dator"). */
function deviceLabel(device: string | null | undefined): string | null {
  // A bare address octet is no device, nor the game's own name ("minecraft"): the service says it.
  if (!device || /^\d+$/.test(device) || knownService(device) || THE_ROUTER.test(device)) return null;
  if (/^(ps ?\d|nas|tv|pc)$/i.test(device)) return device.replace(/\s/g, '').toUpperCase();
  return device.replace(SWEDISH_DEFINITE, '$1');
}

/**
 * The permission question of a port forward names the rule: protocol, port, address and the device
 * ("May I forward UDP port 3074 to 192.168.1.23 (your PS5)?"), after the game's port when it was offered.
 */
export function portForwardConsent(
  rule: { port: number; protocol: 'tcp' | 'udp' | 'both'; ip: string; portEnd?: number },
  draft: { device?: string | null; service?: string | null } | undefined,
): { message: string; params: Record<string, string | number> } {
  const device = deviceLabel(draft?.device);
  // "Minecraft uses TCP port 25565" only while the rule is the game's own: after "25566, udp too" it is not.
  const own = serviceOfPort(draft?.service);
  const service =
    own && own.port === rule.port && own.protocol === rule.protocol && !rule.portEnd ? own.name : null;
  const base = service ? 'consent.port_forward_add.service' : 'consent.port_forward_add.rule';
  return {
    message: device ? `${base}_device` : base,
    params: {
      port: portLabel(rule),
      protocol: protocolLabel(rule.protocol),
      ip: rule.ip,
      ...(device ? { device } : {}),
      ...(service ? { service } : {}),
    },
  };
}

/** What is told when the forward is in place: the rule itself, and that the router keeps it. */
export function portForwardDone(
  rule: { port: number; protocol: 'tcp' | 'udp' | 'both'; ip: string; portEnd?: number },
  draft: { device?: string | null } | undefined,
): { key: string; params: Record<string, string | number> } {
  const device = deviceLabel(draft?.device);
  return {
    key: device ? 'done.port_forward_add.rule_device' : 'done.port_forward_add.rule',
    params: {
      port: portLabel(rule),
      protocol: protocolLabel(rule.protocol),
      ip: rule.ip,
      ...(device ? { device } : {}),
    },
  };
}
