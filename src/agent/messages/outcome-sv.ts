// Swedish texts for what happens after the outcome (see outcome-en.ts).
import type { outcomeEn } from './outcome-en.js';

export const outcomeSv: Record<keyof typeof outcomeEn, string> = {
  'reply.why_pin.outage':
    'Avbrottet gäller hela området, men för att koppla just ditt abonnemang till det – och skriva till dig här när det är löst – behöver jag veta att jag pratar med kontoinnehavaren. Det är det PIN-koden visar.',
  'incident.in_place': '{what} i {place}',
  'incident.kind.other': 'en störning i vårt nät',
  'incident.kind.fiber_cut': 'ett fiberavbrott',
  'incident.kind.fibre_cut': 'ett fiberavbrott',
  'incident.kind.power_outage': 'ett strömavbrott i vår utrustning',
  'incident.kind.node_failure': 'ett fel i vår nätutrustning',
  'incident.kind.maintenance': 'planerat underhåll',
  'incident.kind.planned_maintenance': 'planerat underhåll',
  'incident.kind.planned_work': 'planerat underhåll',
};
