// Role-play round 12 (c, cross-cutting): closing summaries of resolved cases stated the pre-fix findings in
// the present tense ("The router cannot look up web addresses right now." after DNS was fixed, "We cannot
// reach your router right now." after the router came back). A resolved case's summary — the chat close,
// the closing e-mail and the ticket's resolution — says what was found in the past tense, with the actions
// that fixed it; an escalated case keeps the present tense.
import { describe, expect, it } from 'vitest';
import { FAULT_KINDS, type FaultKind, type Language, type StepKey } from '../domain/index.js';
import { CATALOGUES } from './messages/index.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const PRESENT =
  /right now|just nu|\b(cannot|can't|is not|are not|does not|has no)\b|\b(kan inte|är inte|når inte|har ingen)\b/;

describe('every root cause of the contract has a past-tense form for a resolved summary', () => {
  it.each(FAULT_KINDS.flatMap((k) => (['en', 'sv'] as const).map((lang) => [k, lang] as const)))(
    '%s (%s)',
    (kind, lang) => {
      const text = (CATALOGUES[lang] as Record<string, string>)[`summary.fixed.${kind}`];
      expect(text, `summary.fixed.${kind} in ${lang}`).toBeTruthy();
      expect(text).not.toMatch(PRESENT);
    },
  );
});

interface Case {
  fault: FaultKind;
  opening: Record<Language, string>;
  canDo?: StepKey[];
  answers?: Record<string, string>;
}

const CASES: Case[] = [
  {
    fault: 'dns_misconfigured',
    opening: {
      en: 'some sites say server not found, others work',
      sv: 'vissa sidor går inte att nå, andra funkar',
    },
  },
  {
    fault: 'cpe_powered_off',
    opening: { en: 'internet is dead again', sv: 'internet är dött igen' },
    canDo: ['step.power_on'],
  },
  {
    fault: 'cable_unplugged',
    opening: {
      en: 'no internet after cleaning behind the tv',
      sv: 'inget internet efter att jag städade bakom tv:n',
    },
    canDo: ['step.check_cables'],
  },
  {
    fault: 'ppp_auth_failure',
    opening: { en: 'no internet since this morning', sv: 'internet har slutat fungera helt sedan i morse' },
  },
  {
    fault: 'cpe_hung',
    opening: {
      en: 'internet stopped working, the lights look normal though',
      sv: 'internet slutade funka, lamporna ser normala ut',
    },
  },
  {
    fault: 'wifi_radio_disabled',
    opening: { en: "I can't see my wifi network anymore", sv: 'jag ser inte mitt wifi längre' },
  },
];

describe('a resolved summary says what was found in the past tense', () => {
  it.each(CASES.flatMap((c) => (['en', 'sv'] as const).map((lang) => [c.fault, lang, c] as const)))(
    '%s (%s)',
    async (_fault, lang, c) => {
      const desk = memoryDesk({ world: faultWorld([c.fault], { canDo: c.canDo }) });
      const res = await converse(desk, {
        customer: { customerNumber: '100482', name: 'Karin Lind', pin: '4711' },
        language: lang,
        opening: c.opening[lang],
        answers: {
          'identity.customer_number': '100482',
          'identity.pin': '4711',
          'consent.*': lang === 'sv' ? 'ja' : 'yes',
          ...c.answers,
        },
      });
      expect(res.outcome).toBe('resolved');
      const timeline = await desk.tickets.timeline(res.ticketId);
      const resolution = timeline.find((e) => e.type === 'resolution');
      const summary = resolution?.type === 'resolution' ? resolution.summary.customer : '';
      const said = res.transcript.map((x) => x.text).join('\n');
      expect(said).toContain(summary);
      expect(summary).toContain((CATALOGUES[lang] as Record<string, string>)[`summary.fixed.${c.fault}`]);
      // None of the findings' present-tense explanations reaches the customer's summary.
      for (const e of timeline)
        if (e.type === 'finding' && e.finding.severity !== 'ok')
          expect(summary).not.toContain(e.finding.explanation[lang]);
      // Staff keep the findings with their codes, marked as what was seen before the fix.
      const staff = resolution?.type === 'resolution' ? resolution.summary.staff : '';
      expect(staff).toMatch(/Findings before the fix: .*\[/);
    },
  );
});

describe('an escalated summary keeps the present tense', () => {
  it.each(['en', 'sv'] as const)('fiber_los (%s)', async (lang) => {
    const desk = memoryDesk({ world: faultWorld(['fiber_los']) });
    const res = await converse(desk, {
      customer: { customerNumber: '100482', name: 'Karin Lind', pin: '4711' },
      language: lang,
      opening: lang === 'sv' ? 'inget internet, LOS lyser rött' : 'no internet, the LOS light is red',
      answers: {
        'identity.customer_number': '100482',
        'identity.pin': '4711',
        'contact.availability': lang === 'sv' ? 'vardagar efter 16' : 'weekdays after 4',
      },
    });
    expect(res.outcome).toBe('escalated');
    const said = res.transcript.map((x) => x.text).join('\n');
    expect(said).toMatch(lang === 'sv' ? /når inte fram till dig/ : /does not reach you/);
    expect(said).not.toContain((CATALOGUES[lang] as Record<string, string>)['summary.fixed.fiber_los']);
  });
});
