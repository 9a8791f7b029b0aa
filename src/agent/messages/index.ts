// Message catalogues and quick-reply options per language.
import type { AskKey, Language } from '../../domain/index.js';
import { en } from './en.js';
import { sv } from './sv.js';

/** Every message key; the Swedish catalogue must have each one (a missing key is a type error). */
export type MessageKey = keyof typeof en;

export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { sv, en };

export type Params = Record<string, string | number>;

/** The text of `key` in `lang` with `{name}` parameters filled in. */
export function t(lang: Language, key: MessageKey, params: Params = {}): string {
  const template = CATALOGUES[lang][key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    params[name] !== undefined ? String(params[name]) : m,
  );
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
