// "which channel are you moving it to?", "so what channel is it on now? 1, 6, 11?": the channel numbers the
// desk's own Wi-Fi check read — the crowded one it found, and the one the router is on after the change —
// as parameters for the texts that answer it (what_wifi_channel.<cause|action>).
import type { Finding } from '../domain/index.js';
import type { Params } from './messages/index.js';

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** `channelFrom` (the crowded channel found) and `channelTo` (where the router is now), when the checks read them. */
export function channelFacts(findings: readonly Finding[] | null | undefined): Params {
  const crowded = findings?.find((f) => f.code === 'wifi.channel_congested');
  if (!crowded) return {};
  const radio = num(crowded.evidence.values.radio) ?? 1;
  const from = num(crowded.evidence.values.channel);
  const ok = findings?.find((f) => f.code === 'wifi.ok');
  const radios = ok?.evidence.values.radios;
  const now = Array.isArray(radios)
    ? num((radios as { radio?: unknown; channel?: unknown }[]).find((r) => num(r.radio) === radio)?.channel)
    : null;
  return {
    ...(from !== null ? { channelFrom: from } : {}),
    ...(now !== null && now !== from ? { channelTo: now } : {}),
  };
}
