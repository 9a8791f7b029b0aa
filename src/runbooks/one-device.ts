// "it says connected, no internet, only her laptop, my phone is fine": one device has the problem and
// the others work, so the line and the router are fine and the advice is for that device (forget the
// network and join again, restart it, airplane mode, its Wi-Fi driver) — no router restart, no second line.
// Folded text (lower case, å/ä/ö → a/a/o).

const DEVICE = String.raw`(laptop\w*|computer|pc|mac\w*|dator\w*|phone|mobil\w*|telefon\w*|ipad|tablet|surfplatta|device|enhet\w*|playstation|ps\d|xbox|skrivare\w*|printer)`;
const ONLY = String.raw`(?<!\b(not|inte|isn'?t|its not|it'?s not) )\b(only|just|bara|endast|enbart)( on| pa| with| med)? (her|his|my|our|the|one|a|hennes|hans|min|mitt|var|vart|en|ett|den ena|(my|our|min|mitt) (wife|husband|son|daughter|kid|frus|mans|sons|dotters)'?s?)\b[^.?!]{0,15}\b${DEVICE}`;
const FINE = String.raw`(fine|ok|okay|works?|working|is working|funkar|fungerar|gar bra)`;
const OTHERS_FINE = String.raw`\b(everything else|all (the )?other (devices|things|stuff)|the (other|rest of the) (devices|phones|computers)|(my|our|the other|his|her) ${DEVICE}s?|allt annat|alla andra (enheter|prylar|grejer)|andra (enheter|prylar|grejer)|(min|mitt|hans|hennes|var|vart) ${DEVICE}|${DEVICE}(en|et|n)?)\b (is |are |ar |e )?${FINE}\b`;

/** The words say one device has the problem and the others work. */
export const ONE_DEVICE = new RegExp(`${ONLY}|${OTHERS_FINE}`);
