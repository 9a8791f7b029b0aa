// A request carried out (a new admin password, a renamed network, a port opened) is not a repair:
// "does it work now?" and "glad it works again" do not fit when nothing was broken.
import type { ActionName } from '../domain/index.js';
import type { EngineOutput } from '../runbooks/engine.js';
import type { MessageKey } from './messages/index.js';

const REQUEST_ACTIONS: ReadonlySet<string> = new Set<ActionName>([
  'admin_password_change',
  'wifi_ssid_change',
  'wifi_password_change',
  'port_forward_add',
  'account_password_reset',
]);
const FIX_ACTIONS = /^(cpe_|wifi_channel|wifi_radio|dns_|pppoe_)/;

/** The "is it done?" question for an output whose only change was a request carried out. */
export function confirmMessage(out: EngineOutput): MessageKey | undefined {
  if (out.ask?.key !== 'resolution.confirm' || out.ask.message) return undefined;
  const done = out.says.flatMap((s) => ('key' in s && s.key.startsWith('done.') ? [s.key.slice(5)] : []));
  return done.length > 0 && done.every((a) => REQUEST_ACTIONS.has(a))
    ? 'ask.resolution.confirm.request'
    : undefined;
}

/** Every change that worked in the case was a request carried out, none a repair. */
export function onlyRequestsDone(tried: readonly { step: string; result: string }[] | undefined): boolean {
  const worked = (tried ?? []).filter(
    (x) =>
      (x.result === 'fixed' || x.result === 'done') &&
      (REQUEST_ACTIONS.has(x.step) || FIX_ACTIONS.test(x.step)),
  );
  return worked.length > 0 && worked.every((x) => REQUEST_ACTIONS.has(x.step));
}
