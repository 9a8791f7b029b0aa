import type { Language } from './vocabulary.js';
import { DEMO_TIME_ZONE } from './local-time.js';

/**
 * The operator's words in what customers read: the customer portal's name per language
 * (operator file: brand.portal) and the time zone times are told in (sla.businessHours.timeZone).
 */
export interface CustomerWords {
  portal: Record<Language, string>;
  timeZone: string;
}

/** Names no ISP's portal: the texts' words when the operator gives none. */
export const NEUTRAL_PORTAL: Record<Language, string> = { sv: 'kundportalen', en: 'the customer portal' };

export const DEFAULT_CUSTOMER_WORDS: CustomerWords = { portal: NEUTRAL_PORTAL, timeZone: DEMO_TIME_ZONE };
