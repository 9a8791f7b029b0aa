// "I can't move the bed": to "move the device closer" that is about furniture or the router, not the
// device itself, so the step is clarified (take the laptop or phone there) rather than given up.
import { cleanText, fold } from './normalize.js';

const FIXED_THING =
  /\b(can'?t|cant|cannot|won'?t|kan (ju )?inte|gar (ju )?inte att)\b[^.!?]{0,20}\b(move|flytta|bara)\b[^.!?]{0,12}\b(the |my |our |a )?(bed|sofa|couch|desk|tv|wall|walls|router|modem|fibre box|fiber box|sang\w*|soffa\w*|skrivbord\w*|vagg\w*|routern|modemet|fiberdosan|tv:n|tvn)\b/;
/** The device itself cannot be moved (a desktop, a smart TV on the wall): a real cannot. */
const FIXED_DEVICE = /\b(desktop|stationar\w*|smart ?tv|tv:n|tvn|the tv|printer|skrivare\w*)\b/;
/** The router named anywhere in the reply ("the router? I can't move it"). */
const ROUTER = /\b(router|routern|routers|modem|modemet|fib(re|er) ?box|fiberdosan|fiberboxen)\b/;
/** "…can't move it", "den sitter fast", "the fibre comes in by the front door": it stays where it is. */
const STAYS_PUT =
  /\b(can'?t|cant|cannot|won'?t|unable to|no way to|kan (ju )?inte|gar (ju )?inte att)\b[^.!?]{0,12}\b(move|moved|flytta|flyttas|bara)\b[^.!?]{0,8}\b(it|that|den|det|dem|them|anywhere|nagonstans|routern|the router|my router|modemet|the modem)\b|\b(can'?t|cant|cannot|won'?t) be moved\b|\b(kan|gar) (ju )?inte (att )?flyttas\b|\b(sitter fast|fastskruvad|(is|it'?s) (fixed|mounted|bolted|screwed)|(fib(re|er)|the (cable|line)|fibern|kabeln|ledningen)\b[^.!?]{0,20}\b(comes? in|kommer in))\b/;

/** What the customer says cannot be moved when it was not asked to be: the router, furniture, or null. */
export function fixedThing(text: string): 'router' | 'furniture' | null {
  const t = fold(cleanText(String(text ?? '')).slice(0, 600)).replace(/[’`´]/g, "'");
  const named = FIXED_THING.exec(t);
  if (named) {
    if (FIXED_DEVICE.test(t.replace(FIXED_THING, ''))) return null;
    return ROUTER.test(named[0]) ? 'router' : 'furniture';
  }
  return ROUTER.test(t) && STAYS_PUT.test(t) && !FIXED_DEVICE.test(t) ? 'router' : null;
}

/** The customer cannot move furniture or the router, which is not what was asked. */
export function cannotMoveFixedThing(text: string): boolean {
  return fixedThing(text) !== null;
}
