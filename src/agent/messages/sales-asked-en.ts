// English: what sales settles, asked of the desk after a case's outcome — what a move costs, a fixed IP
// address, the price of a faster plan — and a payment the customer says they have made.
export const salesAskedEn = {
  'reply.move_cost':
    'What a move costs depends on your new address and the subscription there, so I cannot see it from here — our sales team, who handle moves, confirms the price with you.',
  'case.paid_told.billing_suspended':
    'Thank you — I have noted on case {reference}, in your own words, that you have already paid, so {ourTeam} can check it. A payment usually shows with us within a few hours, and once it has, your connection opens again by itself. You do not need to do anything more — no restart of the router either.',
  'case.paid_told.billing_suspended.again':
    'Yes — that you have paid is on case {reference} already, and {ourTeam} checks it. Once the payment is registered, your connection opens again by itself.',
  'case.still_closed.billing_suspended.paid':
    'Your connection opens again by itself as soon as your payment is registered with us — usually within a few hours. You do not need to do anything more. If it is still closed after that, write here and we look into it.',
  'case.still_closed.billing_suspended.unpaid':
    'Your connection opens again by itself once the invoice is paid and the payment is registered with us — usually within a few hours. On case {reference}, {ourTeam} helps you with the invoice.',
  'case.nothing_more.billing_suspended':
    'No, nothing more: once your payment is registered, your connection opens again by itself — usually within a few hours. You do not need to restart the router.',
  'case.nothing_more':
    'Nothing more for now: {team} has your case {reference} and gets back to you here within {when}; if they need anything from you, they tell you then.',
  'sales.offer.plan_price':
    'What another plan costs depends on the speed you choose and your address, so I cannot see the price from here — our sales team gives it to you. Shall I ask them to contact you about it?',
  'sales.offer.static_ip':
    'Shall I pass a request for a fixed IP address to our sales team? They contact you with the price, and add it to your subscription if you want it.',
  'sales.ask.static_ip':
    'If you want one, the account holder asks our sales team for it: write here with your customer number and PIN, and I pass the request on.',
  'sales.offer.declined':
    'All right — I have not passed anything to our sales team, and nobody will contact you about it. Just ask if you want the price later.',
};
