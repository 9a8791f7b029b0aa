// Secret masking applied where text is stored or logged: PIN-like digit strings next to a PIN word,
// values after a password word, and any secret value the caller knows (a generated Wi-Fi key).
// Customer numbers and other digit strings that stand alone are left as they are.

export const PIN_MASK = '••••';
export const SECRET_MASK = '••••••••';

/** Words that name a PIN or code (sv/en); compounds such as "felkod" do not count. */
const PIN_WORD = String.raw`(?:p\.?i\.?n\.?(?:[- ]?(?:kod(?:en)?|code|numret|nummer))?|kod(?:en)?|code|säkerhetskod(?:en)?|personlig(?:a)? kod(?:en)?|lösen)`;
/** Codes that are not secrets ("error code 651", "zip code 12345"). */
const NOT_A_SECRET_CODE = String.raw`(?<!(?:zip|post|area|error|fault|status|promo|rabatt|fel)[ -]?)`;
/**
 * Short words between the PIN word and the value ("min pinkod är 1438", "my pin is: 1234").
 * Every repetition here and below is bounded and unambiguous: masking runs on all stored text, so a
 * pattern must stay linear on hostile input (long runs of spaces, digits or hyphens).
 */
// "jag har ju pinkoden. 9309", "the pin, its 9309": a full stop or comma may stand between word and value.
const GAP = String.raw`[\s:=\-–.,]{0,6}`;
const FILLER = String.raw`${GAP}(?:(?:är|var|blir|is|was|will be|its|it's|it is|den är|det är)${GAP}){0,2}`;
/** 4 to 8 digits, optionally grouped by a space or hyphen, not part of a longer number. */
const PIN_VALUE = String.raw`(?<![\p{N}])\p{N}(?:[ -]?\p{N}){3,7}(?![\p{N}])`;

const PIN_AFTER_WORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${NOT_A_SECRET_CODE}(${PIN_WORD})(?!\p{L})(${FILLER})(${PIN_VALUE})`,
  'giu',
);
const PIN_BEFORE_WORD = new RegExp(
  String.raw`(${PIN_VALUE})(\s{0,3}(?:är|is|=)\s{1,3}(?:(?:min|mitt|my|the)\s{1,3})?(?:${PIN_WORD}))(?!\p{L})`,
  'giu',
);

/** Words that name a password or key, including compounds ("wifi-lösenord", "administratörslösenordet"). */
const COMPOUND = String.raw`[\p{L}-]{0,40}`;
const PASSWORD_WORD = String.raw`(?:${COMPOUND}lösenord(?:et)?|${COMPOUND}password|passwd|passphrase|passcode|${COMPOUND}nyckel(?:n)?|(?:wi-?fi|wlan|wpa2?|network|security)[- ]?key)`;
/** A word between the password word and its ":" ("password for my wifi: …"); it does not end a sentence or clause. */
const WORD_BETWEEN = String.raw`[^\s:=<>!?;()]{0,14}[^\s:=<>.!?;(),]`;
const PASSWORD_VALUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.])(${PASSWORD_WORD})((?:(?:\s{1,3}${WORD_BETWEEN}){0,4}?\s{0,3}([:=])|(?:\s{1,3}(?:är|var|blir|is|was|becomes|now|nu)\b)?)\s{0,3})([^\s<>"'&]{4,200})`,
  'giu',
);
const TRAILING_PUNCTUATION = /[.,;!?)\]]+$/u;

/**
 * Function words that start an ordinary clause after a colon ("only the Wi-Fi password changes: every
 * device needs the new one"): never a secret, whatever introduced them.
 */
const ORDINARY_WORDS = new Set(
  (
    'every each all any both either neither no none some the a an this that these those your you my our their his her its it ' +
    'they we he she i only just also then and or but so if when while which who what how there here not ' +
    'alla varje varenda samtliga inga ingen inget ni du jag vi de den det dessa din ditt dina min mitt mina er ert era ' +
    'bara och eller men sa om nar medan som vilken vad hur dar har inte en ett enheter enheterna devices'
  ).split(' '),
);

