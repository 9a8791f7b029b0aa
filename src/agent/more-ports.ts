// "googla lite, ska tydligen va 3478-3480 också, udp. kan du öppna dom med?" after a port forward's case
// was closed: more ports for the device the case already forwarded to ("the same device", "ps5an") are a
// follow-up port forward of their own (a range, a list, a protocol), asked for with consent like the first;
// ports no rule can hold are said so plainly.
import type { Language } from '../domain/index.js';
import type { Facts } from '../runbooks/types.js';
import { MAX_PORT_RANGE, morePortsRule } from '../triage/port-forward.js';

/** The forward the closed case made: where it went and what it was for. */
export interface PriorForward {
  port: number;
  ip: string;
  protocol: 'tcp' | 'udp' | 'both';
  device: string | null;
  service: string | null;
}

export function priorForward(facts: Facts | null | undefined): PriorForward | null {
  const rule = facts?.portForward;
  if (!rule) return null;
  const draft = facts.portForwardDraft;
  return { ...rule, device: draft?.device ?? null, service: draft?.service ?? null };
}

export type MorePorts = { kind: 'request'; text: string } | { kind: 'invalid'; ports: string; max: number };

/**
 * What the message asks of the closed case's forward: a request worded for the follow-up case (the
 * ports, protocol and the device's address), ports that cannot be opened, or null when it asks for none.
 */
export function morePortsRequest(lang: Language, text: string, prior: PriorForward | null): MorePorts | null {
  if (!prior) return null;
  const more = morePortsRule(text, prior);
  if (!more) return null;
  if ('bad' in more) return { kind: 'invalid', ports: more.bad, max: MAX_PORT_RANGE };
  const { rule } = more;
  const protocol = rule.protocol.replace('both', 'tcp/udp').toUpperCase();
  const ports = rule.portEnd ? `${rule.port}-${rule.portEnd}` : `${rule.port}`;
  const device = rule.ip === prior.ip ? prior.device : null;
  return {
    kind: 'request',
    text: WORDING[lang]
      .replace('{protocol}', protocol)
      .replace('{ports}', ports)
      .replace('{ip}', rule.ip)
      .replace('{device}', device ? ` (${device})` : ''),
  };
}

/** The request as the desk words it for the follow-up case (its opening reads it like a customer's). */
const WORDING: Record<Language, string> = {
  sv: 'öppna {protocol}-port {ports} till {ip}{device}',
  en: 'forward {protocol} port {ports} to {ip}{device}',
};
