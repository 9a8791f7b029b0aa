// English texts for what happens after the outcome: incidents told by kind and place, field visits
// booked inside the customer's times (src/agent/incident-words.ts, src/agent/visit-times.ts).
export const outcomeEn = {
  'reply.why_pin.outage':
    'The outage covers the whole area, but to link your own subscription to it — and to write to you here when it is fixed — I need to know I am talking to the account holder. That is what the PIN shows.',
  'escalated.field.booked_nearest':
    'I have passed your case to our field technicians (reference {reference}). There is no free visit at the times you gave, so I have booked the nearest free time: {window}. If that does not suit you, just tell me here when you can and I will move it.',
  'visit.when':
    'Your technician visit is booked for {window} (reference {reference}). If that time does not suit you, tell me here and I will move it.',
  'visit.home':
    'Yes, someone aged 18 or over needs to be home to let the technician in and show where the router and the fibre or cable socket are.',
  'visit.duration':
    'A visit usually takes about an hour; the technician comes at some point within the booked window.',
  'visit.checked_still':
    'Thanks for checking. As it is still not working, the fault is not something you can fix at home: a technician needs to look at it.',
  'visit.booked_later':
    'Then I will book it: a technician visit is booked for {window} (reference {reference}). If that time does not suit you, tell me here and I will move it.',
  'visit.booked_later_nearest':
    'Then I will book it. There is no free visit at the times you gave, so I have booked the nearest free time: {window} (reference {reference}). If that does not suit you, tell me here when you can and I will move it.',
  'visit.wanted_noted':
    'I have noted on case {reference} that you now want a technician visit, with the times you gave; our field team agrees on the time with you here.',
  'visit.moved':
    'Sorry about that — I have moved the visit to {window} (reference {reference}). The earlier time is cancelled.',
  'visit.moved_back':
    'Sorry about that — the visit is back at {window} (reference {reference}), as it was before.',
  'visit.moved_nearest':
    'There is no free visit at the times you gave, so I have moved it to the nearest free time: {window} (reference {reference}). The earlier time is cancelled. If this does not suit you either, tell me when you can.',
  'visit.move_noted':
    'I have noted on case {reference} that the booked time does not suit you; our field team will agree on a new time with you here.',
  'case.how_long.field.declined':
    'Our field technicians look at your case within {when} and contact you about the next step. No visit is booked unless you say yes to one.',
  'handoff.sales.cheaper':
    'Of course — I have noted on case {reference} that you would rather look at a cheaper or slower plan than cancel.',
  'handoff.sales.cheaper.price':
    'Prices I do not see here — they depend on what is available at your address. I have noted on case {reference} that you want a cheaper plan, and {ourTeam} sends you the options within {when}.',
  'handoff.not_urgent':
    'Understood — case {reference} is no longer marked as urgent; it keeps its normal place with {ourTeam}, who answer you here within {when}.',
  'handoff.not_urgent.none':
    'Understood — case {reference} is not marked as urgent; it keeps its normal place with {ourTeam}.',
  'handoff.urgent':
    'I understand — I have marked case {reference} as urgent for {ourTeam}, with what you wrote, so they see it before cases that can wait. They answer you here within {when}; you do not need to write again.',
  'handoff.unverified_follow_up':
    'Your question is added to case {reference}. The colleague who takes the case goes through it with you — you do not need your PIN for that, they can check that it is you in another way. {team} will answer you here within {when}.',
  'outage.no_visit':
    'A technician at your home would not help, I am afraid: the fault is in our network, not at your place, and our technicians are already repairing it. Meanwhile you can use your mobile phone as a hotspot. I will write to you here on case {reference} as soon as it is fixed.',
  'handoff.phone':
    'Yes, you can call our customer service: the phone number and opening hours are on the contact page of our help centre. Case {reference} is already there with what you wrote, so whoever answers can see it. Or stay here: {ourTeam} will answer you here within {when}.',
  'handoff.times_noted':
    'I have written the times you are at home on the case, so that a visit, if one is needed, is planned around them.',
  'handoff.person':
    'People on {ourTeam} — not me — have case {reference} and will answer you here within {when}.',
  'case.team_does':
    '{team} take over case {reference} with everything I have found and answer you here within {when}.',
  'case.team_does.tier2':
    '{team} are our specialists: they look into the fault from a distance — your line and our network behind it — starting from what I have already found. If they find that a visit is needed, they agree on a time with you.',
  'case.team_does.field':
    '{team} repair faults on site — at your home or at our equipment nearby — starting from what I have already found.',
  'closing.promised_linked':
    'The question I could not answer myself is now on a separate case {linked} with {team}, so it is not lost with this one; they answer you here.',
  // "how long until it is fixed, days or weeks?": a fault only fixed on site is usually repaired within days.
  'case.fixed_when.field_fix':
    'Usually within a few days: the technician’s visit is booked with you first, and the repair is mostly done at that visit. The exact day I cannot promise myself.',
  'case.home_visit': 'Nobody comes to your home unless a visit has been agreed with you first.',
  'case.home_visit.field_fix':
    'Yes — this fault is repaired on site, so a technician needs to come out to you. The time is agreed with you first (case {reference}); nobody comes without you knowing.',
  'case.home_visit.tier2':
    'Not to begin with: {ourTeam} work from a distance. If they find that a visit is needed, they agree on a time with you first — nobody comes without you knowing.',
  'incident.in_place': '{what} in {place}',
  'incident.kind.other': 'a network fault',
  'incident.kind.fiber_cut': 'a fibre cut',
  'incident.kind.fibre_cut': 'a fibre cut',
  'incident.kind.power_outage': 'a power cut at our equipment',
  'incident.kind.node_failure': 'a fault in our network equipment',
  'incident.kind.maintenance': 'planned maintenance',
  'incident.kind.planned_maintenance': 'planned maintenance',
  'incident.kind.planned_work': 'planned maintenance',
} as const;
