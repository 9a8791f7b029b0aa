// Test fixture: a MiniAcs and a SimIsp wired together, and helpers that drive a CPE over CWMP.
import { SimIsp } from '../sim-isp.js';
import type { SimIspOptions, SubscriberSpec } from '../types.js';
import { MiniAcs, type RpcResult } from './mini-acs.js';

export function spec(n: number, over: Partial<SubscriberSpec> = {}): SubscriberSpec {
  const customerNumber = String(100000 + n);
  return {
    serviceId: `svc-${customerNumber}`,
    customerNumber,
    name: `Test Person ${n}`,
    pin: '1234',
    email: `t${n}@example.se`,
    segment: 'residential',
    access: 'fiber',
    plan: { downMbps: 500, upMbps: 100 },
    area: 'SE-TEST-A',
    accountStatus: 'active',
    pppoeUsername: `${customerNumber}@isp`,
    pppoePassword: `pw-${customerNumber}`,
    ...over,
  };
}

export interface Harness {
  acs: MiniAcs;
  sim: SimIsp;
  /** Queues an RPC, wakes the CPE with a Digest connection request and returns the CPE's answer. */
  call(customerNumber: string, body: string): Promise<RpcResult>;
  gpv(customerNumber: string, ...names: string[]): Promise<Record<string, string>>;
  spv(customerNumber: string, values: [string, string, string?][]): Promise<RpcResult>;
  cr(customerNumber: string): Promise<number>;
  close(): Promise<void>;
}

export async function harness(
  specs: SubscriberSpec[],
  opts: Partial<SimIspOptions> & {
    acsAuth?: { username: string; password: string; scheme: 'digest' | 'basic' };
  } = {},
  setup?: (sim: SimIsp) => void,
): Promise<Harness> {
  const acs = new MiniAcs(opts.acsAuth);
  await acs.listen();
  const sim = new SimIsp({ timeScale: 600, ...opts, acsUrl: acs.url, acsAuth: opts.acsAuth });
  for (const s of specs) sim.addSubscriber(s);
  setup?.(sim);
  await sim.start();
  const cr = (c: string) => {
    const h = sim.inspect(c);
    return acs.connectionRequest(
      `http://127.0.0.1:${sim.connectionRequestPort}/cr/${h.serial}`,
      h.crUsername(),
      h.crPassword(),
    );
  };
  const call = async (c: string, body: string) => {
    const p = acs.rpc(sim.deviceId(c), body);
    const status = await cr(c);
    if (status !== 200) throw new Error(`connection request failed: ${status}`);
    return p;
  };
  return {
    acs,
    sim,
    call,
    cr,
    gpv: async (c, ...names) => {
      const r = await call(c, MiniAcs.gpv(...names));
      if (r.fault) throw new Error(`GPV fault ${r.fault.code} ${r.fault.message}`);
      return MiniAcs.values(r);
    },
    spv: (c, values) => call(c, MiniAcs.spv(values)),
    close: async () => {
      await sim.stop();
      await acs.close();
    },
  };
}

/** Runs a CPE diagnostic the CWMP way: inputs + DiagnosticsState=Requested, wait for 8 DIAGNOSTICS COMPLETE, read the object. */
export async function runDiagnostic(
  h: Harness,
  customerNumber: string,
  object: string,
  inputs: [string, string, string?][],
): Promise<Record<string, string>> {
  const before = h.acs.informs.length;
  const r = await h.spv(customerNumber, [
    ...inputs.map(([n, v, t]) => [object + n, v, t] as [string, string, string?]),
    [`${object}DiagnosticsState`, 'Requested'],
  ]);
  if (r.fault) throw new Error(`diagnostic SPV fault ${JSON.stringify(r.fault)}`);
  await h.acs.waitForInform(h.sim.deviceId(customerNumber), '8 DIAGNOSTICS COMPLETE', before);
  return h.gpv(customerNumber, object);
}
