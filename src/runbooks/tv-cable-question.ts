// "the TV box also has a grey cable that goes to the same wall socket. Does that one matter for the internet?"
// (rp35a #2): the TV named in a cabling question about the internet, which the desk answers itself — never a
// question about the TV service for a colleague. A TV with trouble of its own ("no picture") still is one.
import { techQuestionOf } from '../triage/tech-questions.js';

/** TV trouble told (folded): the TV service's own question. */
const TV_TROUBLE =
  /\b(no (picture|image|signal|channels?)|black screen|frozen|freez\w*|flicker\w*|ingen bild|inga kanaler|svart|hackar|fryser|flimrar)\b/;

/** Whether folded `t` asks only whether a TV box's cable matters for the internet. */
export function asksTvCableOnly(t: string): boolean {
  if (TV_TROUBLE.test(t)) return false;
  const sentences = t.match(/[^.!?\n]+[.!?\n]*/g) ?? [t];
  // ("… same wall socket. Does that one matter for the internet?": the short question read with the sentence before it.)
  return sentences.some(
    (s, i) =>
      techQuestionOf(s) === 'tv_box_cable' ||
      techQuestionOf(`${sentences[i - 1] ?? ''} ${s}`) === 'tv_box_cable',
  );
}
