// English: questions asked before the desk knows who it talks to (the opening, beside the customer number,
// the first e-mail) — answered beside the identity question, or acknowledged until the line is checked.
export const earlyEn = {
  'identity.question_later': 'I will answer your question as soon as I have checked your connection.',
  'reply.should_restart.identity':
    'Hold off on restarting for now — I check your line and router from here first, and I tell you if a restart would help.',
  'reply.should_restart.identity.again':
    'No, wait with the restart — checking from here first is quicker, and I say so if it is needed.',
} satisfies Record<string, string>;
