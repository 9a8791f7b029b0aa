// A person asked for beside a contract merely named ("A PERSON. it's about my contract") is a plain person request,
// handed to a colleague (agents), not a subscription change for sales (blind set un29: routed to sales since 2afbd5a).
// A change named beside the person request still goes to sales once.
import { describe, expect, it } from 'vitest';
import { teamBesidePerson } from './person-team.js';
import { triage, wantsHuman } from '../triage/index.js';

const api = { triage: (t: string) => triage(t), wantsHuman };

describe('a person asked for beside the contract', () => {
  it.each([
    "I want to talk to a real person. Not a bot. A PERSON. it's about my contract",
    'jag vill prata med en person, det gäller mitt abonnemang',
  ])('a contract named, no change: a plain person request (%s)', (text) => {
    expect(teamBesidePerson(api, text)).toBeNull();
  });

  it.each([
    'can I talk to an actual person? we need to cancel our internet',
    'kan jag få prata med en människa? jag vill säga upp mitt abonnemang',
    'I want a person, I want to upgrade my plan',
  ])('a change named: the sales team (%s)', (text) => {
    expect(teamBesidePerson(api, text)).toBe('account_change');
  });
});
