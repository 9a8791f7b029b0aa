// English answers to questions asked with the problem itself — whether anything must be bought, what
// the desk can do from its side, whose fault it is, whether someone must be at home — by the root cause
// or the question the first diagnosis puts (problem-questions.ts).
export const problemQuestionsEn = {
  'reply.need_to_buy':
    'Nothing I have found so far needs anything bought — and if our line or our equipment has to be repaired or replaced, that is free of charge.',
  'reply.need_to_buy.wifi_weak_signal':
    'Nothing to buy from us. Try the step below first; if the room stays weak, a mesh unit or an access point placed halfway (from any electronics store) is what helps.',
  'reply.need_to_buy.contact.availability':
    'No — the repair is ours and free of charge; the technician brings whatever is needed.',
  'reply.remote_help':
    'Yes — I have tested your line and router from here already, and most things I can put right from here too; I ask you before I change anything.',
  'reply.remote_help.wifi_weak_signal':
    'From here I have tested your line and router, and both work as they should — the weak spot is the Wi-Fi signal on its way to that room, which no setting I change from here makes reach further.',
  'reply.remote_help.contact.availability':
    'I have tested from here: the fault is physical, so nothing I change from here reaches it — a technician has to fix it on site.',
  'reply.your_fault':
    'My tests show where a fault lies, and I tell you what they find. If it is in our line or our equipment, fixing it is free of charge.',
  // "is it your fault?" when the tests found nothing: what they show, honestly.
  'reply.your_fault.nothing_found':
    'I cannot see a fault on our side right now: your line and your router answer my tests as they should. So I cannot point to anything of ours at the moment — if it happens again, write here while it is happening, and I test it right then.',
  'reply.my_side.nothing_found':
    'My tests find nothing wrong right now, neither in our network nor in your router, so nothing points to anything you did. If it happens again, write here while it is happening, and I test it right then.',
  'reply.your_fault.other_service_request':
    'That service I cannot test from here, so I cannot say yet whose side the fault is on; the colleague who takes your question can.',
  'reply.your_fault.wifi_weak_signal':
    'It is no fault on our side or yours: your line and router work as they should — the Wi-Fi signal just does not reach that far through the walls.',
  'reply.your_fault.contact.availability':
    'Not yours: the fault is in our line or our equipment, and repairing it is free of charge.',
  // "do I have to stay home for this?" once second line has the case: no, and when a visit would be needed.
  'reply.be_home.after.tier2':
    'No, you do not need to stay in. Our second-line team works from a distance first: a fault on the line is fixed at the exchange or out in the street, without a visit. If they find that someone must come into your home, they tell you and agree on a time with you first.',
  // "will a technician come to us?" once second line has the case: remotely first, a visit only if needed.
  'reply.technician_when.after.tier2':
    'Not to begin with: our second-line team work from a distance first. If they find that a visit is needed, they agree on a time with you first — nobody comes without you knowing.',
  'reply.be_home':
    'Not for what I do from here — I test and change your router remotely. Only a step I ask you to do by the router needs someone next to it.',
  // "and is the technician still coming?" after a case fixed without a visit.
  'reply.technician_when.after.resolved':
    'No, no technician is coming: the fault is fixed, so a visit was not needed. If it comes back, just write here.',
  'reply.technician_when.identity.pin':
    "I can't tell yet — first I test your line and router, and I fix what I can from here. If a technician is needed, I book the visit with you here, at a time that suits you.",
  'reply.technician_when.identity.customer_number':
    "I can't tell yet — first I test your line and router, and I fix what I can from here. If a technician is needed, I book the visit with you here, at a time that suits you.",
  'reply.technician_when.consent.reboot':
    'Not yet — first I try the restart. If it does not clear the fault, a technician comes to put it right, and I book the visit with you here, at a time that suits you.',
  'reply.technician_when.contact.availability':
    'I book the visit myself, {here}: technicians come on weekdays in the morning, afternoon or evening, and on Saturday mornings. Tell me which days and times suit you — and any that do not — and I will book the first free time inside them.',
  'reply.be_home.contact.availability':
    'For the visit, yes — someone aged 18 or over has to be at home to let the technician in, so pick a time when you are at home.',
  // Asked in the message whose reply hands the case on: what that team does.
  'reply.be_home.outcome.field':
    'Yes — this fault needs a technician at your home, so someone aged 18 or over has to be there to let them in and show where the router and the wall outlet are. If the time below does not suit you, just say so here and it is moved.',
  'reply.technician_when.outcome.field':
    'Yes — this fault needs a technician on site, so I am booking a visit for you now.',
  'reply.be_home.outcome.tier2':
    'Not for now: no technician is booked. Our second-line team first looks into the fault from a distance. If they find that a visit is needed, they agree on a time with you first — then someone aged 18 or over has to be at home to let the technician in.',
  'reply.technician_when.outcome.tier2':
    'Not to begin with — no visit is booked. Our second-line team first looks into the fault from a distance; if they find that a visit is needed, they agree on a time with you before anyone comes.',
  'reply.need_upgrade':
    'Nothing I have found so far says a faster plan is needed: a faster plan only helps when your line is fully used, and a fault is fixed free of charge. Whether a bigger plan suits how you use the internet is something our sales team can tell you.',
  'reply.need_upgrade.wifi_channel_congestion':
    'No — your line gives the speed you pay for. The slowness comes from your Wi-Fi sharing a crowded channel with the networks of your neighbours, which a faster plan would not change; a quieter channel does.',
  'reply.need_upgrade.speed_wifi_limited':
    'No — the full speed of your plan reaches your router. It is the Wi-Fi on the way to your device that slows it down, which a faster plan would not change.',
  'reply.need_upgrade.wifi_weak_signal':
    'No — the full speed of your plan reaches your router. The Wi-Fi signal is weak where the device is, which a faster plan would not change.',
  'reply.need_upgrade.speed_line_degraded':
    'No — the speed to your router is below what your plan gives because of a fault on our side, and a faster plan would not fix that. Repairing it is free of charge.',
  'reply.need_upgrade.contact.availability':
    'No — this is a fault in our line or equipment, and a faster plan would not fix it. The repair is ours and free of charge.',
  // "would the new price apply already on this month's bill?" beside a plan change: sales sets it.
  // "vad kostar 1000 ungefär?" asked for an upgrade, before the account is known: the plan's price is sales', never
  // "troubleshooting is free".
  'reply.cost.request.account_change':
    'What a new plan costs depends on your address, and I cannot see prices from here — our sales team gives you the price when they take the change.',
  'reply.cost.sales_request':
    'What a new plan costs, and from which invoice the new price applies, our sales team sets when they make the change — I cannot see prices or invoice dates from here, so they confirm both when they contact you.',
  // "vad är det för avgift?" asked with an invoice question: a line billing sees, never "troubleshooting is free".
  'reply.cost.billing_request':
    'Which fee that is I cannot see from here — the lines of your invoice are seen by our billing team. They have your invoice in front of them, explain what the charge is and put it right if it is wrong.',
  'reply.remote_help.after.resolved':
    'Yes — I can see your line and router from here, and my last tests after the fix looked good. If it happens again, write here and I will look at the line from here again.',
};
