// English texts for a booked visit the customer asks to change or asks about: a fitting time kept when
// nothing inside the new times is free, the nearest time offered instead, a call before the visit,
// thanks, and a cable the customer checks before a technician is sent (src/agent/visit-keep.ts).
/** What a technician visit costs, from the help centre's page on technician visits (data/kb/technician-visit). */
const VISIT_COST =
  'No — a technician visit for a fault in our network or in equipment we supplied is free. Only if the fault turns out to be in your own equipment or cabling inside the home may it cost, and the technician tells you before starting any chargeable work.';

export const visitsEn = {
  // "do i have to pay for the visit?" while a visit is asked for, or in a case only a visit fixes.
  'reply.cost.contact.availability': VISIT_COST,
  'reply.cost.fiber_los': VISIT_COST,
  'reply.cost.optical_power_low': VISIT_COST,
  'reply.cost.docsis_power_out_of_range': VISIT_COST,
  'reply.cost.hardware_failure':
    'No — a technician visit for a fault in equipment we supplied is free, and a faulty router of ours is replaced free of charge, so you do not need to buy one yourself.',
  'visit.person_kept':
    'Of course. Your technician visit stays booked for {window} — I have not moved it. I have asked a colleague at customer service to take over here on case {reference}; if you want another time, you can agree on it with them.',
  // A person asked for in a case a technician fixes on site (visit-person.ts personVisit).
  'visit.person.technician':
    'You will get a person: this fault is fixed on site by a technician — a person — and your case is with our field technicians, people who see everything you have written here.',
  'visit.person.technician.ask':
    'You will get a person: this fault is fixed on site by a technician — a person who comes to your home. To book the visit I need to know when you can be home.',
  'visit.person.team':
    'You will get a person: your case is with our field technicians — people — who see everything you have written here and contact you about the next step.',
  'visit.kept':
    'There is no free visit at the times you gave now, so I have kept your visit on {window} (reference {reference}). Nothing is changed.',
  'visit.kept.offer':
    'There is no free visit at the times you gave now. The nearest free time to them is {nearest}. I have kept your visit on {window} (reference {reference}) — shall I take {nearest} instead?',
  'visit.asked.free':
    'Yes — {nearest} is free. I have kept your visit on {window} (reference {reference}) for now — shall I move it to {nearest}?',
  'visit.offer_taken':
    'Done — the visit is now booked for {window} (reference {reference}). The earlier time is cancelled.',
  'visit.call':
    'Yes — the technician calls or sends a text message about 30 minutes before they arrive, so you know when they come. If you miss the call, they try again or send a text; the booked time stays. If the time has to change, our field team contacts you before then.',
  'visit.call.noted': 'I have noted on case {reference} how best to reach you, so the technician knows.',
  // "Ring gärna innan på 070-…", "please text me 30 min before": the wish honoured, the number said back.
  'visit.ahead_noted.call':
    'I have added to case {reference} that you want a call before the visit, so the technician sees it: they call you about 30 minutes before they come. If they should use another number than the one on your account, write it here.',
  'visit.ahead_noted.call.number':
    'I have added your number {phone} and that you want a call before the visit to case {reference}, so the technician sees it: they call you about 30 minutes before they come.',
  'visit.ahead_noted.text':
    'I have added to case {reference} that you want a text message before the visit, so the technician sees it: they text you about 30 minutes before they come. If they should use another number than the one on your account, write it here.',
  'visit.ahead_noted.text.number':
    'I have added your number {phone} and that you want a text message before the visit to case {reference}, so the technician sees it: they text you about 30 minutes before they come.',
  'visit.still_booked': 'The visit is still booked for {window}.',
  'visit.whole_window':
    'The technician can come at any point within the booked window, so someone aged 18 or over needs to be home for the whole window — if someone else over 18 is home, you can go out. The visit itself usually takes about an hour.',
  'visit.hours_noted':
    'I have noted on case {reference} the hours you are home that day, so the technician comes within them.',
  'visit.comes': 'Yes — a technician comes to your home at the booked time.',
  'visit.earliest':
    'That is the first free visit inside the times you gave. If you can manage an earlier time, tell me when and I will look for one.',
  'visit.inside':
    'Yes — the technician needs to come in to reach your router or modem and the socket where the line comes into your home. Someone aged 18 or over needs to be there to let them in.',
  'visit.before_limit':
    'No free visit time ends by {limit}, so I cannot promise that the technician arrives before {limit} — but I have noted on the case for the technician to come before {limit} if possible.',
  'visit.before_limit.kept':
    'There is no free visit time that ends by {limit} at the times you named, so your visit stays on {window} (reference {reference}). I cannot promise arrival before {limit}, but I have noted for the technician to come before {limit} if possible. If you would rather have another day, tell me which and I will move it.',
  'visit.door_code_noted': 'Thanks — I have noted door code {code} on case {reference} for the technician.',
  'visit.door_code_noted.details':
    'Thanks — I have noted door code {code} on case {reference} for the technician, and with it: {details}.',
  'visit.access_noted': 'Thanks — I have noted this on case {reference} for the technician: {details}.',
  'visit.prepare':
    'Nothing special: make sure the technician can get to the router or modem and the socket where the line comes in, and leave the router plugged in. If there is a door code, write it here and I will note it for the technician.',
  'visit.time_off.after_work':
    'No — the visit is {window}, after normal working hours, so you should not need to take time off. Someone aged 18 or over needs to be home then to let the technician in.',
  'visit.time_off.work_hours':
    'The visit is {window}, during working hours, so someone aged 18 or over needs to be home then to let the technician in — it does not have to be you. If a time after work or at the weekend suits you better, tell me and I will look for one.',
  'visit.thanks':
    'You are welcome! The technician comes {window} (reference {reference}). Just write here if anything changes.',
  'check_first.cable':
    'Yes, let us check that first — I will not book a visit yet. Check that the cables are pushed in firmly at both ends and are not bent sharply or damaged. Tell me when you have done it, and I will test again.',
  'check_first.cable.fibre':
    'Yes, let us check that first — I will not book a visit yet. Gently push the thin fibre cable between the wall socket and the fibre box in firmly at both ends, without bending it sharply, and do not look into the end. Tell me when you have done it, and I will test the line again.',
};
