import { knownService, serviceOfPort } from './known-ports.js';
import { fold } from './normalize.js';

// A port-forward request in many phrasings: "forward 3074 to my xbox", "kan ni öppna 32400 mot
// min plexserver på 192.168.1.20", "need UDP 51820 forwarded to my wireguard box".

export interface PortForwardRequest {
  port: number | null;
  protocol: 'tcp' | 'udp' | 'both' | null;
  ip: string | null;
  /** What the port goes to, in the customer's words ("xbox", "plexserver", "wireguard box"), or a last IP octet. */
  device: string | null;
  /** The well-known game or server whose port was taken from the table ("whatever cod needs"). */
  service?: string | null;
  /** The last port of a range ("3478-3480", "3478, 3479 och 3480"): `port` is the first. */
  portEnd?: number | null;
  /** Ports written that no rule can hold ("3480-3478", "1-65535", "70000"), as written. */
  badPorts?: string | null;
  /** "can you do udp too?", "tcp också", "not just udp": the protocol comes beside the one already asked for. */
  protocolAdded?: boolean;
}

/** "udp too", "also udp", "tcp också", "även udp", "not just udp, tcp too" (folded text). */
const PROTOCOL_ADDED =
  /\b(?:tcp|udp)\b[^.?!,;]{0,12}\b(?:too|also|as well|aswell|ocksa|aven|med|dessutom|in addition)\b|\b(?:also|plus|add|ocksa|aven|dessutom|lagg till|not (?:just|only)|inte bara)\b[^.?!,;]{0,12}\b(?:tcp|udp)\b/;

/**
 * The protocol of a rule after the customer's words: one "added" ("udp too") beside the one already asked
 * for opens both; otherwise what was said replaces it. A rule without one is opened as TCP.
 */
export function withProtocol(
  before: 'tcp' | 'udp' | 'both' | null | undefined,
  said: Pick<PortForwardRequest, 'protocol' | 'protocolAdded'>,
): 'tcp' | 'udp' | 'both' | null {
  if (!said.protocol) return before ?? null;
  if (said.protocolAdded && said.protocol !== 'both' && (before ?? 'tcp') !== said.protocol) return 'both';
  return said.protocol;
}

/** The most ports one forward opens (one router rule per port and protocol). */
export const MAX_PORT_RANGE = 16;

/** "3478-3480", "3478–3480", "3478 till 3480", "3478 to 3480" (folded text). */
const RANGE =
  /(?<![\d.])(\d{1,6})\s*(?:-|–|—|\.\.|till|to|through|thru)\s*(\d{1,6})(?![\d.]|\s?(?:kr|sek|mbit|mbps|ms|%))/;
/** "3478, 3479 och 3480", "3478/3479/3480": a list of ports. */
const LIST = /(?<![\d.])(\d{2,5}(?:\s*(?:,|\/|och|and|&|\+)\s*\d{2,5})+)(?![\d.])/;

const PORT_WORDS = /\b(port\w*|tcp|udp|oppna|open|forward\w*|vidarebefordr\w*)\b/;
/** "port 70000": a port past the last one there is. */
const PAST_LAST = /\b(?:port\w*|tcp|udp)\s*(?:nummer |number |nr )?(\d{5,})\b/;

/**
 * The range of ports written in `t` (folded): first and last, or what was written when no rule can hold
 * it (a range backwards, past 65535 or wider than MAX_PORT_RANGE). Null when none is written.
 */
export function portRange(t: string): { first: number; last: number } | { bad: string } | null {
  const r = RANGE.exec(t);
  const list = r ? null : LIST.exec(t);
  const ports = r
    ? [Number(r[1]), Number(r[2])]
    : list
      ? list[1].split(/\s*(?:,|\/|och|and|&|\+)\s*/).map(Number)
      : null;
  if (!ports) return null;
  // "kl 18-20", "5-10 min": small numbers are a range of ports only where ports are spoken of.
  if (!PORT_WORDS.test(t) && ports.some((p) => p < 1000)) return null;
  const written = (r ?? list)![0].trim();
  const first = Math.min(...ports);
  const last = Math.max(...ports);
  // A list is the range it spans only when it has no gaps ("3478, 3479, 3480"); "443 and 80" is no range.
  if (!r && last - first + 1 !== new Set(ports).size) return null;
  const backwards = !!r && ports[0] > ports[1];
  if (first < 1 || last > 65535 || backwards || last - first + 1 > MAX_PORT_RANGE) return { bad: written };
  return { first, last };
}

