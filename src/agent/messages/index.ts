// Message catalogues and quick-reply options per language.
import { NEUTRAL_PORTAL, type AskKey, type Language } from '../../domain/index.js';
import { en } from './en.js';
import { sv } from './sv.js';

/** Every message key; the Swedish catalogue must have each one (a missing key is a type error). */
export type MessageKey = keyof typeof en;

export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { sv, en };

export type Params = Record<string, string | number>;

/** The operator's own words the texts use: `{portal}`, the customer portal's name (brand.portal). */
export interface BrandWords {
  portal: Record<Language, string>;
}

/** No ISP's portal: what the texts say when the operator names none. */
export const NEUTRAL_WORDS: BrandWords = { portal: NEUTRAL_PORTAL };

/** The text of `key` in `lang` with `{name}` parameters filled in (`{portal}` neutral unless given). */
export function t(lang: Language, key: MessageKey, params: Params = {}): string {
  const template = CATALOGUES[lang][key];
  const all: Params = { portal: NEUTRAL_WORDS.portal[lang], ...params };
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    all[name] !== undefined ? String(all[name]) : m,
  );
}

/** The parameters the operator's words add to every text in `lang`. */
export function brandParams(words: BrandWords, lang: Language): Params {
  return { portal: words.portal[lang] };
}

export function hasMessage(key: string): key is MessageKey {
  return key in CATALOGUES.en;
}

/** A key built at run time (e.g. from the runbook engine), checked: never a raw key in front of a customer. */
export function messageKey(key: string): MessageKey {
  if (!hasMessage(key)) throw new Error(`no message ${key} in the catalogue`);
  return key;
}

const YES_NO = { sv: ['Ja', 'Nej'], en: ['Yes', 'No'] };
const STEP = { sv: ['Klart', 'Det kan jag inte'], en: ['Done', "I can't do that"] };

/** Quick-reply buttons for a question. */
export function optionsFor(askKey: AskKey | null, lang: Language): string[] {
  if (!askKey) return [];
  if (askKey.startsWith('consent.') || askKey === 'device.restarted') return YES_NO[lang];
  if (askKey.startsWith('step.')) return STEP[lang];
  switch (askKey) {
    case 'resolution.confirm':
      return lang === 'sv'
        ? ['Ja, det fungerar', 'Nej, fortfarande inte']
        : ['Yes, it works', 'No, still not working'];
    case 'connection.type':
      return lang === 'sv' ? ['Wifi', 'Kabel'] : ['Wi-Fi', 'Cable'];
    case 'scope.devices':
      return lang === 'sv' ? ['Alla enheter', 'Bara några'] : ['All devices', 'Only some'];
    case 'csat.score':
      return ['1', '2', '3', '4', '5'];
    default:
      return [];
  }
}
