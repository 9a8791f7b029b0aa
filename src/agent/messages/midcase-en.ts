// English texts for wrong turns during a case (identity help, area outages without a number, a
// question inside "does it work now?", questions about a step).
export const midcaseEn = {
  'identity.pin_where':
    'Your PIN is in the welcome letter you got when your subscription started — take your time. If you cannot find it, you can also call us.',
  'outage.public':
    'Yes — there is a known fault in that area right now ({title}). Our technicians are working on it and expect it fixed by {eta}.',
  'outage.public_no_eta':
    'Yes — there is a known fault in that area right now ({title}). Our technicians are working on it.',
  'ask.identity.customer_number.link':
    'If you give me your customer number, I will link your case to the fault so that you get a message here when it is fixed. Have you got it?',
  'ask.identity.pin.again': 'When you have it, just write the 4-digit PIN here.',
};
