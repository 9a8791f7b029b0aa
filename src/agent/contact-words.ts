// How a would-be customer writes the ways to reach them: an e-mail address spelled out against spam
// ("sofia.m (at) gmail punkt com", "anna snabel-a telia punkt se", "bo at example dot com"), and how they
// would rather be reached ("helst sms", "messa hellre än att ringa", "mejla hellre", "text me, don't call").

/** "(at)", "[at]", "snabel-a", " at " between the two halves of an address. */
const AT = String.raw`\s*(?:\(\s*at\s*\)|\[\s*at\s*\]|\bsnabel-?a\b|\bat\b)\s*`;
/** "punkt", "dot", "(dot)" between the parts of the domain, or a plain dot right before the next part. */
const DOT = String.raw`(?:\s*(?:\(\s*(?:dot|punkt)\s*\)|\[\s*(?:dot|punkt)\s*\]|\bdot\b|\bpunkt\b)\s*|\.(?=[a-z]))`;
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![\w.@-])([a-z0-9][\w.+-]*)${AT}([a-z0-9-]+(?:${DOT}[a-z0-9-]+)*${DOT}[a-z]{2,6})\b`,
  'giu',
);

/** "mikael.s at gmail", "anna@hotmail": a well-known mail service named without its ending. */
const KNOWN_HOSTS: Record<string, string> = {
  gmail: 'gmail.com',
  googlemail: 'googlemail.com',
  hotmail: 'hotmail.com',
  outlook: 'outlook.com',
  yahoo: 'yahoo.com',
  icloud: 'icloud.com',
};
const BARE_HOST = new RegExp(
  String.raw`(?<![\w.@-])([a-z0-9][\w.+-]*)(?:${AT}|@)(${Object.keys(KNOWN_HOSTS).join('|')})\b(?![.@-]?\w)`,
  'giu',
);

/** `text` with an e-mail address spelled out written as one ("sofia.m (at) gmail punkt com" → "sofia.m@gmail.com"). */
export function withSpelledEmails(text: string): string {
  return text
    .replace(SPELLED_EMAIL, (_, local: string, domain: string) => {
      const host = domain.replace(new RegExp(DOT, 'giu'), '.').toLowerCase();
      return `${local.toLowerCase()}@${host}`;
    })
    .replace(
      BARE_HOST,
      (_, local: string, host: string) => `${local.toLowerCase()}@${KNOWN_HOSTS[host.toLowerCase()]}`,
    );
}

export type ContactWay = 'sms' | 'email' | 'phone';

/** [way, the words that ask for it]: folded text (lower case, å/ä/ö → a/a/o), first match wins. */
const PREFERRED: [ContactWay, RegExp][] = [
  [
    'sms',
    /\b(sms\w*|messa\w*|sms:a|sms-a|text (me|message\w*)|texts?\b(?! (?:file|box))|texting)\b|\b(inte|not|don'?t|do not|never|hellre an att) (ringa|ring|call\w*)\b.{0,20}\b(sms|messa|text)/,
  ],
  [
    'email',
    /\b(helst|hellre|prefer\w*|rather|only|bara|gärna|garna)\b.{0,20}\b(mejl\w*|mail\w*|e-?post\w*|e-?mail\w*)\b|\b(mejla|maila|e-?mail|email) (me|mig)\b.{0,20}\b(helst|hellre|rather|instead|istallet|please)\b/,
  ],
  [
    'phone',
    /\b(ring|call) (mig |me )?(helst|hellre|preferably|rather)\b(?! (inte|ej|not|aldrig|never)\b)|\b(helst|hellre|prefer\w*|rather|gärna|garna)\b(?! (inte|ej|not|aldrig|never)\b)(?:(?! (?:inte|ej|not|don'?t|dont|never|aldrig)\b).){0,20}\b(ringa?|call\w*|phone call|samtal)\b(?!.{0,10}\b(an|than)\b)/,
  ],
];

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** How the caller would rather be reached, when they say so. */
export function preferredWay(text: string): ContactWay | null {
  const t = fold(text);
  return PREFERRED.find(([, re]) => re.test(t))?.[0] ?? null;
}
