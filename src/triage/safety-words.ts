// "is that safe? … if we get hacked", "kan vi bli hackade av det?": hacking named as what could happen
// (a question about the safety of what is asked), never as what has happened ("we have been hacked").
// Matched against folded text (lowercase, å/ä/ö → a/a/o).
export const HYPOTHETICAL_HACK =
  /\b((get|gets|getting|be|bli|blir) hack\w*|(can|could|would|might|will) (we|i|you|someone|somebody|anyone|anybody|hackers?|people|ppl|others|strangers|folks|they|it|that|this) (then )?(get |be )?(hack\w*|break in|get in)|(kan|kommer|skulle) (vi|jag|man|nan|nagon|hackare|folk|de|dom|nagra) (da |sen |sedan )?(bli hack\w*|hacka\w*|ta sig in|komma in)|oppna\w* (det|den|man|ni|porten) (inte )?(upp )?(for|till) (hackare|intrang\w*|attack\w*))\b/;
