// `--faults cpe_hung:5,dns_misconfigured:3`: how many subscribers get which fault.
import { FAULT_KINDS, type FaultKind } from '../src/domain/index.js';
import type { SubscriberSpec } from './types.js';

export function parseFaultSpec(spec: string): { kind: FaultKind; count: number }[] {
  if (!spec.trim()) return [];
  return spec.split(',').map((part) => {
    const m = /^\s*([a-z_0-9]+)(?::(\d+))?\s*$/.exec(part);
    if (!m) throw new Error(`bad fault spec "${part}" (expected kind:count)`);
    if (!(FAULT_KINDS as readonly string[]).includes(m[1]))
      throw new Error(`unknown fault kind "${m[1]}" (known: ${FAULT_KINDS.join(', ')})`);
    return { kind: m[1] as FaultKind, count: m[2] === undefined ? 1 : Number(m[2]) };
  });
}

const ACCESS_ONLY: Partial<Record<FaultKind, SubscriberSpec['access']>> = {
  fiber_los: 'fiber',
  optical_power_low: 'fiber',
  dsl_low_snr: 'dsl',
  docsis_power_out_of_range: 'cable',
};

/** Picks distinct subscribers (of a fitting access type) for each requested fault. */
export function assignFaults(
  subscribers: SubscriberSpec[],
  wanted: { kind: FaultKind; count: number }[],
): { customerNumber: string; kind: FaultKind }[] {
  const used = new Set<string>();
  const out: { customerNumber: string; kind: FaultKind }[] = [];
  for (const { kind, count } of wanted) {
    const fits = subscribers.filter(
      (s) => !used.has(s.customerNumber) && (!ACCESS_ONLY[kind] || ACCESS_ONLY[kind] === s.access),
    );
    if (fits.length < count)
      throw new Error(
        `not enough ${ACCESS_ONLY[kind] ?? ''} subscribers without a fault for ${kind}:${count}`,
      );
    for (const s of fits.slice(0, count)) {
      used.add(s.customerNumber);
      out.push({ customerNumber: s.customerNumber, kind });
    }
  }
  return out;
}
