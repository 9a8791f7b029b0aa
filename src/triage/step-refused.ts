// A physical step refused or put off in words. The step's own verb often stands in the refusal ("no im not
// restarting anything", "jag tänker inte starta om den"), so this is read before any done-word, on folded
// text (lower case, å/ä/ö as a/a/o).

/** Refused: a negation or refusal, then (within a few words) what the step asks for. */
const REFUSED: readonly RegExp[] = [
  /\b(i['’]?m not|im not|i am not|not going to|not gonna|won['’]?t|wont|will not|refuse to|rather not|(?:don['’]?t|dont|do not) want to|no way (?:i['’]?m|im|i will|ill))\b(?:\s+\w+){0,3}?\s+(restart\w*|reboot\w*|unplug\w*|plug\w*|pull\w*|switch\w*|turn\w*|do|doing|touch\w*|mov\w*|reset\w*|rejoin\w*|reconnect\w*|forget\w*|run\w*|try\w*|that|it|this|anything)\b/,
  /\bnot (restarting|rebooting|unplugging|resetting|touching|moving|doing (that|it|this|anything))\b/,
  /\b(tanker inte|tanker ej|vill inte|vagrar|ska inte)\b(?:\s+\w+){0,2}?\s+(starta\w*|dra\w*|koppla\w*|flytta\w*|rora\w*|gora|stanga\w*|trycka\w*)\b/,
  /\b(gor (det )?inte (det|nat|nagot)|gor inte det|inte gora det)\b/,
];

/** Not yet done, without refusing: asked again later. */
const NOT_YET =
  /\b(not yet|inte an|inte annu|snart|give me a (minute|sec|second|moment)|hold on|vanta lite|in a (minute|moment|sec))\b/;

/** 'refused', 'later', or null when the text neither refuses nor puts the step off. */
export function stepRefusal(folded: string): 'refused' | 'later' | null {
  if (REFUSED.some((re) => re.test(folded))) return 'refused';
  if (NOT_YET.test(folded)) return 'later';
  return null;
}
