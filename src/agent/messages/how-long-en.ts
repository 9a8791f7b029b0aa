// English answers to "how long will this take?" by the point of the case (src/agent/how-long.ts), and
// the short forms of the questions put again after them (src/agent/reask.ts).
const IDENTIFY_AND_TEST =
  'Not long: finding your subscription and testing your line and router takes a minute or two.';

export const howLongEn = {
  'reply.how_long.opening': IDENTIFY_AND_TEST,
  'reply.how_long.identity.customer_number': IDENTIFY_AND_TEST,
  'reply.how_long.identity.pin': IDENTIFY_AND_TEST,
  'reply.how_long.contact.availability':
    'This one needs a technician, so it depends on the time we book: tell me when suits you and I will book the first free visit. The visit itself usually takes about an hour.',
  // "hur lång tid tar det här?" asked beside the number or PIN, answered once the check puts a permission:
  // the case's time from here, the action's minutes only if the customer says yes (identity-question.ts).
  'reply.how_long.held.consent':
    'The check is done. If you say yes to what I ask below, it takes only a few minutes more, and then I check that it helped.',
  'reply.how_long.held.consent.reboot':
    'The check is done. If you let me restart the router, that takes about two minutes more, and then I check that it helped.',
  'reply.how_long.held.consent.firmware_update':
    'The check is done. If you let me update the router, that takes about five minutes more, and then I check that it helped.',
  'reply.how_long.resolution.confirm':
    'Nothing more to wait for on my side — it is done. If a page does not load straight away, give the router a minute more.',
  'visit.how_long':
    'The technician comes within your booked time, {window} (reference {reference}); the visit itself usually takes about an hour.',
  'visit.cancelled_asked':
    'No technician is coming: you cancelled the visit, as you asked (reference {reference}). The fault is still there, though — shall I book a visit again? Just tell me when suits you.',
  'again.identity.customer_number': 'What is your customer number?',
  'again.identity.pin': 'And your 4-digit PIN?',
  'reask.identity.pin': 'To protect your account, please give me your 4-digit PIN.',
  'again.contact.availability': 'When would suit you for the visit?',
};
