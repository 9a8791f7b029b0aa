import type { Intent, Mood, Priority, Segment } from '../domain/index.js';
import { fold } from './normalize.js';

// P1–P4 with a reason for every step: the service impact of the intent sets the base, then outage
// signs, vulnerability, business segment and anger raise it.

const BASE: Record<Intent, Priority> = {
  no_connection: 'P2',
  outage_check: 'P2',
  intermittent: 'P3',
  slow_speed: 'P3',
  sites_unreachable: 'P3',
  wifi_problem: 'P3',
  router_reset: 'P3',
  login_problem: 'P3',
  password_reset: 'P3',
  wifi_password: 'P3',
  router_config: 'P4',
  firmware_update: 'P4',
  billing: 'P4',
  account_change: 'P4',
  human_agent: 'P3',
  other: 'P4',
};

const SERVICE_AFFECTING: readonly Intent[] = [
  'no_connection',
  'outage_check',
  'intermittent',
  'slow_speed',
  'sites_unreachable',
  'wifi_problem',
];

const VULNERABILITY =
  /trygghetslarm|hemtjanst|hemsjukvard|larmet|\blarm\b|alarm|home care|carer|care home|medical|medicinsk|medicin|dialys|dialysis|syrgas|oxygen|pacemaker|hjartlarm|telemedicin|telehealth|sjuk (mamma|pappa|make|maka|fru|man)|handikapp|funktionsnedsattning|disabled|disability|elderly|aldre|pensionar|pensioner|95 ar|9\d years old|9\d-?arig|lifeline|fall alarm|fallarm|careline/;
// The neighbours count only when they are without service too ("grannarna har inte heller internet", "my
// neighbour's is down as well") — "är det för att alla grannar är hemma?" about a crowded Wi-Fi is no outage.
const OUTAGE_SIGNS =
  /inget internet|ingen uppkoppling|ingen anslutning|ligger nere|\bnere\b|avbrott|driftstorning|no internet|no connection|\bdown\b|\boutage\b|\boffline\b|\b(grann\w*|neighbo\w*)\b[^.?!]{0,40}\b(inte heller|heller inte|har (inte|inget|ingen)|samma (problem|fel)|too|as well|either|also (have|has|got) (no|the same)|same (problem|issue)|no (internet|connection|service))\b|hela (huset|omradet|gatan|kvarteret)|whole (street|building|area)/;
const WORK_IMPACT =
  /jobbar hemifran|work(ing)? from home|hemmakontor|home office|kunder|customers can'?t|kassasystem|payment terminal|kortterminal|butiken|our shop|our office|vart kontor|kontoret/;

const ORDER: Priority[] = ['P1', 'P2', 'P3', 'P4'];
const raise = (p: Priority): Priority => ORDER[Math.max(0, ORDER.indexOf(p) - 1)];

export interface PriorityInput {
  text: string;
  intent: Intent;
  mood: Mood;
  segment?: Segment;
}

export function assessPriority({ text, intent, mood, segment }: PriorityInput): {
  priority: Priority;
  reasons: string[];
} {
  const t = fold(String(text ?? '').slice(0, 4000));
  let p = BASE[intent];
  const reasons = [`${intent}: base ${p}`];
  if (ORDER.indexOf(p) > 1 && OUTAGE_SIGNS.test(t) && SERVICE_AFFECTING.includes(intent)) {
    p = 'P2';
    reasons.push('outage signs: no service');
  }
  const vulnerable = VULNERABILITY.exec(t);
  if (vulnerable) {
    const serviceDown = intent === 'no_connection' || intent === 'outage_check' || intent === 'intermittent';
    p = serviceDown ? 'P1' : raise(p);
    reasons.push(`vulnerability: ${vulnerable[0]}`);
  }
  if (segment === 'business') {
    p = raise(p);
    reasons.push('business customer');
  } else if (WORK_IMPACT.test(t) && ORDER.indexOf(p) > 1) {
    p = raise(p);
    reasons.push('work impact');
  }
  if (mood === 'angry') {
    if (ORDER.indexOf(p) > 1) p = raise(p);
    reasons.push('angry customer');
  } else if (mood === 'frustrated' && p === 'P4') {
    p = 'P3';
    reasons.push('frustrated customer');
  }
  return { priority: p, reasons };
}
