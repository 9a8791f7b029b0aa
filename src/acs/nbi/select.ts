import type { AcsStore } from '../store.js';
import { deviceDocument, type NbiDocument } from './document.js';
import { fieldsOf, matches, type Query } from './query.js';

// Routers matching a GenieACS-style query, as documents holding the parameters the query and the
// projection name (the NBI's device list; a campaign's selection).

const PARAM_ROOTS = /^(InternetGatewayDevice|Device)\./;

export async function selectDevices(
  store: AcsStore,
  query: Query,
  projection: string[],
): Promise<NbiDocument[]> {
  const rows = await store.allDevices();
  const named = [...fieldsOf(query), ...projection].filter((f) => PARAM_ROOTS.test(f));
  const exact = named.map((f) => f.replace(/\._(value|type|timestamp)$/, ''));
  const prefixes = named.map((f) => (f.endsWith('.') ? f : `${f}.`));
  const ids = rows.map((r) => r.id);
  const params =
    Object.keys(query).length === 0 && projection.length === 0
      ? []
      : await store.paramsOf(ids, exact, prefixes);
  const tags = await store.tagsOf(ids);
  const byDevice = new Map<string, typeof params>();
  for (const p of params) byDevice.set(p.device_id, [...(byDevice.get(p.device_id) ?? []), p]);
  return rows
    .map((r) => ({
      ...deviceDocument(r, byDevice.get(r.id) ?? [], tags.get(r.id) ?? []),
      _frontlineId: r.id,
    }))
    .filter((doc) => matches(doc, query));
}
