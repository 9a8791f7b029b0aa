// What an incident is, told in the conversation's language. An incident's title is the operator's
// own words, in whatever language they were written; a customer reads the incident's kind and place
// instead ("fiberavbrott i Limhamn"), and the title only when the kind is one the desk has no words for
// and the conversation is in English.
import type { Incident, Language } from '../domain/index.js';
import { hasMessage, t } from './messages/index.js';

/** The place of an area code as written on a sign ("SE-MMO-LIMHAMN" → "Limhamn"), or null. */
function placeName(areaCode: string | undefined): string | null {
  const parts = (areaCode ?? '').split('-');
  const last = parts.length > 2 ? parts.slice(2).join(' ') : parts.at(-1);
  if (!last) return null;
  return last
    .replace(/_/g, ' ')
    .toLowerCase()
    .replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
}

/** "fiberavbrott i Limhamn" / "fibre cut in Limhamn"; `area` is the customer's area when it is known. */
export function incidentWords(
  inc: Pick<Incident, 'kind' | 'title' | 'areas'>,
  lang: Language,
  area?: string | null,
): string {
  const kindKey = `incident.kind.${inc.kind.toLowerCase()}`;
  const known = hasMessage(kindKey);
  if (!known && lang === 'en' && inc.title) return inc.title;
  const what = t(lang, known ? kindKey : 'incident.kind.other');
  const place = placeName(area && inc.areas.includes(area) ? area : inc.areas[0]);
  return place ? t(lang, 'incident.in_place', { what, place }) : what;
}
