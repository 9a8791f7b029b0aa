// "hur många enheter är det som är anslutna nu?", "can you see which devices are connected?": the devices
// the router lists on the home network (its host table, read now) by name and number; else the number the
// desk's Wi-Fi probe saw (the router's associated-device table); or, when the router reports neither, that
// it cannot be seen from here. Asked again, it is said in other words, never the same text twice.
import type { EngineState } from '../runbooks/engine.js';
import type { HomeHost } from '../runbooks/port-forward-host.js';
import type { Language } from '../domain/index.js';
import type { MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';

/** The answer to the question, asked again, and its texts when the devices or their count are known. */
const ASKED: MessageKey = 'reply.connected_devices';
const ASKED_AGAIN: MessageKey = 'reply.connected_devices.again';
const COUNTED: MessageKey = 'reply.connected_devices.count';
const LISTED: MessageKey = 'reply.connected_devices.list';
const LISTED_AGAIN: MessageKey = 'reply.connected_devices.list.again';

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

/** Whether `keys` hold the connected-devices answer (first asked, or asked again). */
export function asksConnectedDevices(keys: readonly MessageKey[]): boolean {
  return keys.includes(ASKED) || keys.includes(ASKED_AGAIN);
}

/** The devices as the customer reads them: their names, and those without one counted. */
function deviceNames(hosts: readonly HomeHost[], lang: Language): string {
  const named = [...new Set(hosts.flatMap((h) => (h.name ? [h.name] : [])))];
  const unnamed = hosts.length - hosts.filter((h) => h.name).length;
  const rest =
    unnamed === 0
      ? []
      : [
          lang === 'sv'
            ? `${unnamed} ${unnamed === 1 ? 'enhet' : 'enheter'} utan namn`
            : `${unnamed} ${unnamed === 1 ? 'device' : 'devices'} without a name`,
        ];
  return [...named, ...rest].join(', ');
}

/**
 * Says the connected-devices answer among `keys` — with the devices the router lists (`hosts`), or the
 * count the Wi-Fi probe saw — first, as asked, and returns the other keys, to be said as usual.
 */
export function sayClientCount(
  turn: Turn,
  keys: MessageKey[],
  state: Pick<EngineState, 'findings'> | null | undefined,
  hosts: readonly HomeHost[] | null = null,
): MessageKey[] {
  if (!asksConnectedDevices(keys)) return keys;
  const again = keys.includes(ASKED_AGAIN);
  const n = wifiClients(state);
  if (hosts?.length)
    turn.say(again ? LISTED_AGAIN : LISTED, {
      count: String(hosts.length),
      names: deviceNames(hosts, turn.language),
    });
  else if (n === null) turn.say(again ? ASKED_AGAIN : ASKED);
  else turn.say(COUNTED, { devices: String(n) });
  return keys.filter((k) => k !== ASKED && k !== ASKED_AGAIN);
}
