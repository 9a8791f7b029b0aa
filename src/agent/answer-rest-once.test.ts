// The rest of an answer is read once a turn: withAnswerRest, answerPart and the rename after a close share it.
import { describe, expect, it } from 'vitest';
import { triageApi } from '../triage/index.js';
import { answerPart, restOfTurn, restReaders, type RestReaders } from './answer-rest.js';
import { Turn } from './turn.js';

function countingReaders() {
  const read = restReaders(triageApi);
  const counted: RestReaders & { calls: number } = {
    calls: 0,
    parseWifiName: read.parseWifiName,
    triage: (text) => {
      counted.calls++;
      return read.triage(text);
    },
  };
  return counted;
}

const SAID =
  'ok ill check tonight. another thing while i have you, why was my last invoice like 100 kr more than usual??';

describe('the rest of an answer, read once a turn', () => {
  it('a second reading in the same turn asks triage nothing more and finds the same rest', () => {
    const plain = answerPart('resolution.confirm', SAID, 'en', restReaders(triageApi));
    const read = countingReaders();
    const turn = new Turn('en');
    const rest = restOfTurn(turn, 'resolution.confirm', SAID, 'en', read);
    expect(rest?.kind).toBe('billing');
    const calls = read.calls;
    expect(calls).toBeGreaterThan(0);
    expect(answerPart('resolution.confirm', SAID, 'en', read, turn)).toBe(plain);
    expect(restOfTurn(turn, 'resolution.confirm', SAID, 'en', read)).toBe(rest);
    expect(read.calls).toBe(calls);
  });

  it('another text, question or language is read anew', () => {
    const read = countingReaders();
    const turn = new Turn('en');
    restOfTurn(turn, 'resolution.confirm', SAID, 'en', read);
    const calls = read.calls;
    expect(restOfTurn(turn, 'resolution.confirm', 'yes it works', 'en', read)).toBeNull();
    expect(restOfTurn(turn, 'consent.reboot', SAID, 'en', read)).toBeNull();
    expect(restOfTurn(turn, 'resolution.confirm', SAID, 'sv', read)?.kind).toBe('billing');
    expect(read.calls).toBeGreaterThan(calls);
  });
});
