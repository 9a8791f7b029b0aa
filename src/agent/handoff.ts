// The handoff packet for a human team and the end-of-case summary (customer language + English).
import type { TimeWindow } from '../isp/ports.js';
import { formatVisitWindow } from './field-visit.js';
import type { DeviceService } from '../acs/device-service.js';
import {
  DEFAULT_CUSTOMER_WORDS,
  SLA_MINUTES,
  type Customer,
  type CustomerWords,
  type Finding,
  type HandoffPacket,
  type Language,
  type Priority,
  type Service,
  type Ticket,
} from '../domain/index.js';
import { CPE_HARDWARE_ERROR, INCIDENT_AREA_OUTAGE, WAN_TRAFFIC_STALLED } from '../diagnostics/index.js';
import type { EngineState } from '../runbooks/engine.js';
import type { Finish } from '../runbooks/types.js';
import { brandParams, hasMessage, t } from './messages/index.js';
import { resolvedFindings } from './resolved-findings.js';

export interface CaseFacts {
  ticket: Ticket;
  customer: Customer | null;
  service: Service | null;
  deviceId: string | null;
  verified: boolean;
  priority: Priority;
  /** The problem in the customer's language and in English. */
  problem: { customer: string; en: string };
  engine: EngineState | null;
  /** The technician visit booked at the handoff, if any: the summary's next step is then the visit. */
  visit?: { window: TimeWindow; timeZone: string } | null;
}

export async function buildPacket(c: CaseFacts, devices: DeviceService, now: Date): Promise<HandoffPacket> {
  let device: HandoffPacket['device'] = null;
  if (c.deviceId) {
    const summary = await devices.get(c.deviceId).catch(() => null);
    device = {
      id: c.deviceId,
      model: summary?.model ?? null,
      firmware: summary?.firmware ?? null,
      snapshot: summary ? { lastInformAt: summary.lastInformAt, root: summary.root } : {},
    };
  }
  const findings = (c.engine?.findings ?? [])
    .slice()
    .sort((a, b) => rank(b.severity) - rank(a.severity))
    .map((f) => ({
      code: f.code,
      severity: f.severity,
      summary: f.explanation.en,
      evidence: { ...f.evidence.values, source: f.evidence.source },
    }));
  return {
    customer: c.customer
      ? {
          customerNumber: c.customer.customerNumber,
          name: c.customer.name,
          language: c.customer.language,
          segment: c.customer.segment,
        }
      : null,
    service: c.service
      ? {
          access: c.service.access,
          plan: c.service.plan,
          areaCode: c.service.areaCode,
          accountStatus: c.service.accountStatus,
        }
      : null,
    device,
    problem: c.problem.en,
    findings,
    stepsTried: c.engine?.tried ?? [],
    customerAvailability: c.engine?.facts.availability ?? null,
    priority: c.priority,
    slaDueAt: c.ticket.slaDueAt ?? new Date(now.getTime() + SLA_MINUTES[c.priority] * 60_000).toISOString(),
    verified: c.verified,
  };
}

function rank(s: string) {
  return s === 'fault' ? 2 : s === 'warn' ? 1 : 0;
}

/** One paragraph per language: problem, findings, actions, outcome, next steps. */
export function buildSummary(
  c: CaseFacts,
  finish: Finish,
  lang: Language,
  words: CustomerWords = DEFAULT_CUSTOMER_WORDS,
): { customer: string; staff: string } {
  return {
    customer: summaryIn(c, finish, lang, c.problem.customer, 'customer', words),
    staff: summaryIn(c, finish, 'en', c.problem.en, 'staff', words),
  };
}