const IPV4 = /(?<![\d.])((?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d))(?![\d.]*\d)/;
const KNOWN_DEVICE =
  /\b(playstation ?\d?|ps[345](?:an|n)?|xbox(?:en)?(?: series [xs]| one)?|nintendo switch|switch(?:en)?|nas\w*|synology|qnap|plex\w*|jellyfin\w*|emby|home ?assistant|homeassistant|wireguard\w*|openvpn|vpn-?server|vpn|raspberry ?pi|raspberry|pi-?hole|nvr|minecraft\w*|valheim|rust-?server|teamspeak|spelkonsol\w*|console|konsol\w*|kamera\w*|camera\w*|server\w*|dator\w*|pc|laptop\w*|datorn|tv|mac ?mini|imac)\b/;
/** "till min plexserver", "to my wireguard box", "for the camera": the words after a possessive. */
const DEVICE_AFTER_POSSESSIVE =
  /\b(?:till|mot|for|pa|to|for|on|at|towards)\s+(?:min|mitt|mina|var|vart|my|our|the)\s+([a-z][\w-]*(?:\s(?:box|server|burk|dator|maskin|machine|pc|nas|station|konsol|console))?)/;
const PORT_CUES = [
  /\bport(?:en|ar|arna|s)?\s*(?:nummer|number|nr|no)?\s*[:#]?\s*(\d{1,5})\b/,
  /\b(?:tcp|udp)\s*(?:port\s*)?[:/]?\s*(\d{1,5})\b/,
  /\b(\d{1,5})\s*[/-]?\s*(?:tcp|udp)\b/,
  /\b(?:fo?r?wa?rd\w*|portforward\w*|oppna|open|vidarebefordra|unblock|allow)\s+(?:upp\s+)?(?:port\s+)?(\d{1,5})\b/,
  // (never a product's version or a count: "a windows 11 pc", "iphone 15", "room 12", "kl 17")
  /(?<![\d.:,/-])(?<!\b(?:windows|win|ios|android|macos|iphone|ipad|galaxy|pixel|xbox|office|version|ver|firmware|wifi|wi-fi|room|rum|floor|vaning|klockan|kl|at|number|nummer|nr)\s?)(\d{2,5})(?![\d:/]|[.,]\d|\s?(?:kr|sek|mbit|mbps|kbit|gbit|ms|%|st\b|gb|mb|kb|m\b|km|ar\b|years))/,
];

/** The name the customer gave the device ("datorn heter SEBBES-PC", "it's called gamer-rig"), if any. */
export function deviceNameSaid(text: string): string | null {
  const cued =
    /\b(?:heter|kallas|called|named|name is|namnet (?:är|ar))\s+["'“”]?([\p{L}\d][\p{L}\d._-]{1,30})/iu.exec(
      text,
    );
  if (cued && !/^(?:something|nagot|något|like|typ|the|den|det)$/i.test(cued[1])) return cued[1];
  // A name written the way routers list them: capitals with a hyphen ("SEBBES-PC", "DESKTOP-4F2K").
  return /(?<![\p{L}\d-])(\p{Lu}[\p{Lu}\d]*-[\p{Lu}\d-]*[\p{Lu}\d])(?![\p{L}\d-])/u.exec(text)?.[1] ?? null;
}

function validPort(s: string | undefined): number | null {
  const n = Number(s);
  return s && n >= 1 && n <= 65535 ? n : null;
}

export function parsePortForward(text: string): PortForwardRequest {
  const t = fold(String(text ?? '').slice(0, 1000)).replace(/\s+/g, ' ');
  const ip = IPV4.exec(t)?.[1] ?? null;
  const rest = ip ? t.replace(ip, ' ') : t;
  let port: number | null = null;
  // "udp 3478-3480": a range is its first port and its last; one that no rule can hold is said so.
  const range = portRange(rest);
  const past = PAST_LAST.exec(rest);
  if (past && Number(past[1]) > 65535)
    return { port: null, protocol: null, ip, device: null, service: null, badPorts: past[1] };
  if (range && 'bad' in range)
    return { port: null, protocol: null, ip, device: null, service: null, badPorts: range.bad };
  const portEnd = range && range.last > range.first ? range.last : null;
  if (range) port = range.first;
  for (const re of range ? [] : PORT_CUES) {
    port = validPort(re.exec(rest)?.[1]);
    if (port !== null) break;
  }
  const tcp = /\btcp\b/.test(t);
  const udp = /\budp\b/.test(t);
  const protocol =
    (tcp && udp) || /\b(bada|both|tcp ?(\/|och|and|\+|&) ?udp)\b/.test(t)
      ? 'both'
      : tcp
        ? 'tcp'
        : udp
          ? 'udp'
          : null;
  const protocolAdded = protocol !== null && protocol !== 'both' && PROTOCOL_ADDED.test(t);
  const added = protocolAdded ? { protocolAdded } : {};
  // "datorn heter SEBBES-PC": the device's own name is what the router lists.
  const named = deviceNameSaid(String(text ?? '').slice(0, 1000));
  // "ps5an", "xboxen": the Swedish definite form is the device itself.
  const kind = KNOWN_DEVICE.exec(rest)?.[1]?.replace(/^(ps[345])(?:an|n)$|^(xbox|switch)en$/, '$1$2');
  let device: string | null = named ?? kind ?? DEVICE_AFTER_POSSESSIVE.exec(rest)?.[1] ?? null;
  const known = device && !named ? DEVICE_AFTER_POSSESSIVE.exec(rest)?.[1] : undefined;
  // Prefer the customer's own fuller name when it contains the known word ("wireguard box").
  if (device && known && known.includes(device) && known.length > device.length) device = known;
  const lastOctet = /(?:ending in|slutar pa|(?<![\w])\.)\s?(\d{1,3})\b(?!\.)/.exec(rest)?.[1];
  if (!ip && !device && lastOctet && Number(lastOctet) <= 254 && Number(lastOctet) !== port)
    device = lastOctet;
  // "whatever cod needs": the port of a well-known game or server, unless the customer gave another.
  const service = knownService(rest);
  if (service && port === null)
    return {
      port: service.port,
      protocol: protocol ?? service.protocol,
      ip,
      device,
      service: service.name,
      ...added,
    };
  if (service && port === service.port && !portEnd)
    return { port, protocol, ip, device, service: service.name, ...added };
  return { port, protocol, ip, device, service: null, ...(portEnd ? { portEnd } : {}), ...added };
}

/** A forward rule as made on the router. */
export interface ForwardRule {
  port: number;
  protocol: 'tcp' | 'udp' | 'both';
  ip: string;
  portEnd?: number;
}

/** "open them too", "kan du öppna dom med?", "the other ones as well": more of the same, no ports named. */
const THOSE_TOO =
  /\b(oppna|open|forward|vidarebefordra|lagg till|add|fixa|do)\b[^.?!]{0,20}\b(dom|dem|de|them|those|the others?|de andra|dom andra|ovriga|resten|the rest)\b/;
/** A request, not a remark: something is to be opened (or added), or "too/also" asks for more. */
const ASKS_MORE =
  /\b(oppna\w*|open\w*|forward\w*|vidarebefordr\w*|lagg till|add|kan (du|ni)|can (you|u)|could (you|u)|ocksa|aven|med\b|too|also|as well|port\w*|tcp|udp)\b/;

/**
 * More ports asked for beside a forward already made (`prior`, for the game `service`): the rule asked for
 * (other ports, the game's other published ports after "open them too", or the protocol added to the same
 * ports: "I still want TCP too"), ports no rule can hold as written, or null when the message asks for none.
 */
export function morePortsRule(
  text: string,
  prior: ForwardRule & { service?: string | null },
): { rule: ForwardRule } | { bad: string } | null {
  const t = fold(String(text ?? '').slice(0, 1000));
  const pf = parsePortForward(text);
  if (pf.badPorts) return { bad: pf.badPorts };
  const samePorts = !pf.ip && (!pf.port || (pf.port === prior.port && !pf.portEnd));
  if (pf.protocolAdded && pf.protocol && pf.protocol !== 'both' && samePorts) {
    if (prior.protocol === 'both' || prior.protocol === pf.protocol) return null;
    const { port, ip, portEnd } = prior;
    return { rule: { port, protocol: pf.protocol, ip, ...(portEnd ? { portEnd } : {}) } };
  }
  const also = serviceOfPort(prior.service)?.also;
  const named = pf.port && ASKS_MORE.test(t) ? pf : also && THOSE_TOO.test(t) ? parsePortForward(also) : null;
  if (!named?.port || (named.port === prior.port && !named.portEnd && !pf.ip)) return null;
  return {
    rule: {
      port: named.port,
      protocol: pf.protocol ?? named.protocol ?? prior.protocol,
      ip: pf.ip ?? prior.ip,
      ...(named.portEnd ? { portEnd: named.portEnd } : {}),
    },
  };
}
