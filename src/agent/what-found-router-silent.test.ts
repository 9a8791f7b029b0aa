// Role-play round 32 (c#7): during an area outage, with the router unreachable, "is there something wrong on your
// end?" got "I found nothing wrong: your line and your router answer my tests as they should." The "nothing wrong"
// text stands in for the faults found only when the tests reached the router and it answered; without that (the
// router not reached, its checks unavailable, or no findings read), the desk never says the router answered.
import { describe, expect, it } from 'vitest';
import type { Finding, Language } from '../domain/index.js';
import { Turn } from './turn.js';
import { foundFacts } from './wan-facts.js';

function finding(code: string, severity: Finding['severity'] = 'ok'): Finding {
  return {
    code,
    severity,
    evidence: { values: {}, source: 'test' },
    explanation: { sv: `sv ${code}`, en: `en ${code}` },
  };
}

function said(lang: Language, findings: Finding[] | null): string {
  const turn = new Turn(lang);
  turn.facts = foundFacts(findings, lang);
  turn.say('reply.what_found.faults');
  return turn
    .drafts()
    .map((d) => d.text)
    .join('\n');
}

const CLAIM = /router answer|router svarar/;

describe('"nothing wrong, your router answers" only when the router answered', () => {
  it.each(['en', 'sv'] as Language[])('%s: the router reached and nothing found: said', (lang) => {
    expect(
      said(lang, [finding('account.ok'), finding('line.ok'), finding('cpe.online'), finding('wan.ok')]),
    ).toMatch(CLAIM);
  });

  it.each(['en', 'sv'] as Language[])(
    '%s: the router not reached (its checks unavailable): never said',
    (lang) => {
      expect(said(lang, [finding('account.ok'), finding('incident.none'), finding('line.ok')])).not.toMatch(
        CLAIM,
      );
    },
  );

  it.each(['en', 'sv'] as Language[])('%s: no findings read: never said', (lang) => {
    expect(said(lang, null)).not.toMatch(CLAIM);
    expect(said(lang, [])).not.toMatch(CLAIM);
  });

  it.each(['en', 'sv'] as Language[])('%s: faults found: they are named instead', (lang) => {
    const text = said(lang, [finding('incident.area_outage', 'fault'), finding('cpe.unreachable', 'fault')]);
    expect(text).not.toMatch(CLAIM);
    expect(text).toMatch(/incident\.area_outage/);
  });
});
