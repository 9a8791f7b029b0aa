// A person asked for while the fault is one a technician fixes on site (before any visit is booked: "kan
// jag inte få prata med en människa istället?" at the restart or the visit question): the person is the
// technician, and that is said in the same reply — with the times the customer gave (in this message or
// before) the visit is booked inside them; with none, when they can be home is asked first (once).
import type { EngineState } from '../runbooks/engine.js';
import { visitTimesIn, visitTimesOffered } from './check-first.js';
import { wishWords } from './visit-wishes.js';

/** What a person request beside a visit still to be booked leads to. */
export type PersonVisit =
  | { kind: 'book'; availability: string | null }
  | { kind: 'ask' }
  /** The customer said no to a visit: the team has the case, no visit is booked. */
  | { kind: 'none' };

/**
 * A person asked for in a case the field team owns, before its visit is booked: book it inside the times
 * the customer gave (`text`, what they said earlier, the answer already recorded), or ask for them when the
 * visit question has not been put yet; a visit already asked about and no time given books the first free one.
 */
export function personVisit(
  state: EngineState,
  text: string,
  given: string | undefined,
  declined: boolean | undefined,
  at: { now: Date; timeZone: string },
): PersonVisit {
  if (declined) return { kind: 'none' };
  // At the visit question any time named is the answer; before it, only times said of a visit or of being
  // home ("startat om sig själv tio gånger idag" names no time for a technician).
  const asked = state.pending?.kind === 'availability';
  const words = wishWords(text);
  const said = (asked ? visitTimesIn : visitTimesOffered)(words, at.now, at.timeZone) ? words : null;
  const availability = said ?? given ?? state.facts.availability ?? null;
  if (availability) return { kind: 'book', availability };
  return asked ? { kind: 'book', availability: null } : { kind: 'ask' };
}
