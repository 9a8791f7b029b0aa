// English: questions asked before the desk knows who it talks to (the opening, beside the customer number,
// the first e-mail) — answered beside the identity question, or acknowledged until the line is checked.
export const earlyEn = {
  'identity.question_later': 'I will answer your question as soon as I have checked your connection.',
  'reply.should_restart.identity':
    'Hold off on restarting for now — I check your line and router from here first, and I tell you if a restart would help.',
  'reply.should_restart.identity.again':
    'No, wait with the restart — checking from here first is quicker, and I say so if it is needed.',
  // "200185. but please can't someone just call me": a call asked for beside the number.
  'reply.call_me.identity.human_agent':
    'Yes — as soon as you are verified I pass you to a colleague, and I put on the case that you would rather be called.',
  'reply.call_me.identity':
    'I cannot call from here, but a call is rarely needed: as soon as you are verified I test your line and router and fix what I can, right {here}. If a colleague has to take over, they can call you — just say so then, and I put it on the case.',
} satisfies Record<string, string>;
