import type { Language } from './vocabulary.js';

/** The demo operator's time zone: the default where no operator zone is passed (docs/operator-config.md). */
export const DEMO_TIME_ZONE = 'Europe/Stockholm';

/**
 * A time as the ISP's customers read it: weekday and clock in the operator's time zone
 * (sla.businessHours.timeZone), e.g. "mån 05:54".
 */
export function formatLocalTime(iso: string, lang: Language, timeZone: string = DEMO_TIME_ZONE): string {
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