/** A value after a password word is secret when it was introduced with ":" or "=", or looks like one. */
function looksSecret(value: string, explicit: boolean): boolean {
  if (explicit) return true;
  return (
    /\p{N}/u.test(value) ||
    /[!#$%*+@^_~]/u.test(value) ||
    /\p{Ll}.*\p{Lu}|\p{Lu}.*\p{Lu}.*\p{Ll}/u.test(value.slice(1))
  );
}

/** A ticket reference ("T-000010", "[T-000010]" in a mail subject) names a case, never a secret. */
const TICKET_REFERENCE = /^\[?T-\d{6,}$/u;

/**
 * The secret in the value after a password word (trailing punctuation left out), or null when the
 * value is no secret: glued to the word ("admin_password_change" is an identifier), too short,
 * already masked, an ordinary word or a ticket reference, or nothing that looks like a password.
 */
function secretAfterWord(between: string, sep: string | undefined, value: string): string | null {
  const core = value.slice(0, value.length - (TRAILING_PUNCTUATION.exec(value)?.[0].length ?? 0));
  if (between === '' || core.length < 4 || core.includes('•')) return null;
  if (ORDINARY_WORDS.has(core.toLowerCase()) || TICKET_REFERENCE.test(core)) return null;
  return looksSecret(core, sep !== undefined) ? core : null;
}

export interface MaskOptions {
  /** Secret values known to be in the text (generated passwords, the PIN just checked). */
  known?: Iterable<string | null | undefined>;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What a text needs for any pattern above to match: a password word's core (same flags, so the same
 * case folding) or, for a PIN, a digit. A text with neither is left as it is without running them.
 */
const PASSWORD_CUE = /lösenord|passw|passphrase|passcode|nyckel|key/iu;
const DIGIT = /\p{N}/u;
/** What every alternative of PIN_WORD holds (same flags): "p(.)i(.)n", "kod", "code" or "lösen". */
const PIN_CUE = /p\.?i\.?n|kod|code|lösen/iu;

/**
 * Texts found to hold nothing to mask: stored state is masked whole at every write, so the same
 * transcript lines and state strings come back turn after turn. Only texts without secrets are
 * kept (bounded, forgotten when full).
 */
const clean = new Set<string>();
const CLEAN_KEPT = 4_000;
const CLEAN_MAX_LENGTH = 4_000;

/** The text with every PIN-like value next to a PIN word, password value and known secret masked. */
export function maskSecretText(text: string, opts: MaskOptions = {}): string {
  if (opts.known) {
    const known = [...opts.known].filter((s): s is string => !!s && s.length >= 4);
    if (known.length > 0) return maskPatterns(maskKnown(text, known));
  }
  if (clean.has(text)) return text;
  const out = maskPatterns(text);
  if (out === text && text.length <= CLEAN_MAX_LENGTH) {
    if (clean.size >= CLEAN_KEPT) clean.clear();
    clean.add(text);
  }
  return out;
}

function maskKnown(text: string, known: string[]): string {
  let out = text;
  for (const s of known) out = out.replace(new RegExp(escapeRegExp(s), 'g'), SECRET_MASK);
  return out;
}

/** The PIN and password patterns alone. */
function maskPatterns(text: string): string {
  let out = text;
  if (PASSWORD_CUE.test(out))
    out = out.replace(
      PASSWORD_VALUE,
      (all, word: string, between: string, sep: string | undefined, value: string) => {
        const core = secretAfterWord(between, sep, value);
        return core === null ? all : `${word}${between}${SECRET_MASK}${value.slice(core.length)}`;
      },
    );
  // Both PIN patterns need a digit and a PIN word.
  if (!DIGIT.test(out) || !PIN_CUE.test(out)) return out;
  out = out.replace(PIN_AFTER_WORD, (_all, word: string, filler: string) => `${word}${filler}${PIN_MASK}`);
  out = out.replace(PIN_BEFORE_WORD, (_all, _value: string, rest: string) => `${PIN_MASK}${rest}`);
  return out;
}

/** The secret values maskSecretText would hide in `text` (to mask them where markup splits them from their cue). */
export function findSecretValues(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(PASSWORD_VALUE)) {
    const core = secretAfterWord(m[2], m[3], m[4]);
    if (core !== null) found.add(core);
  }
  for (const m of text.matchAll(PIN_AFTER_WORD)) found.add(m[3]);
  for (const m of text.matchAll(PIN_BEFORE_WORD)) found.add(m[1]);
  return [...found];
}

/** Whether the text holds something maskSecretText would mask. */
export function containsSecret(text: string, opts: MaskOptions = {}): boolean {
  return maskSecretText(text, opts) !== text;
}

/** Every string inside a JSON-like value masked (objects and arrays copied, other values kept). */
export function maskDeep<T>(value: T, opts: MaskOptions = {}): T {
  if (typeof value === 'string') return maskSecretText(value, opts) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => maskDeep(v, opts)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskDeep(v, opts);
    return out as T;
  }
  return value;
}

/**
 * pino `redact` paths for fields that carry secrets, at the top level and one level down
 * (pino's wildcard matches one level).
 */
export const SECRET_LOG_FIELDS = [
  'pin',
  'password',
  'newPassword',
  'pppoePassword',
  'passphrase',
  'secret',
  'secrets',
  'wifiPassword',
  'adminPassword',
  'connectionRequestPassword',
  'token',
  'portalToken',
] as const;

export const SECRET_LOG_PATHS: string[] = SECRET_LOG_FIELDS.flatMap((f) => [f, `*.${f}`]);