// The customer's summary is in plain words; the staff summary keeps finding codes, step names and the disposition.
function summaryIn(
  c: CaseFacts,
  finish: Finish,
  lang: Language,
  problem: string,
  audience: 'customer' | 'staff',
  words: CustomerWords,
): string {
  const sv = lang === 'sv';
  const staff = audience === 'staff';
  // An unverified caller is told nothing about the account ("your account is locked…").
  const untold = !staff && finish.outcome === 'refused';
  // During our outage the customer reads the outage, not "your equipment looks switched off" (its effect).
  const outage = !staff && finish.outcome === 'outage_informed';
  const faults = untold
    ? []
    : ofTheCause(
        c.engine,
        (c.engine?.findings ?? []).filter(
          (f) => f.severity !== 'ok' && (!outage || f.code === INCIDENT_AREA_OUTAGE),
        ),
        staff,
      );
  const parts: string[] = [];
  parts.push(`Problem: ${problem}.`);
  // Resolved: what was found is over, so the worked causes are told in the past tense.
  const fixed =
    faults.length && !staff && finish.outcome === 'resolved' ? resolvedFindings(c.engine, lang, words) : null;
  const found = sv
    ? 'Vi hittade'
    : !staff
      ? 'What we found'
      : finish.outcome === 'resolved'
        ? 'Findings before the fix'
        : 'Findings';
  if (fixed) {
    parts.push(`${found}: ${fixed.slice(0, 4).join(' ')}`);
  } else if (faults.length) {
    parts.push(
      `${found}: ${faults
        .slice(0, 4)
        .map((f) => (lang === 'sv' ? f.explanation.sv : f.explanation.en) + (staff ? ` [${f.code}]` : ''))
        .join(' ')}`,
    );
  } else if (!untold && testsRan(c.engine) && (staff || !NOT_A_FAULT.has(c.engine?.intent ?? 'other'))) {
    parts.push(sv ? 'Inga fel hittades i testerna.' : 'No faults found in the tests.');
  } else if (staff) {
    parts.push('No tests were run.');
  }
  // "yeah next to the router sure … so no its still bad in there", then a handoff: the step that "fixed" it
  // next to the router is told as helping only partly — the case goes on because it is not fixed.
  // Closed "as it stands" (fine near the router, still poor further away) the step did not fix it either.
  const goesOn =
    finish.outcome !== 'resolved' ||
    (c.engine?.tried ?? []).some(
      (s) => s.step === 'resolution.confirm' && s.result.includes('still poor further away'),
    );
  const tried = (c.engine?.tried ?? []).map((s) =>
    goesOn && s.result === 'fixed' ? { ...s, result: 'fixed_not_enough' } : s,
  );
  if (tried.length) {
    const list = staff
      ? tried.map(
          (s) =>
            `${s.step} → ${s.result === 'fixed_not_enough' ? 'fixed only partly (case not resolved)' : s.result}`,
        )
      : tried.map((s) => plainStep(s.step, s.result, lang, words));
    parts.push(`${sv ? 'Åtgärder' : 'Actions'}: ${list.join('; ')}.`);
  }
  const outcome = sv ? OUTCOME_SV[finish.outcome] : OUTCOME_EN[finish.outcome];
  const queue = finish.queue ? (staff ? ` (${finish.queue})` : ` (${teamName(finish.queue, lang)})`) : '';
  parts.push(`${sv ? 'Resultat' : 'Outcome'}: ${outcome}${queue}${staff ? ` — ${finish.disposition}` : ''}.`);
  const booked =
    finish.outcome === 'escalated' && c.visit
      ? formatVisitWindow(c.visit.window, lang, c.visit.timeZone)
      : null;
  const next = booked
    ? staff
      ? `field visit booked ${booked}.`
      : t(lang, 'summary.next.visit', { window: booked })
    : nextStep(finish, lang, c.priority, staff);
  parts.push(`${sv ? 'Nästa steg' : 'Next steps'}: ${next}`);
  return parts.join(' ');
}

function plainStep(step: string, result: string, lang: Language, words: CustomerWords): string {
  const stepKey = `summary.step.${step}`;
  // "failed: device_offline" is for staff; the customer reads that it did not work.
  const own = `summary.result.${result}.${step}`;
  const resultKey = hasMessage(own)
    ? own
    : `summary.result.${result.startsWith('failed') ? 'failed' : result}`;
  const what = hasMessage(stepKey)
    ? t(lang, stepKey, brandParams(words, lang))
    : t(lang, 'summary.step.other');
  const measured = /^measured (\d+)/.exec(result)?.[1];
  const farther = /, farther (\d+)/.exec(result)?.[1];
  const how = measured
    ? farther
      ? t(lang, 'summary.result.measured.farther', { mbps: measured, far: farther })
      : t(lang, 'summary.result.measured', { mbps: measured })
    : hasMessage(resultKey)
      ? t(lang, resultKey)
      : t(lang, 'summary.result.unclear');
  // Not "what: how": after a label such as "new router admin password" a colon reads as a secret's value.
  return t(lang, 'summary.step_result', { step: what, result: how });
}

/** Checks of the account and of known outages are looked up, not tests of the line or the router. */
const LOOKUPS = new Set(['account', 'incident']);

/** Whether the line or the router was tested ("no faults found in the tests" says so). */
function testsRan(engine: EngineState | null): boolean {
  return (engine?.findings ?? []).some((f) => !LOOKUPS.has(f.code.split('.')[0]));
}

/**
 * For the customer, the findings of the cause the case worked on, not those that only point at another
 * cause it set aside ("reports a hardware fault" beside "has most likely frozen"); staff read them all.
 */
/**
 * Findings whose plain words another finding contradicts for the customer: traffic stalled reads "it has most
 * likely frozen", which a hardware error beside it is not (a restart does not clear it). Codes: finding → the
 * findings that explain it better.
 */
const EXPLAINED_BY: Record<string, readonly string[]> = {
  [WAN_TRAFFIC_STALLED]: [CPE_HARDWARE_ERROR],
};

/** `faults` without those another finding among them explains better (customer only). */
function withoutContradicted(faults: Finding[]): Finding[] {
  const codes = new Set(faults.map((f) => f.code));
  return faults.filter((f) => !(EXPLAINED_BY[f.code] ?? []).some((c) => codes.has(c)));
}

