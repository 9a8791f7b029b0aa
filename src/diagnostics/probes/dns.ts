import { P } from '../../domain/index.js';
import * as C from '../codes.js';
import { finding } from '../finding.js';
import type { ProbeDef } from '../probe.js';
import { TARGETS } from '../thresholds.js';

export const dnsProbe: ProbeDef = {
  id: 'dns',
  devicePaths: () => [P.dnsServer(1), P.dnsServer(2)],
  async run(env) {
    const ispServers = [...env.network().dnsServers];
    const snap = await env.params();
    const servers = [snap.str(P.dnsServer(1)), snap.str(P.dnsServer(2))]
      .map((s) => (s ?? '').trim())
      .filter((s) => s !== '');
    const foreign = servers.filter((s) => !ispServers.includes(s));
    const serversOk = servers.length > 0 && foreign.length === 0;

    // The lookup is extra: a failure shows as lookup 'not checked' in the finding.
    const lookup = await env.optional(
      'DNS lookup',
      env.diagnostic({ kind: 'nslookup', hostName: TARGETS.lookupName }).then((r) => {
        const answered = r.results.some((x) => x.ipAddresses.length > 0 && /success/i.test(x.status));
        return { ok: r.successCount > 0 || answered, state: r.state, successCount: r.successCount };
      }),
    );
    const values = {
      servers,
      ispServers,
      lookupName: TARGETS.lookupName,
      lookup: lookup ?? 'not checked',
    };
    const th = { expectedServers: ispServers };
    const src = `acs:${P.dnsServer(1)}`;
    if (!serversOk) {
      // Non-ISP resolvers that do answer are the customer's choice, not a fault.
      if (servers.length > 0 && lookup?.ok) return [finding(C.DNS_CUSTOM_SERVERS, 'warn', src, values, th)];
      return [finding(C.DNS_MISCONFIGURED, 'fault', src, values, th)];
    }
    if (lookup && !lookup.ok) return [finding(C.DNS_LOOKUP_FAILED, 'fault', `acs:${P.nslookup}`, values, th)];
    return [finding(C.DNS_OK, 'ok', src, values, th)];
  },
};
