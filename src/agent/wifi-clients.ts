// "hur många enheter är det som är anslutna nu?": the number of devices on the customer's Wi-Fi, as the
// desk's Wi-Fi probe last saw it (the router's associated-device table), said with its number — or, when
// the probe did not count them, that it cannot be seen from here.
import type { EngineState } from '../runbooks/engine.js';
import type { MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';

/** The answer to the question, and its text when the count is known. */
const ASKED: MessageKey = 'reply.connected_devices';
const COUNTED: MessageKey = 'reply.connected_devices.count';

/** Findings of the Wi-Fi probe that carry the count of connected devices, and where. */
const COUNT_IN: Record<string, (values: Record<string, unknown>) => unknown> = {
  'wifi.ok': (v) => v.clients,
};

/** Devices connected to the Wi-Fi at the latest Wi-Fi probe of the case, or null when unknown. */
export function wifiClients(state: Pick<EngineState, 'findings'> | null | undefined): number | null {
  const found = [...(state?.findings ?? [])].reverse().find((f) => f.code in COUNT_IN);
  const n = found ? COUNT_IN[found.code](found.evidence.values) : null;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * Says the connected-devices answer among `keys` with its count (first, as asked) and returns the other
 * keys, to be said as usual.
 */
export function sayClientCount(
  turn: Turn,
  keys: MessageKey[],
  state: Pick<EngineState, 'findings'> | null | undefined,
): MessageKey[] {
  if (!keys.includes(ASKED)) return keys;
  const n = wifiClients(state);
  if (n === null) turn.say(ASKED);
  else turn.say(COUNTED, { devices: String(n) });
  return keys.filter((k) => k !== ASKED);
}
