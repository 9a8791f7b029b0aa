// English texts for turns that close or hand over a case in the customer's terms: a request carried
// out (nothing was broken), a technician visit the customer does not want, a question the catalogue
// has no answer for, and contact details for someone who is not a customer yet.
export const repairEn = {
  'ask.resolution.confirm.request': 'Is everything as you wanted it now?',
  'problem.wifi_rename': 'renaming your Wi-Fi network',
  'reply.cannot_answer':
    'That is not something I can answer myself, so I have noted your question on case {reference} — a colleague will answer it here.',
  'why.confirm':
    'What I need to know now is whether your problem is gone after what I just did, so that I can close the case or try the next thing.',
  'why.confirm.request':
    'What I need to know now is whether the change I just made is what you wanted — nothing else on your connection has been touched.',
  'why.identity':
    'Before I can look at your subscription or change anything, I need to know that I am talking to the account holder.',
  'why.consent': 'I only change something on your router when you say yes — the choice is yours.',
  'why.step':
    'This is something only you can do at the router, and it tells me whether the fault is in your home or on our side.',
  'why.config': 'I need these details to make the change on your router.',
  'why.availability':
    'I ask so that the technician can reach you at a time that suits you; you can also say that you do not want a visit.',
  'why.clarify': 'Your answer tells me which of the two to help you with first.',
  'why.check': 'Your answer tells me where to look for the fault.',
  'reply.are_you_bot':
    'I am Frontline, the automated support technician — not a person. I can test and fix most things myself straight away; if you would rather have a person, just say so and I will pass you on.',
};
