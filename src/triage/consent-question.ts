// A yes that opens a question is not consent yet when the question may change the answer: "ok but will my
// brother's gaming stuff stop working?", "ja men kommer tv:n funka sen?", "ok will that break anything?".
// Consent beside a question needs a yes finished before it, with no reservation ("yes. how long?"), or a
// yes after it ("…? ok go ahead", read by closingAnswer). Folded text (lowercase, å/ä/ö → a/a/o).

const YES_WORD =
  '(?:(?:sure )?why not|varfor inte|ok|okay|okej|okey|oki|k|kk|yes|yeah|yea|yep|yup|ja|jaa|jo|japp|jepp|sure|fine|alright|all right|visst|absolut|right|aight)(?:\\s+(?:please|tack|thanks|then|da))?';

/** The yes stands as its own sentence or clause ("yes.", "ja,"): what follows is asked beside it. */
const YES_FINISHED = new RegExp(`^${YES_WORD}(?:\\s*[.!,;:]|\\s*$)`);

/** A reservation in the yes's own sentence: "ok but…", "ja men…", "fine, though…" ("yes. but can you also…" asks more). */
const YES_RESERVED = new RegExp(
  `^${YES_WORD}[\\s,]*(?:but|men|fast|though|although|however|except|only if|as long as|bara om|om inte|sa lange)\\b`,
);

/**
 * A yes softened in its own breath: "ja kanske, men …", "yes maybe", "ok i guess, but …". Running on into a
 * question, it is no consent whatever the question is about: the question is answered and the permission asked again.
 */
const YES_HEDGED = new RegExp(
  `^${YES_WORD}[\\s,]*(?:kanske|kanhanda|mojligen|mojligtvis|antagligen|tror jag|antar jag|jag antar|typ|maybe|perhaps|possibly|probably|i guess|guess so|i suppose|i think|not sure)\\b`,
);

/** Whether a reply opens with a hedged yes ("ja kanske", "ok i guess"). */
export function yesHedged(folded: string): boolean {
  return YES_HEDGED.test(folded.trim());
}

/** Whether a reply that opens with a yes and asks something leaves the consent open until it is answered. */
export function yesWaitsForAnswer(folded: string): boolean {
  const t = folded.trim();
  return YES_RESERVED.test(t) || !YES_FINISHED.test(t);
}

/**
 * A yes that runs straight on into a question word, no mark needed: "yeah ok how long will the internet be
 * down", "ja hur lång tid tar det". (A polite request, "ok can you do it now", is not one.)
 */
const YES_THEN_ASKS = new RegExp(
  `^(?:${YES_WORD}[\\s,]+)+(?:how|what|why|when|will|would|does|do (?:i|we)|is (?:it|that|there)|are (?:there|my)|hur|vad|varfor|nar|kommer|blir|tar det|ar det|forsvinner|tappar|maste (?:jag|vi))\\b`,
);

/** Whether a reply opens with a yes and goes on to ask something without a question mark. */
export function yesThenAsks(folded: string): boolean {
  return YES_THEN_ASKS.test(folded.trim());
}

/**
 * "dont want to reconnect the tv and everything", "vill inte behöva koppla om allt": a worry about what the change
 * would cost the customer, said beside a question about it. It is why they ask, never a no to the change.
 */
const WORRY =
  /\b(?:(?:i|we) )?(?:don'?t|dont|do not) (?:want|wanna) (?:to )?(?:have to |need to |be forced to )?(?:re\w+|lose|loose|set (?:\w+ )?up|type|enter|go (?:round|around|through)|do (?:it|everything|all (?:that|this|of it)|that) (?:again|over)|change (?:anything|everything|all)|fiddle|mess)\b[^.?!,;]*|\bvill (?:jag |vi )?inte (?:behova |maste |tvingas )?(?:koppla|ansluta|stalla|gora om|gora allt|skriva|mata|forlora|tappa|logga|andra (?:allt|pa allt)|fixa med|krangla)\w*[^.?!,;]*/g;

/** The reply with its worries about the change's cost left out (what stays says yes, no or asks). */
export function withoutWorries(folded: string): string {
  return folded.replace(WORRY, ' ');
}
