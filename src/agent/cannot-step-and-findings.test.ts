// Round 31 (rp31c #9, rp31b #8): "I can't, it's the grandchildren's tablets and they arrive on the 20th. So the line
// is fine and it's the wifi upstairs then?" at a step was read as a question only, and the same step was put again
// (four times); a step that cannot be done, beside a question, is a refusal with the question answered too. And
// "is the modem broken?" held at the PIN and answered after tests that found the router unreachable was told
// "I found nothing wrong" — the answer names what the tests found, never "nothing wrong" beside faults.
import { describe, expect, it } from 'vitest';
import { triageApi } from '../triage/index.js';
import { foundFacts, findingsFacts } from './wan-facts.js';
import type { Finding } from '../domain/index.js';

describe('a step that cannot be done, beside a question, is a refusal', () => {
  it.each([
    [
      'en',
      "I can't, it's the grandchildren's tablets and they arrive on the 20th. So the line is fine and it's the wifi upstairs then?",
    ],
    ['en', "can't do that, the laptop is at my office. so is it the wifi or the line?"],
    [
      'sv',
      'jag kan inte, det är barnbarnens surfplattor och de kommer först den 20:e. så linjen är ok och det är wifi:t på övervåningen då?',
    ],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(triageApi.classifyReply('step.rejoin_wifi', text, lang).act).toBe('refusal');
  });

  it('a plain question at the step is still a question', () => {
    expect(triageApi.classifyReply('step.rejoin_wifi', 'is it the wifi or the line?', 'en').act).toBe(
      'question',
    );
  });
});

describe('what the tests found is read again after a diagnosis in the same turn', () => {
  const finding = (code: string, severity: Finding['severity'], en: string): Finding =>
    ({ code, severity, explanation: { en, sv: en }, evidence: { values: {} } }) as unknown as Finding;
  it('faults are named, so the answer is never "nothing wrong"', () => {
    const findings = [
      finding('account.ok', 'ok', 'ok'),
      finding('cpe.unreachable', 'fault', 'Your router does not answer.'),
    ];
    expect(foundFacts(findings, 'en')).toEqual({ found: 'Your router does not answer.' });
    expect(findingsFacts(findings, 'en')).toMatchObject({ found: 'Your router does not answer.' });
  });
});