/**
 * Staff read every finding, the case's own first: "reports a hardware error" before "has most likely frozen"
 * (rp34b #3 — a finding found again after a restart moved behind the one it explains). The findings of the causes
 * worked come first, in their cause's order; one another finding explains better comes last.
 */
function causeFirst(engine: EngineState, all: Finding[]): Finding[] {
  const causes = engine.causes ?? [];
  const worked = new Set([...(engine.handled ?? []), ...(engine.current ? [engine.current.cause] : [])]);
  const own = causes.filter((c) => worked.has(c.cause)).flatMap((c) => c.codes);
  const codes = new Set(all.map((f) => f.code));
  const rank = (f: Finding) => {
    const i = own.indexOf(f.code);
    if (i >= 0) return i;
    return (EXPLAINED_BY[f.code] ?? []).some((c) => codes.has(c)) ? 2000 : 1000;
  };
  return all
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map((x) => x.f);
}

function ofTheCause(engine: EngineState | null, all: Finding[], staff: boolean): Finding[] {
  if (!engine) return all;
  if (staff) return causeFirst(engine, all);
  const faults = withoutContradicted(all);
  const causes = engine.causes ?? [];
  const worked = new Set([...(engine.handled ?? []), ...(engine.current ? [engine.current.cause] : [])]);
  const own = new Set(causes.filter((c) => worked.has(c.cause)).flatMap((c) => c.codes));
  const setAside = new Set(causes.filter((c) => !worked.has(c.cause)).flatMap((c) => c.codes));
  if (own.size === 0) return faults;
  // "Signalen … är utanför det tillåtna (-17.8 dBmV)" then "Signalen … är störd": a cause's supporting
  // findings say its main one again in other words. The customer reads one finding per cause worked (its
  // first one found); the staff summary keeps them all.
  const found = new Set(faults.map((f) => f.code));
  const told = new Set(
    causes.filter((c) => worked.has(c.cause)).flatMap((c) => c.codes.find((code) => found.has(code)) ?? []),
  );
  return faults.filter((f) => (own.has(f.code) ? told.has(f.code) : !setAside.has(f.code)));
}

/** A queue as the customer reads it ("our billing team"). */
export function teamName(queue: string, lang: Language): string {
  const key = `team.${queue}`;
  return hasMessage(key) ? t(lang, key) : t(lang, 'team.agents');
}

/** Requests that are not a fault report: the customer was never told about tests, so "no faults found" would puzzle them. */
const NOT_A_FAULT = new Set<string>(['human_agent', 'account_change', 'billing', 'other']);

const OUTCOME_EN = {
  resolved: 'resolved',
  escalated: 'escalated',
  outage_informed: 'informed about an outage',
  routed: 'routed',
  refused: 'refused (not verified)',
  withdrawn: 'withdrawn',
} as const;
const OUTCOME_SV = {
  resolved: 'löst',
  escalated: 'eskalerat',
  outage_informed: 'informerad om driftstörning',
  routed: 'vidareskickat',
  refused: 'nekat (ej verifierad)',
  withdrawn: 'återkallat',
} as const;

/** Why a case of someone who says the account is not theirs was refused (case-routing.ts refuseNotHolder). */
export const NOT_HOLDER_REASON = 'caller is not the account holder; nothing tested or changed';

function nextStep(finish: Finish, lang: Language, priority: Priority, staff: boolean): string {
  const when = t(lang, `when.${priority}`);
  const sv = lang === 'sv';
  const team = finish.queue ? (staff ? finish.queue : teamName(finish.queue, lang)) : '';
  switch (finish.outcome) {
    case 'resolved':
    case 'withdrawn':
      return sv ? 'inget, ärendet är avslutat.' : 'none, the case is closed.';
    case 'escalated':
    case 'routed':
      if (staff) return sv ? `${team} återkommer inom ${when}.` : `${team} follows up within ${when}.`;
      return sv ? `${team} återkommer inom ${when}.` : `you will hear from ${team} within ${when}.`;
    case 'outage_informed':
      if (!staff)
        return sv ? 'vi meddelar dig när felet är åtgärdat.' : 'we will message you when the fault is fixed.';
      return sv
        ? 'kunden meddelas när felet är åtgärdat.'
        : 'the customer is messaged when the incident is resolved.';
    case 'refused':
      // A landlord or a relative has no PIN of their own to write again with: the holder contacts us.
      if (finish.reason === NOT_HOLDER_REASON)
        return sv
          ? 'kontoinnehavaren skriver eller ringer till oss med kundnummer och PIN-kod.'
          : 'the account holder writes or calls us with the customer number and PIN.';
      if (!staff)
        return sv
          ? 'skriv igen med PIN-koden från ditt välkomstbrev, eller ring oss.'
          : 'write again with the PIN from your welcome letter, or call us.';
      return sv
        ? 'kunden verifierar sig med PIN-koden från välkomstbrevet eller per telefon.'
        : 'the customer verifies with the PIN from the welcome letter or by phone.';
  }
}
