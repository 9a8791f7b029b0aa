// A street address in a would-be customer's words ("adressen blir kistagången 12", "vi flyttar till
// Storgatan 5B", "address is 12 Baker Street"): sales needs it to say what can be delivered there.

/** [pattern, group of the address]: tried in this order on the original text. */
const ADDRESS_FORMS: [RegExp, number][] = [
  // Swedish street names end in a street word: Kistagången 12, Bergsvägen 3 B.
  [
    /(?<![\p{L}\d])(\p{L}*(?:gatan|gata|vägen|vagen|väg|vag|gången|gangen|gränd|grand|torget|torg|backen|backe|allén|allen|stigen|platsen|plan|leden|liden|slingan|kajen|stranden|esplanaden|parken|ringen|trappan)\s+\d{1,4}(?:\s?[a-hA-H]\b)?)/iu,
    1,
  ],
  // English order: 12 Baker Street, 4 Elm Rd.
  [
    /(?<![\p{L}\d])(\d{1,5}\s+(?:\p{L}+\s){0,2}(?:street|st|road|rd|avenue|ave|lane|ln|way|drive|dr|court|ct|place|pl|close|crescent|terrace|boulevard|blvd))\b/iu,
    1,
  ],
  // Named as the address: "adressen är Norrbyvägen 3" is caught above; "address: Kista Allé 4" here.
  [
    /(?<![\p{L}\d])(?:adress(?:en)?|address)\s*(?:blir|är|ar|e|is|will be|=|:)?\s+(\p{L}[\p{L}.-]*(?:\s\p{L}[\p{L}.-]*)?\s\d{1,4}(?:\s?[a-hA-H]\b)?)/iu,
    1,
  ],
];

/** The flat right after the street ("…, lgh 1102", "lägenhet 1203", "apt 4B", "flat 12"): kept with it. */
const FLAT =
  /^\s*,?\s*((?:lgh|lägenhet(?:snummer|snr)?|lagenhet(?:snummer|snr)?|apt|apartment|flat|unit)\.?\s*(?:nr\.?\s*|no\.?\s*)?\d{1,4}[a-z]?)\b/iu;

/** The street address in `text` as written (first letter upper case, with its flat), or null. */
export function readStreetAddress(text: string): string | null {
  for (const [re, group] of ADDRESS_FORMS) {
    const m = re.exec(text);
    if (m?.[group]) {
      const flat = FLAT.exec(text.slice(m.index + m[0].length))?.[1];
      const a = (flat ? `${m[group].trim()}, ${flat}` : m[group].trim()).replace(/\s+/g, ' ');
      return a.charAt(0).toUpperCase() + a.slice(1);
    }
  }
  return null;
}
