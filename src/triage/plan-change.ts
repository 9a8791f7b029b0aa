import { fold } from './normalize.js';

/**
 * "kan han gå ner till det billigaste?", "byta till ett snabbare", "can we downgrade?": a change of plan asked for,
 * which is sales' (account_change) even when the message also says what the customer pays.
 */
const PLAN_CHANGE = new RegExp(
  [
    String.raw`\b(ga|byta|byt|sanka|hoja|flytta) (ner|ned|upp)\b[^.?!]{0,25}\b(till|pa)\b[^.?!]{0,15}\b(billigare|billigaste|snabbare|snabbaste|storre|mindre|lagre|hogre|ett annat|det|ett) ?(abonnemang\w*|paket\w*|hastighet\w*)?`,
    String.raw`\b(byta|byt|ga over) till (ett |det )?(billigare|billigaste|snabbare|snabbaste|mindre|storre)\b`,
    String.raw`\b(downgrad\w*|upgrad\w*)\b[^.?!]{0,30}\b(plan|subscription|package|speed|to \d+)`,
    String.raw`\b(can|could|may) (i|we|he|she|they) (downgrade|upgrade)\b`,
    String.raw`\b(switch|change|move|go down|go up) to (a |the )?(cheaper|cheapest|faster|fastest|smaller|bigger|lower|higher)\b`,
  ].join('|'),
);

/** The message asks for another plan (folded on the way in). */
export function asksPlanChange(cleaned: string): boolean {
  return PLAN_CHANGE.test(fold(cleaned));
}
