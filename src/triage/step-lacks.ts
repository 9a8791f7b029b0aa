// A step the customer cannot do because what it needs is missing: to "connect a computer with a network
// cable", "jag har bara en laptop utan nätverksuttag", "no cable here", "only phones and an ipad". That
// is a cannot (so the desk offers the other way), never a "don't know" and never done. Folded text.

/** A negation, then within two words the thing the wired test needs ("utan nätverksuttag", "no cable"). */
const WITHOUT = String.raw`utan|without|no|inget|ingen|saknar|lacks?|doesn'?t have|does not have|has no|haven'?t got|have no|don'?t have|do not have|dont have|doesnt have|har (?:inte|ingen|inget)(?: nagon| nan| nat| en| ett)?`;
const CABLE_THINGS = String.raw`natverksuttag\w*|natverksport\w*|natverkskabel\w*|ethernet\w*|lan-?(?:port|uttag|kabel)\w*|rj45|(?:network|ethernet|lan|cable) (?:port|socket|jack|cable)s?|kabel|kablar|kabeln|sladd\w*|cables?|cords?|ports?|uttag`;

const LACKS: Partial<Record<string, readonly RegExp[]>> = {
  'step.wired_test': [
    new RegExp(String.raw`\b(?:${WITHOUT})\s+(?:(?!idea|clue|aning)\w+\s+){0,2}(?:${CABLE_THINGS})\b`),
    // "only phones and an ipad here", "bara mobiler och en ipad", "i only have a macbook".
    /\b(bara|only|just|endast)\b[^.!?]{0,20}\b(mobil\w*|telefon\w*|phones?|iphones?|ipads?|surfplatt\w*|tablets?|macbook\w*)\b/,
    // "vet inte om jag har nån kabel", "dont think i have a network cable".
    /\b(vet inte|vet ej|osaker pa|not sure|don'?t know|dont know|don'?t think|dont think|tror inte)\b[^.!?]{0,12}\b(jag|i|we|vi) (har|have|own|got)\b[^.!?]{0,15}\b(kabel|kablar|sladd|natverkskabel|cable|ethernet)\w*/,
    // "I don't think my laptop even has a port for that", "jag tror inte min laptop ens har ett uttag för sånt",
    // "not sure the macbook has a network port": a doubt that the computer has the port is a cannot, never done.
    new RegExp(
      String.raw`\b(?:don'?t think|dont think|do not think|doubt|not sure|unsure|tror inte|tvivlar|vet inte om|osaker pa om)\b[^.!?]{0,40}?\b(?:has|have|got|har|finns)\b(?:\s+(?:even|ens|any|a|an|one|nagon|nan|nat|ett|en|that|such|sa)){0,3}\s+(?:${CABLE_THINGS})`,
    ),
  ],
};

/** Whether the folded text says what this step needs is missing. */
export function lacksWhatStepNeeds(askKey: string, t: string): boolean {
  return LACKS[askKey]?.some((re) => re.test(t)) ?? false;
}
