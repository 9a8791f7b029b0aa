// Round 34 (f45, rp34a #5): a question about a day is a question, and a time chosen is taken at once.
// "friday ok but tomorrow after 3 wouldve been better, nothing tomorrow?" with Friday booked asks whether
// tomorrow has a free time: the booked visit stays, and what is free then (or the nearest to it) is offered —
// it was moved to Friday evening. "ok wed 17-20 then", "onsdag 17-20 då", "take wednesday please" choose a
// time: it is booked at once — it was answered with the old booking until "yes. take wednesday".
// Tables only (folded text, sv + en).

const WHEN_WORDS = String.raw`today|tomorrow|tonight|this (?:week|evening|afternoon|morning)|next week|earlier|sooner|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|idag|imorgon|i morgon|ikvall|i kvall|denna vecka|nasta vecka|tidigare|mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|den \d{1,2}|the \d{1,2}(?:st|nd|rd|th)?`;
/**
 * A question asking whether a time is free: "nothing tomorrow?", "anything on tuesday?", "finns inget imorgon?",
 * "is wednesday evening free?". ("do I need to do anything before saturday?" asks what to do, not for a time.)
 */
const FREE_ASKED = new RegExp(
  String.raw`\b(?:free|available|ledig\w*)\b|\b(?:nothing|anything|something|any (?:time|times|slot|slots|visits?)|no (?:time|times|slot|slots)|inget|ingenting|nagot|nat|nan|nagon|ingen|nan tid|nagon tid|ingen tid)\s+(?:(?:free|available|ledigt|on|for|at|i|pa|till)\s+)?(?:${WHEN_WORDS})\b|\bfinns (?:det )?(?:inget|ingen|nagot|nat|nan|nagon)\b(?:\s+\w+)?\s+(?:${WHEN_WORDS})\b`,
);
/** What turns the booked time down or asks for the time before: such a message is no mere question. */
const NOT_A_QUESTION =
  /\b(?:doesn'?t|does not|dont|won'?t|can'?t|cannot) (?:work|suit|do|make)|\b(?:passar|funkar|gar|fungerar) (?:inte|ej)\b|\b(?:move|reschedul\w*|flytta\w*|byt\w*|change|switch|swap|take|book|ta|boka)\b/;

/**
 * The sentences of the folded message that ask whether a time is free ("nothing tomorrow?"), or null when
 * the message also turns the booked time down or asks outright to move it.
 */
export function freeTimeAsked(folded: string): string | null {
  if (NOT_A_QUESTION.test(folded)) return null;
  // Only the clause that asks ("friday ok but …, nothing tomorrow?" asks about tomorrow, never Friday).
  const asked = (folded.match(/[^.!?]+\?+/g) ?? []).flatMap((s) =>
    s
      .split(/\s*[,;:]\s*|\s+(?=(?:but|men|och|and|or|eller)\s)/)
      .filter((c) => FREE_ASKED.test(c))
      .slice(-1),
  );
  return asked.length ? asked.join(' ') : null;
}

/**
 * "ok wed 17-20 then", "onsdag 17-20 då", "wednesday please", "tisdag kl 17 funkar", "take wednesday":
 * a statement (no question) that chooses the time it names. Whether it names a time is read by the caller.
 */
const CHOSEN =
  /^(?:(?:ok(?:ay|ej)?|fine|alright|sure|yes|yeah|yep|ja|japp|jo|visst|then|da|ta|take|book|boka|lets? do|let'?s do|go for|kor pa)\b[\s,!]*)+\S|(?:\b(?:then|da|please|tack|it is|it'?ll be|works(?: for me)?| is fine|is ok|funkar|passar(?: bra)?|gar bra|ar bra|blir bra|fungerar))\s*[.!]*$/;

/** The statements of the folded message that choose a time (to be checked for a named time). */
export function chosenTimeSentences(folded: string): string[] {
  return (folded.match(/[^.!?]+[.!]*/g) ?? []).map((s) => s.trim()).filter((s) => s && CHOSEN.test(s));
}
