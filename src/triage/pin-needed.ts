// "behöver ni verkligen min PIN för att kolla hastigheten?", "do I need it just to move?", "is a PIN required for
// that?": whether the PIN is needed, asked without a "why" — the same question as "why do you need my PIN?".
// Folded text (lower case, å/ä/ö → a/a/o).

const HEDGE = String.raw`(really |actually |even |still |just |only |absolutely |definitely |verkligen |faktiskt |ens |bara |alltid |verkligen bara )?`;

/** "do you need my PIN or my daughter's?": whose PIN is asked, not whether one is needed. */
const NOT_WHOSE = String.raw`(?! (or|eller)\b)`;

/** The PIN named: "do you really need my pin to…", "måste jag ha en pinkod för att flytta?", "krävs pin för det?". */
export const PIN_NEEDED = new RegExp(
  [
    String.raw`\b(do|does|would|will|must|did) (you|u|ya|you guys|i|we|one) ${HEDGE}(need|require|have to (have|give|use|know))( to (have|give|know|see))? (my |the |a |that |this |your |our )?pin\w*${NOT_WHOSE}`,
    String.raw`\b(is|are|was) (a |the |my |that |this |our )?pin\w* ${HEDGE}(needed|required|necessary|mandatory|a must)\b`,
    String.raw`\b(behover|maste|kraver) (ni|du|jag|vi|man) ${HEDGE}(ha |veta |ge |uppge |lamna |fa |anvanda )?(min |mitt |en |er |din |den |var |vart )?pin\w*${NOT_WHOSE}`,
    String.raw`\b(behovs|kravs) (det )?${HEDGE}(en |min |den |var |er )?pin\w*|\bpin\w* (behovs|kravs)\b`,
  ].join('|'),
);

/** At the PIN question the PIN may go unnamed: "do I need it just to move?", "måste jag verkligen ha den?". */
export const IT_NEEDED =
  /\b(do|does|would|will|must) (i|we|you|u|ya) (really |actually |even |still |just |only )?(need|require|have to (have|give)) (it|that|this|one|them)\b|\b(behover|maste) (jag|vi|ni|du) (verkligen |faktiskt |ens |bara )?(ha |ge |uppge |lamna )?(den|det|dem|dom)\b/;
