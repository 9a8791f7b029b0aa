import type { Language } from './vocabulary.js';

/** A time as the ISP's customers read it: Swedish time, weekday and clock (e.g. "mån 05:54"). */
export function formatLocalTime(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    timeZone: 'Europe/Stockholm',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
