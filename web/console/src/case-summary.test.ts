import { describe, expect, it } from 'vitest';
import { caseFacts } from './case-summary.js';
import type { TimelineEvent } from './types.js';

let id = 0;
const ev = (type: string, fields: Record<string, unknown>): TimelineEvent => ({
  id: ++id,
  at: '2026-03-16T09:00:00.000Z',
  type,
  actor: { kind: 'bot', id: null },
  ...fields,
});

/** An English conversation about slow Wi-Fi that the agent handed to Tier 2. */
const timeline = [
  ev('message_in', { text: 'my wifi is super slow in the bedroom', channel: 'chat' }),
  ev('finding', {
    finding: {
      code: 'wifi_channel_congestion',
      severity: 'warn',
      evidence: { values: {}, source: 'acs' },
      explanation: { sv: 'Många nät på samma kanal', en: 'Many networks on the same channel' },
    },
  }),
  ev('finding', {
    finding: {
      code: 'ppp_up',
      severity: 'ok',
      evidence: { values: {}, source: 'acs' },
      explanation: { sv: 'Uppkopplad', en: 'Connected' },
    },
  }),
  ev('action_done', { action: 'cpe_reboot' }),
  ev('action_failed', { action: 'wifi_channel_change', error: 'no_consent' }),
  ev('customer_step', { step: 'step.move_closer', result: 'cannot' }),
  ev('resolution', {
    outcome: 'escalated',
    queue: 'tier2',
    disposition: 'escalated.tier2',
    summary: {
      customer: 'Problem: Wi-Fi problem. …',
      staff: 'Problem: Wi-Fi problem. Findings: … [wifi_channel_congestion]',
    },
  }),
];
const ticket = { intent: 'wifi_problem', subject: null, language: 'en' as const, timeline };

describe('case summary as facts in the console language', () => {
  it('a Swedish console reads an English case in Swedish; the customer’s words stay as written', () => {
    expect(caseFacts(ticket, 'sv', { outcome: 'escalated', queue: 'tier2' })).toEqual([
      { key: 'problem', values: ['Wifi-problem'] },
      { key: 'customerWords', values: ['my wifi is super slow in the bedroom'], asWritten: 'en' },
      { key: 'findings', values: ['Många nät på samma kanal'] },
      {
        key: 'actions',
        values: [
          'Starta om routern: gjort',
          'Byt wifi-kanal: kundens samtycke saknas',
          'move closer: kunden kunde inte',
        ],
      },
      { key: 'outcome', values: ['Eskalerat (Tier 2)'] },
      { key: 'nextStep', values: ['Tier 2 tar över ärendet.'] },
    ]);
  });

  it('the same case in an English console, and without a resolution only what is known so far', () => {
    const facts = caseFacts(ticket, 'en');
    expect(facts.map((f) => f.key)).toEqual(['problem', 'customerWords', 'findings', 'actions']);
    expect(facts[2].values).toEqual(['Many networks on the same channel']);
    expect(caseFacts({ ...ticket, subject: 'Slow Wi-Fi!' }, 'en')[1]).toEqual({
      key: 'customerWords',
      values: ['Slow Wi-Fi!'],
      asWritten: 'en',
    });
  });
});
