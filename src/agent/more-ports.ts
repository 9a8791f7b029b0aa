// "googla lite, ska tydligen va 3478-3480 också, udp. kan du öppna dom med?" after a port forward's case
// was closed: more ports for the device the case already forwarded to ("the same device", "ps5an") are a
// follow-up port forward of their own (a range, a list, a protocol), asked for with consent like the first;
// ports no rule can hold are said so plainly.
import type { Language } from '../domain/index.js';
import type { Facts } from '../runbooks/types.js';
import { serviceOfPort } from '../triage/known-ports.js';
import { fold } from '../triage/normalize.js';
import { MAX_PORT_RANGE, parsePortForward } from '../triage/port-forward.js';

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

/** "open them too", "kan du öppna dom med?", "the other ones as well": more of the same, no ports named. */
const THOSE_TOO =
  /\b(oppna|open|forward|vidarebefordra|lagg till|add|fixa|do)\b[^.?!]{0,20}\b(dom|dem|de|them|those|the others?|de andra|dom andra|ovriga|resten|the rest)\b/;
/** A request, not a remark: something is to be opened (or added), or "too/also" asks for more. */
const ASKS_MORE =
  /\b(oppna\w*|open\w*|forward\w*|vidarebefordr\w*|lagg till|add|kan (du|ni)|can (you|u)|could (you|u)|ocksa|aven|med\b|too|also|as well|port\w*|tcp|udp)\b/;

export type MorePorts = { kind: 'request'; text: string } | { kind: 'invalid'; ports: string; max: number };

/**
 * What the message asks of the closed case's forward: a request worded for the follow-up case (the
 * ports, protocol and the device's address), ports that cannot be opened, or null when it asks for none.
 */
export function morePortsRequest(lang: Language, text: string, prior: PriorForward | null): MorePorts | null {
  if (!prior) return null;
  const t = fold(String(text ?? '').slice(0, 1000));
  const pf = parsePortForward(text);
  if (pf.badPorts) return { kind: 'invalid', ports: pf.badPorts, max: MAX_PORT_RANGE };
  // "open them too" after the game's other ports were offered: those ports.
  const also = serviceOfPort(prior.service)?.also;
  const named = pf.port && ASKS_MORE.test(t) ? pf : also && THOSE_TOO.test(t) ? parsePortForward(also) : null;
  if (!named?.port || (named.port === prior.port && !named.portEnd && !pf.ip)) return null;
  const protocol = (pf.protocol ?? named.protocol ?? prior.protocol).replace('both', 'tcp/udp').toUpperCase();
  const ports = named.portEnd ? `${named.port}-${named.portEnd}` : `${named.port}`;
  const ip = pf.ip ?? prior.ip;
  const device = pf.ip ? null : prior.device;
  const words = WORDING[lang];
  return {
    kind: 'request',
    text: words
      .replace('{protocol}', protocol)
      .replace('{ports}', ports)
      .replace('{ip}', ip)
      .replace('{device}', device ? ` (${device})` : ''),
  };
}

/** The request as the desk words it for the follow-up case (its opening reads it like a customer's). */
const WORDING: Record<Language, string> = {
  sv: 'öppna {protocol}-port {ports} till {ip}{device}',
  en: 'forward {protocol} port {ports} to {ip}{device}',
};
