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

/**
 * How the texts name the conversation's own channel: `{here}` ("here in the chat" / "here in the e-mail" /
 * "here on the call"), `{viaChannel}` (what cannot be sent that way) and `{aChannel}`,
 * and `{withUs}` (where the customer is talking to us). A text never says "chat" to someone who e-mails.
 */
const CHANNEL_WORDS: Record<'chat' | 'email' | 'voice', Record<Language, Params>> = {
  chat: {
    en: {
      here: 'here in the chat',
      viaChannel: 'through the chat',
      aChannel: 'a chat',
      withUs: 'You are chatting with us on our own website',
    },
    sv: {
      here: 'här i chatten',
      viaChannel: 'i chatten',
      aChannel: 'en chatt',
      withUs: 'Du chattar med oss på vår egen webbplats',
    },
  },
  email: {
    en: {
      here: 'here in the e-mail',
      viaChannel: 'by e-mail',
      aChannel: 'an e-mail',
      withUs: 'You are e-mailing our own customer service',
    },
    sv: {
      here: 'här i mejlet',
      viaChannel: 'via mejl',
      aChannel: 'ett mejl',
      withUs: 'Du mejlar med vår egen kundservice',
    },
  },
  voice: {
    en: {
      here: 'here on the call',
      viaChannel: 'over the phone',
      aChannel: 'a call',
      withUs: 'You are talking to our own support line',
    },
    sv: {
      here: 'här i samtalet',
      viaChannel: 'i telefon',
      aChannel: 'ett samtal',
      withUs: 'Du pratar med vår egen support i telefon',
    },
  },
};

/** The channel's own words in `lang` (a chat's for the console and the API). */
export function channelParams(channel: string | null | undefined, lang: Language): Params {
  const kind = channel === 'email' || channel === 'voice' ? channel : 'chat';
  return CHANNEL_WORDS[kind][lang];
}

/** The text of `key` in `lang` with `{name}` parameters filled in (`{portal}` neutral, the chat's words unless given). */
export function t(lang: Language, key: MessageKey, params: Params = {}): string {
  const template = CATALOGUES[lang][key];
  const all: Params = { portal: NEUTRAL_WORDS.portal[lang], ...CHANNEL_WORDS.chat[lang], ...params };
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
