// "can you tell me my public ip so i can send it to him?", "do my friends need my ip?": the router's own
// internet (WAN) address as the desk's line check read it, as the `{publicIp}` parameter of the text that
// answers it. An address that is not reachable from the internet (private or shared, 100.64/10) is none.
import type { Finding, Language } from '../domain/index.js';
import type { Params } from './messages/index.js';

/** Private, shared (carrier-grade NAT), loopback and link-local IPv4 ranges: not reachable from outside. */
const NOT_PUBLIC =
  /^(10\.|127\.|169\.254\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.|0\.)/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** `publicIp` when the line check read a public address on the router's internet side. */
export function wanFacts(findings: readonly Finding[] | null | undefined): Params {
  const ip = findings?.map((f) => f.evidence.values.wanIp).find((v) => typeof v === 'string' && IPV4.test(v));
  return typeof ip === 'string' && !NOT_PUBLIC.test(ip) ? { publicIp: ip } : {};
}

/**
 * "vad hittade du då?": what the case's tests found wrong, as `{found}` in the conversation's language — the
 * faults, else the warnings (at most two; none when everything answered as it should).
 */
export function foundFacts(findings: readonly Finding[] | null | undefined, language: Language): Params {
  const faults = (findings ?? []).filter((f) => f.severity === 'fault');
  const shown = faults.length ? faults : (findings ?? []).filter((f) => f.severity === 'warn');
  const texts = [...new Set(shown.map((f) => f.explanation[language]))].slice(0, 2);
  if (texts.length) return { found: texts.join(' ') };
  // "I found nothing wrong: your line and your router answer my tests" (reply.what_found, which names
  // {routerAnswered}) only when the router answered them — never with the router unreachable or unchecked.
  return routerAnswered(findings) ? { routerAnswered: '' } : {};
}

/** Router checks whose finding means the router answered the desk (its own state was read). */
const ROUTER_ANSWERED = /^(cpe\.(?!unreachable)|wan\.|wifi\.|dns\.|ping\.|firmware\.|security\.)/;

function routerAnswered(findings: readonly Finding[] | null | undefined): boolean {
  const all = findings ?? [];
  return !all.some((f) => f.code === 'cpe.unreachable') && all.some((f) => ROUTER_ANSWERED.test(f.code));
}

/**
 * "is there a way to see the drop log myself?": the fibre signal the line check measured, as `{rxDbm}` in the
 * conversation's number format (a minus sign, a decimal comma in Swedish).
 */
export function signalFacts(findings: readonly Finding[] | null | undefined, language: Language): Params {
  const rx = findings?.map((f) => f.evidence.values.rxDbm).find((v) => typeof v === 'number');
  if (typeof rx !== 'number') return {};
  const shown = (Math.round(rx * 10) / 10).toString().replace('-', '−');
  return { rxDbm: language === 'sv' ? shown.replace('.', ',') : shown };
}

/**
 * "what were the DNS servers set to before?": the servers the check found in the router when its DNS was
 * wrong, as `{dnsBefore}` (none when the check found the DNS right).
 */
export function dnsFacts(findings: readonly Finding[] | null | undefined): Params {
  const wrong = findings?.find((f) => f.code === 'dns.misconfigured');
  const servers = wrong?.evidence.values.servers;
  const shown = Array.isArray(servers)
    ? servers.filter((s): s is string => typeof s === 'string' && !!s)
    : [];
  return shown.length ? { dnsBefore: shown.join(', ') } : {};
}

/**
 * Every text parameter the case's findings give, read again after a diagnosis that ran in this very turn: a
 * held question ("is the modem broken?") answered after the tests names what they found, never "I found
 * nothing wrong" beside a router the same tests could not reach.
 */
export function findingsFacts(findings: readonly Finding[] | null | undefined, language: Language): Params {
  return {
    ...wanFacts(findings),
    ...dnsFacts(findings),
    ...signalFacts(findings, language),
    ...foundFacts(findings, language),
  };
}
