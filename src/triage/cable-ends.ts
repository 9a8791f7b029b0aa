// The cable step done at one end only: "I pushed the cable into the router … what's a splitter though? is
// that the little white box?" (the wall end, with its splitter, asked about) or "pushed it in at the router
// end … the wall end is behind the sofa, I can't get to it right now" (the wall end out of reach). Neither
// is the step done: the first is answered and the rest asked for, the second is a step done in part.
// "pushed both ends in" is the whole step. Folded text (lower case, å/ä/ö as a/a/o).

/** The router end named as done: "pushed it in at the router end", "router cable is in", "tryckte i den vid routern". */
const ROUTER_END_DONE = [
  /\b(pushed|pressed|plugged|put|clicked|shoved|stuck|reseated|checked|did|tightened|fixed|seated)\b[^.!?]{0,30}\b(in|into|at|on) (the |my )?(router|modem)\b/,
  /\b(did|checked|fixed|sorted|pushed in|plugged in|done) (the )?(router|modem) (end|side)\b/,
  // ("the router cable is in the wall socket next to the phone": where it goes, never the router end done.)
  /\b(router|modem) (end|side|cable|cord|plug)( is| was| are|'s)? (in|fine|ok|okay|done|seated|tight|firmly in|plugged in|all in)\b(?! (the |a |my |our )?(wall|socket|jack|phone|splitter|filter|box))/,
  /\b(tryckte|tryckt|satte|satt|kollade|kollat|stoppade|kopplade|skruvade|fixade)\b[^.!?]{0,30}\b(vid|i|pa) routern\b/,
  /\b(sladden|kabeln|kontakten) (vid|i) routern (sitter|satt|ar|e) (i|fast|bra|ordentligt|inne)\b/,
  /\brouter(anden|sidan)\b[^.!?]{0,20}\b(sitter|satt|ar|e|klar|fixad|gjord|kollad)\b/,
];

/** The whole cable named as done: "both ends", "all the cables", "båda ändarna", "the wall end too". */
const WHOLE_DONE =
  /\b(both|all|every|each|bada|alla|varje)\b[^.!?]{0,12}\b(ends?|sides?|cables?|plugs?|andar\w*|andarna|anden|kablar\w*|sladdar\w*|sidor\w*|sidorna)\b|\b(wall|socket|jack|splitter|filter|vaggen|jacket|uttaget|splittern|filtret)\b[^.!?]{0,20}\b(too|also|as well|ocksa|med|aven)\b/;

/** The other end (the wall, its socket, the splitter) said to be out of reach or left for later. */
const OTHER_END_LEFT = [
  /\b(can'?t|cant|cannot|couldn'?t|unable to|not able to|no way to)\b[^.!?]{0,20}\b(get to|reach|access|get at|get behind|move)\b/,
  /\b(kan|kunde) (inte|int|ej)\b[^.!?]{0,20}\b(komma at|na|flytta)\b|\bkommer (inte|int|ej) (at|till)\b|\bnar (inte|ej)\b/,
  /\b(wall|socket|jack|other) (end|side)\b[^.!?]{0,40}\b(later|tomorrow|tonight|when i can|another time|not now)\b/,
  /\b(vagg|jack|uttags|andra) ?(anden|sidan)\b[^.!?]{0,40}\b(senare|imorgon|ikvall|sen|nar jag kan|inte nu)\b/,
];

/** The other end, or the splitter that sits there, named in a question. */
const OTHER_END_WORDS =
  /\b(wall|socket|jack|phone socket|splitter\w*|filter\w*|box|white box|little box|other end|vagg\w*|jack\w*|uttag\w*|splittern|filtret|dosa\w*|boxen|andra anden)\b/;

export type CableEndsLeft = 'asked' | 'out_of_reach';

/**
 * Whether the reply to the cable step says only the router end is done, and how the rest stands: asked about
 * (a question about the wall end or its splitter beside it) or out of reach for now. Null for the whole step,
 * or when no end is named. `asks`: the sentences of the reply that ask something (folded).
 */
export function cableEndsLeft(t: string, asks: readonly string[]): CableEndsLeft | null {
  if (!ROUTER_END_DONE.some((re) => re.test(t)) || WHOLE_DONE.test(t)) return null;
  if (OTHER_END_LEFT.some((re) => re.test(t))) return 'out_of_reach';
  if (asks.some((q) => OTHER_END_WORDS.test(q))) return 'asked';
  return null;
}
