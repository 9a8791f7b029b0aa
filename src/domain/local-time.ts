import type { Language } from './vocabulary.js';

/** The demo operator's time zone: the default where no operator zone is passed (docs/operator-config.md). */
export const DEMO_TIME_ZONE = 'Europe/Stockholm';

/** The day said as a word when it is today or tomorrow where the customer lives. */
const NEAR_DAYS: Record<Language, [today: string, tomorrow: string]> = {
  sv: ['i dag {clock}', 'i morgon {clock}'],
  en: ['today at {clock}', 'tomorrow at {clock}'],
};

const localDate = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

/**
 * A time as the ISP's customers read it: weekday and clock in the operator's time zone
 * (sla.businessHours.timeZone), e.g. "mån 05:54"; with `now` given, "i dag 17:41" / "tomorrow at 08:00".
 */
export function formatLocalTime(
  iso: string,
  lang: Language,
  timeZone: string = DEMO_TIME_ZONE,
  now?: Date,
): string {
  const at = new Date(iso);
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  if (now) {
    const day = localDate(at, timeZone);
    const near = [localDate(now, timeZone), localDate(new Date(now.getTime() + 86_400_000), timeZone)];
    const i = near.indexOf(day);
    if (i >= 0) {
      const clock = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(
        at,
      );
      return NEAR_DAYS[lang][i].replace('{clock}', clock);
    }
  }
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}
