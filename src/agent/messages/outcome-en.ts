// English texts for what happens after the outcome: incidents told by kind and place, field visits
// booked inside the customer's times (src/agent/incident-words.ts, src/agent/visit-times.ts).
export const outcomeEn = {
  'reply.why_pin.outage':
    'The outage covers the whole area, but to link your own subscription to it — and to write to you here when it is fixed — I need to know I am talking to the account holder. That is what the PIN shows.',
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
