// "can i call someone?", "finns det ett nummer jag kan ringa?" after a handoff: answered (by phone
// through the help centre's contact page, or here), never passed on as a question for a colleague.

/** Ways of asking to phone a person (folded text). */
const CALL = [
  /\b(can|could|may|should|cant|couldnt)('?t|n'?t| not)? (i|we) (not )?(just )?(call|phone|ring|talk to \w+ on the phone)\b/,
  /\b(phone|telephone|contact) (number|nr|line)\b|\bnumber (i|we) can (call|ring)\b|\bis there (a|any) (number|phone)\b/,
  /\b(kan|far|ska) (jag|vi|man) (inte )?(bara )?(ringa|slå en signal)\b/,
  /\b(telefonnummer\w*|telefonnumr\w*|telefonnr|numret (till|att ringa)|nummer (jag|man|vi) kan ringa|ringa (er|till er|nan|nagon|kundtjanst\w*|support\w*))\b/,
];

export function asksToCall(folded: string): boolean {
  return CALL.some((re) => re.test(folded));
}
