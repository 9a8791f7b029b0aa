// "I can't move the bed": to "move the device closer" that is about furniture or the router, not the
// device itself, so the step is clarified (take the laptop or phone there) rather than given up.
import { cleanText, fold } from './normalize.js';

const FIXED_THING =
  /\b(can'?t|cant|cannot|won'?t|kan (ju )?inte|gar (ju )?inte att)\b[^.!?]{0,20}\b(move|flytta|bara)\b[^.!?]{0,12}\b(the |my |our |a )?(bed|sofa|couch|desk|tv|wall|walls|router|modem|fibre box|fiber box|sang\w*|soffa\w*|skrivbord\w*|vagg\w*|routern|modemet|fiberdosan|tv:n|tvn)\b/;
/** The device itself cannot be moved (a desktop, a smart TV on the wall): a real cannot. */
const FIXED_DEVICE = /\b(desktop|stationar\w*|smart ?tv|tv:n|tvn|the tv|printer|skrivare\w*)\b/;

/** The customer cannot move furniture or the router, which is not what was asked. */
export function cannotMoveFixedThing(text: string): boolean {
  const t = fold(cleanText(String(text ?? '')).slice(0, 600)).replace(/[’`´]/g, "'");
  return FIXED_THING.test(t) && !FIXED_DEVICE.test(t.replace(FIXED_THING, ''));
}
