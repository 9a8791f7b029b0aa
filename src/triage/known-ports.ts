import { fold } from './normalize.js';

// The ports of well-known games and home servers, from their makers' published lists, so that a
// customer who says "whatever cod needs" is offered the port instead of being asked for it again.
// One rule is opened (the game's own port); `also` names the others the maker lists, told as they are.

export interface KnownService {
  /** The name as the customer reads it. */
  name: string;
  port: number;
  protocol: 'tcp' | 'udp';
  /** Other ports the maker lists beside it ("UDP 3478–3479"), told, not opened. */
  also?: string;
}

/** [what the customer calls it (folded text), the service]. Sources: the makers' support pages. */
const KNOWN_SERVICES: [RegExp, KnownService][] = [
  // Activision support, "Ports used for Call of Duty games" (console: UDP 3074, PSN UDP 3478–3479).
  [
    /\b(cod|call of duty|warzone|black ops|modern warfare|mw[23]|bo[67])\b/,
    { name: 'Call of Duty', port: 3074, protocol: 'udp', also: 'UDP 3478–3479' },
  ],
  // Minecraft Bedrock Edition's default server port (before Java: "minecraft bedrock" names both).
  [
    /\bminecraft (bedrock|pe|pocket)\b|\bbedrock (server|edition)\b/,
    { name: 'Minecraft Bedrock', port: 19132, protocol: 'udp' },
  ],
  // Minecraft Java Edition's default server port (server.properties: server-port=25565).
  [/\bminecraft\w*\b/, { name: 'Minecraft', port: 25565, protocol: 'tcp' }],
  // Plex Media Server's remote access port.
  [/\bplex\w*\b/, { name: 'Plex', port: 32400, protocol: 'tcp' }],
  // WireGuard's conventional ListenPort.
  [/\bwireguard\w*\b/, { name: 'WireGuard', port: 51820, protocol: 'udp' }],
  // OpenVPN's IANA-registered port.
  [/\bopenvpn\b/, { name: 'OpenVPN', port: 1194, protocol: 'udp' }],
  // TeamSpeak 3's default voice port.
  [/\bteamspeak\w*\b|\bts3\b/, { name: 'TeamSpeak', port: 9987, protocol: 'udp' }],
];

/** The well-known game or server the text names ("whatever cod needs", "min plexserver"), if any. */
export function knownService(text: string): KnownService | null {
  const t = fold(String(text ?? '').slice(0, 1000));
  return KNOWN_SERVICES.find(([re]) => re.test(t))?.[1] ?? null;
}

/** The service of the table that uses this port and protocol, if it is one of them. */
export function serviceOfPort(name: string | null | undefined): KnownService | null {
  return name ? (KNOWN_SERVICES.find(([, s]) => s.name === name)?.[1] ?? null) : null;
}
