// English texts for "can't you just open it / check it / fix it now?" while a team has the case
// (src/agent/desk-limits.ts): what this desk can and cannot do for that team's case, and why; and the
// refund text for a slow or unstable line (src/agent/compensation-kind.ts).
export const deskLimitsEn = {
  'desk_limit.billing':
    'I cannot do that from here: invoices, payments and a paused subscription are handled only by {ourTeam} — I can neither see nor change them. I have put your request on case {reference}.',
  'desk_limit.billing_suspended':
    'I cannot open the connection from here: a subscription paused for an unpaid invoice can only be opened by {ourTeam}, once they have seen the payment. I have put your request on case {reference}.',
  'desk_limit.sales':
    'I cannot do that from here: prices, offers and changes to the subscription are handled only by {ourTeam}. I have put your request on case {reference}.',
  'desk_limit.field':
    'I cannot do that from here: what can be tested and changed remotely has been done, and this fault needs a technician on site. I have put your request on case {reference}.',
  'desk_limit.tier2':
    'I cannot do that from here: I have run the tests and fixes I am allowed to, and what is left needs {ourTeam}, who have tools I do not. I have put your request on case {reference}.',
  'desk_limit.noc':
    'I cannot do that from here: the fault is in our network, and only {ourTeam} can work on it. I have put your request on case {reference}.',
  'desk_limit.agents':
    'I cannot do that myself — it needs a person at {ourTeam}. I have put your request on case {reference}.',
  'desk_limit.security':
    'I cannot do more from here: I have changed what I may change on your router, and the rest of the investigation is for {ourTeam}. I have put your request on case {reference}.',
  'desk_limit.when': '{team} answers you here within {when}.',
  // Money back asked for where the line gives the full speed: no fault of ours, said plainly — and the way to dispute it.
  'reply.compensation.no_line_fault':
    'I understand it is annoying. Your line delivers the speed you pay for — it is the Wi-Fi between the router and your device that slows it down, so that gives no reduction on the invoice. If you still want to dispute the invoice, our billing department decides: I pass your request to them with your own words when we finish here.',
  // Money back asked for before the line is checked: taken up, not forgotten.
  'reply.compensation.identity':
    'About money back: that depends on whether a fault on our side caused it, which I find out when I check your line — I come back to it then, and our billing department decides on any reduction.',
  'reply.compensation.slow':
    'If your connection has been much slower than your plan because of a fault on our side, you can get a reduction on your invoice for that period. Our billing team decides on that.',
  'reply.compensation.unstable':
    'If your connection has kept dropping because of a fault on our side, you can get a reduction on your invoice for that period. Our billing team decides on that.',
  'handoff.also_noted':
    'Your other question I have put on case {reference}; {ourTeam} answers it here within {when}.',
  'handoff.nothing_changed':
    'No — nothing has been cancelled or changed. I have only passed your question on to {ourTeam}; nothing happens to your subscription until you have agreed on it with them.',
} as const;
