// Issue 14, role-play round 21 (b2) and blind set un21: a text whose value was missing reached the customer
// as a raw placeholder ("Our field team contacts you within {when}", "noterat din fråga i ärende {reference}").
// A turn fills `{reference}` from its case, and leaves out any text that still names a missing value.
import { describe, expect, it } from 'vitest';
import { Turn } from './turn.js';

const texts = (turn: Turn) =>
  turn
    .drafts()
    .map((d) => d.text)
    .join('\n');

describe('a text with a missing value is never said raw', () => {
  it('fills {reference} from the case the turn speaks about', () => {
    const turn = new Turn('sv').forCase('T-000042');
    turn.say('reply.cannot_answer');
    expect(texts(turn)).toContain('T-000042');
    expect(turn.unfilled).toEqual([]);
  });

  it('leaves out a text whose value nobody gave, and keeps its key for the log', () => {
    const turn = new Turn('en');
    turn.say('greeting');
    turn.say('reply.technician_when');
    expect(texts(turn)).not.toMatch(/\{\w+\}/);
    expect(texts(turn)).not.toContain('field team');
    expect(turn.unfilled).toEqual(['reply.technician_when']);
  });

  it('a question whose own wording lacks a value is still asked, in its plain form', () => {
    const turn = new Turn('en');
    turn.ask('identity.pin', 'reply.technician_when');
    expect(turn.pendingAsk).toBe('identity.pin');
    expect(texts(turn)).not.toMatch(/\{\w+\}/);
    expect(texts(turn).length).toBeGreaterThan(0);
  });
});
