// A step reported by the state it brings about rather than by "done": to "switch the router on",
// "ok both on now, lights blinking", "den är på nu", "lampan lyser". Read clause by clause, so that
// "no lights on any of them" (a clause that denies it) is never the step done. Folded text (lower case,
// å/ä/ö as a/a/o); one row per way of saying it.

/** The router on, or its lights on or blinking. */
const POWERED_ON: readonly RegExp[] = [
  /\b(on now|now on|back on|on again)\b/,
  /\b(is|are|it'?s|its|they'?re|theyre|both|all|everything'?s?|both are|all are) (now |back |all |both )?on\b/,
  /\b(switched|turned|powered|put) (it |them |both |the \w+ |everything )?(back )?on\b/,
  /\b(lights?|leds?|lamps?) (are |is )?(now |all )?(on|lit|blinking|flashing|flickering|green)\b/,
  // "now there are green lights", "i can see a blue light": lights seen, which a router switched off has none of.
  /\b(there (are|is)|there'?s|theres|i (can )?see|i got|got|it has|it'?s got) (\w+ )?(green|blue|white|orange|some|a few|the|two|three|2|3) (\w+ )?(lights?|leds?|lamps?)\b/,
  // "pressed it", "pushed the power button" (the power button, never the reset hole).
  /\b(pressed|pushed|hit|clicked|flipped|flicked) (it|that|the (little |small |round |power |on |on\/off )*(button|switch|knob))\b(?! (again )?(and|but) (nothing|no))/,
  /\b(tryckte|tryckt|klickade|slog)( jag| vi| han| hon)? pa (den|knappen|brytaren|strombrytaren|strombrytarn|(?!reset)\w+knappen)\b/,
  /\bdet lyser (nu |igen )?(gront|blatt|vitt|orange|lite)\b/,
  /\b(blinking|flashing) (now|again)\b/,
  /\b(ar|e|sitter) (den |de |dom |bada |alla |allt )?(pa|igang|tand|tanda|pa igen)( nu| igen)?\b(?! (natet|wifi))/,
  /\bnu (ar|e) (den|de|dom|bada|alla|allt|routern|boxen) (pa|igang|tand|tanda)\b/,
  /\b(lampa|lampan|lamporna|lampor|ljuset|ljusen|dioderna|dioden) (lyser|blinkar|ar tand\w*|ar pa)\b/,
  /\b(lyser|blinkar) (nu|igen)\b|\bnu (lyser|blinkar)\b/,
  // "då tändes den röda lampan och routern började blinka", "the router started blinking": it came on.
  /\b(tandes|tands|har tants|borjade (att )?(lysa|blinka)|started (to )?(blink|flash|light up)\w*)\b/,
  /\b(satte|slog|slagit|satt) (pa|igang) (den|dem|dom|bada|routern|allt)\b|\b(har )?(slagit|satt) pa (den|dem|dom|bada|routern|allt)\b/,
];
/** A clause that denies the state ("no lights on", "inte på", "nothing is on"). */
const DENIED =
  /\b(no|not|nothing|none|never|nope|isn'?t|aren'?t|won'?t|doesn'?t|inte|ej|ingen|inga|inget|ingenting|aldrig|still off|fortfarande (av|slackt|slackta))\b/;

const STATE_REACHED: Partial<Record<string, readonly RegExp[]>> = {
  'step.power_on': POWERED_ON,
  'step.power_cycle': POWERED_ON,
};

/** Whether a clause of the folded text says the state the step brings about is reached (and none denies it). */
export function stepStateReached(askKey: string, t: string): boolean {
  const rows = STATE_REACHED[askKey];
  if (!rows) return false;
  return t
    .split(/[.,;!?]+|\b(?:but|men|and|och|though|fast)\b/)
    .some((clause) => !DENIED.test(clause) && rows.some((re) => re.test(clause)));
}
