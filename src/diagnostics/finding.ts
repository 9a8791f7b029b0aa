import type { CustomerWords, Finding, Severity } from '../domain/index.js';
import { explain } from './explanations.js';

/** Builds a finding with its customer explanation filled in from the values. */
export function finding(
  code: string,
  severity: Severity,
  source: string,
  values: Record<string, unknown>,
  thresholds?: Record<string, unknown>,
): Finding {
  return {
    code,
    severity,
    evidence: thresholds ? { values, thresholds, source } : { values, source },
    explanation: explain(code, values),
  };
}

/** Findings explained in the operator's words (portal name, time zone); probes explain in neutral ones. */
export function inOperatorWords(findings: Finding[], words: CustomerWords | undefined): Finding[] {
  if (!words) return findings;
  return findings.map((f) => ({ ...f, explanation: explain(f.code, f.evidence.values, words) }));
}

/** A probe that cannot check what it should throws this; the runner turns it into `unavailable`. */
export class ProbeUnavailable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ProbeUnavailable';
  }
}
