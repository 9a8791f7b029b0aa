import { knownService } from './known-ports.js';
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
}

const IPV4 = /(?<![\d.])((?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d))(?![\d.]*\d)/;
const KNOWN_DEVICE =
  /\b(playstation ?\d?|ps[345]|xbox(?: series [xs]| one)?|nintendo switch|switch|nas\w*|synology|qnap|plex\w*|jellyfin\w*|emby|home ?assistant|homeassistant|wireguard\w*|openvpn|vpn-?server|vpn|raspberry ?pi|raspberry|pi-?hole|nvr|minecraft\w*|valheim|rust-?server|teamspeak|spelkonsol\w*|console|konsol\w*|kamera\w*|camera\w*|server\w*|dator\w*|pc|laptop\w*|datorn|tv|mac ?mini|imac)\b/;
/** "till min plexserver", "to my wireguard box", "for the camera": the words after a possessive. */
const DEVICE_AFTER_POSSESSIVE =
  /\b(?:till|mot|for|pa|to|for|on|at|towards)\s+(?:min|mitt|mina|var|vart|my|our|the)\s+([a-z][\w-]*(?:\s(?:box|server|burk|dator|maskin|machine|pc|nas|station|konsol|console))?)/;
const PORT_CUES = [
  /\bport(?:en|ar|arna|s)?\s*(?:nummer|number|nr|no)?\s*[:#]?\s*(\d{1,5})\b/,
  /\b(?:tcp|udp)\s*(?:port\s*)?[:/]?\s*(\d{1,5})\b/,
  /\b(\d{1,5})\s*[/-]?\s*(?:tcp|udp)\b/,
  /\b(?:fo?r?wa?rd\w*|portforward\w*|oppna|open|vidarebefordra|unblock|allow)\s+(?:upp\s+)?(?:port\s+)?(\d{1,5})\b/,
  /(?<![\d.:,/-])(\d{2,5})(?![\d:/]|[.,]\d|\s?(?:kr|sek|mbit|mbps|kbit|gbit|ms|%|st\b|gb|mb|kb|m\b|km|ar\b|years))/,
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
  for (const re of PORT_CUES) {
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
  // "datorn heter SEBBES-PC": the device's own name is what the router lists.
  const named = deviceNameSaid(String(text ?? '').slice(0, 1000));
  let device: string | null =
    named ?? KNOWN_DEVICE.exec(rest)?.[1] ?? DEVICE_AFTER_POSSESSIVE.exec(rest)?.[1] ?? null;
  const known = device && !named ? DEVICE_AFTER_POSSESSIVE.exec(rest)?.[1] : undefined;
  // Prefer the customer's own fuller name when it contains the known word ("wireguard box").
  if (device && known && known.includes(device) && known.length > device.length) device = known;
  const lastOctet = /(?:ending in|slutar pa|(?<![\w])\.)\s?(\d{1,3})\b(?!\.)/.exec(rest)?.[1];
  if (!ip && !device && lastOctet && Number(lastOctet) <= 254 && Number(lastOctet) !== port)
    device = lastOctet;
  // "whatever cod needs": the port of a well-known game or server, unless the customer gave another.
  const service = knownService(rest);
  if (service && port === null)
    return { port: service.port, protocol: protocol ?? service.protocol, ip, device, service: service.name };
  if (service && port === service.port) return { port, protocol, ip, device, service: service.name };
  return { port, protocol, ip, device, service: null };
}
