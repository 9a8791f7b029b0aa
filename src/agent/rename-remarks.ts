// What a customer says about a Wi-Fi rename beside the plain answers: an objection to what the desk
// said ("va? du sa ju att dom ansluter av sig själva", "you said the wifi name stays the same, im
// confused") gets an apology and the true fact; a remark about the name while reconnecting ('its
// called pizza palace in small letters. i said "Pizza Palace"') renames it again, with permission,
// when the name differs, or says what it is called; after the close the same remark renames it again
// and "will my printer still work?" is answered from what the case did.
import { fold } from '../triage/normalize.js';
import { techQuestionOf } from '../triage/tech-questions.js';
import { quotedName } from '../triage/wifi-name.js';
import type { Ticket } from '../domain/index.js';
import type { EngineState } from '../runbooks/engine.js';
import type { ConversationState } from './conversation-state.js';
import type { MessageKey } from './messages/index.js';
import { RENAME_CAUSE } from './rename-after.js';
import type { Turn } from './turn.js';

/** "you said…", "du sa ju…", "im confused": the customer objects to what they were told (folded). */
const OBJECTS =
  /\b(you (just )?(said|told me|wrote)|u said|but you said|du (sa|skrev|sade)( ju)?|ni (sa|skrev)( ju)?|sa du (inte|ju)|i'?m confused|im confused|confusing|that makes no sense|doesn'?t make sense|forvirr\w*|jag fattar (inte|ingenting)|begriper inte|det stammer inte|thats (not right|wrong)|that'?s (not right|wrong))\b/;

/** The name said to be wrong: capitals, small letters, a misspelling (folded). */
const NAME_WRONG =
  /\b(capital\w*|upper ?case|lower ?case|small letters?|big letters?|stora? bokstav\w*|sma bokstav\w*|gemener|versaler|misspel\w*|stavat fel|stavning\w*|(the |wrong |fel )?(name|namnet)\b[^.?!]{0,20}\b(wrong|fel|still wrong|inte ratt|not right))\b/;

/** A device that has to join the renamed network (folded). */
const DEVICE =
  /\b(printer\w*|skrivar\w*|tv\w*|chromecast|apple ?tv|sonos|speaker\w*|hogtalar\w*|camera\w*|kamera\w*|doorbell|dorrklock\w*|console|konsol\w*|playstation|ps[45]|xbox|switch|laptop\w*|dator\w*|phone|mobil\w*|tablet|surfplatta|ipad|devices?|enhet\w*|grejer|prylar)\b/;

/** Anything on the Wi-Fi, named or all of it at once (folded): "alla våra grejer", "the smart plugs", "everything". */
const ON_THE_WIFI =
  /\b(printer\w*|skrivar\w*|tv\w*|teve\w*|sonos|speaker\w*|hogtalar\w*|camera\w*|kamera\w*|console|konsol\w*|laptop\w*|dator\w*|phones?|mobil\w*|tablet\w*|surfplatt\w*|ipad\w*|devices?|enhet\w*|grejer\w*|grejor|prylar\w*|saker(na)?|stuff|things|gadgets?|everything|everyone|allt|alla|lamp\w*|bulbs?|plugs?|uttag\w*|dammsugar\w*|vacuum\w*|robot\w*)\b/;
/** Losing the network or having to join it again (folded). */
const DROPS =
  /\b(tappa\w*|drop\w*|disconnect\w*|(kopplas|kopplar|koppla)\b(?=[^.!?]{0,30}\b(ner|ned|bort|ur|av)\b)|lose|loose|losing|loosing|blir utan|bli utan|go(es)? offline|offline|kick\w*|get booted|aker ut|akar ut|forsvinn\w*|fall\w* off|reconnect\w*|ateranslut\w*|(connect|join)\w* again|anslut\w* (igen|om|pa nytt))\b/;
/** Something on the Wi-Fi beside losing it, in either order (folded). */
const DEVICES_DROP = new RegExp(
  `${ON_THE_WIFI.source}[^.!?]{0,60}${DROPS.source}|${DROPS.source}[^.!?]{0,60}${ON_THE_WIFI.source}`,
);
/** What makes a sentence without a mark a question about the rename rather than a fault told: "då", "if", "will" (folded). */
const ASKS_IF = /\b(da|then|if|om|nar|will|would|kommer|do|does|gonna|going to|ska)\b/;
/** A fault told as it is now, not a question about the rename ("tappar nätet hela tiden") (folded). */
const FAULT_TOLD =
  /\b(hela tiden|jamt|ofta|alltid|igen|sedan|sen igar|varje (dag|kvall|natt)|all the time|constantly|keeps?|again|since|every (day|evening|night)|always|already|redan)\b/;
/** Smart-home devices, which usually join a renamed network through their own app (folded). */
const SMART_HOME =
  /\b(smart\w* (lamp\w*|bulbs?|lights?|plugs?|uttag\w*|hem\w*|home)|lampor(na)?|bulbs?|plugs?|smarta uttag\w*|robot\w*|dammsugar\w*|vacuum\w*|hue|tradfri|homey|smart home|smarta hemmet)\b/;

/** Joining the network again, in the customer's words (folded). */
const CONNECTING =
  /\b(re-?connect\w*|connect\w*|join\w*|by themselves|on their own|automatic\w*|anslut\w*|koppla\w*|av sig sjalv\w*|automatisk\w*|password|losen\w*)\b/;

/** Wi-Fi questions that belong to the rename while it is asked or carried out. */
const RENAME_ASKS = new Set(['config.wifi_name', 'consent.wifi_change', 'step.rejoin_wifi']);

/** What the rename means for the devices, by what has been done so far. */
const RENAME_FACT: MessageKey = 'reply.reconnect_devices.consent.wifi_ssid_change';
const DEVICE_FACT: MessageKey = 'reply.breaks_other.wifi_ssid_change';

/** The rename request as the customer would have written it (read by the opening of a follow-up case). */
const REQUEST = { en: 'rename my wifi to “{name}”', sv: 'byt namn på wifit till ”{name}”' } as const;

export interface RenameRemarkDeps {
  state(ticket: Ticket): Promise<EngineState | null>;
  note(ticketId: string, text: string): Promise<void>;
}

/** The rename is the case's work now: asked, or carried out and the devices being reconnected. */
export function renaming(conv: ConversationState, state: EngineState | null): boolean {
  if (!conv.pendingAsk || !RENAME_ASKS.has(conv.pendingAsk)) return false;
  if (conv.pendingAsk === 'consent.wifi_change' && !conv.pendingAskSpec?.message?.includes('ssid'))
    return false;
  return state?.current?.cause === RENAME_CAUSE || !!conv.facts.ssidRename;
}

/** The name the customer wants, when the message says it (a quoted name first). */
export function nameWanted(text: string, parseWifiName: (text: string) => string | null): string | null {
  return quotedName(text) ?? parseWifiName(text);
}

/** The network name the case set, if it renamed the network. */
export function nameSet(state: EngineState | null): string | null {
  if (!state?.tried.some((t) => t.step === 'wifi_ssid_change' && t.result === 'done')) return null;
  return (state.facts.wifiName as string | undefined) ?? null;
}

export function objects(text: string): boolean {
  return OBJECTS.test(fold(text));
}

export function saysNameWrong(text: string): boolean {
  return NAME_WRONG.test(fold(text));
}

export function asksAboutDevice(text: string): boolean {
  return DEVICE.test(fold(text));
}

/**
 * "Vänta, tappar alla våra grejer uppkopplingen då?", "hang on do all my devices get disconnected if u change it":
 * whether the devices lose the network with the new name — asked, also without a mark, never a fault told.
 */
export function asksDevicesDrop(text: string): boolean {
  return sentencesOfText(text).some((s) => {
    const t = fold(s);
    return DEVICES_DROP.test(t) && (s.includes('?') || ASKS_IF.test(t)) && !FAULT_TOLD.test(t);
  });
}

/** A word before the question, never a name ("Wait, will all our stuff…" is no network called "Wait"). */
const INTERJECTION = /^(wait|hang on|hold on|vanta|hmm+|ok|okay|okej|nej|no|ja|yes|fast|men|but|oj|aha)$/;

/** The name read from a devices question is no name when it is only the word that opened it. */
export function onlyAnOpener(name: string | null): boolean {
  return !name || INTERJECTION.test(fold(name).trim());
}

export function namesSmartDevices(text: string): boolean {
  return SMART_HOME.test(fold(text));
}

/** The message's sentences, each with its own mark. */
function sentencesOfText(text: string): string[] {
  return String(text ?? '')
    .slice(0, 500)
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.trim());
}

export function renameRequest(lang: 'en' | 'sv', name: string): string {
  return REQUEST[lang].replace('{name}', name);
}

/** The rename asked for without a name yet, as the next case opens with it (the name is asked for there). */
const ASK = { en: 'can you change the name of my wifi', sv: 'kan ni byta namn på mitt wifi' } as const;
export function renameAsk(lang: 'en' | 'sv'): string {
  return ASK[lang];
}

export function createRenameRemarks(deps: RenameRemarkDeps) {
  /**
   * An objection while the rename is asked or carried out: an apology and the true fact, then the
   * same question again. True when handled.
   */
  async function objection(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    if (!objects(text)) return false;
    const state = await deps.state(ticket);
    if (!renaming(conv, state)) return false;
    await deps.note(
      ticket.id,
      'customer objected to what was said about the rename; corrected and asked again',
    );
    turn.say('rename.objection');
    turn.say(RENAME_FACT);
    turn.askAgain(conv.pendingAskSpec ?? { key: conv.pendingAsk! });
    return true;
  }

  /**
   * After the close of a rename: "will my printer still work?" is answered from what the case did, and
   * a remark that the name is wrong says what it is called. The name to set instead is returned, for a
   * follow-up case (null: handled or not about the rename — `handled` tells).
   */
  async function afterClose(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    parseWifiName: (text: string) => string | null,
  ): Promise<{ handled: boolean; rename: string | null }> {
    const set = nameSet(await deps.state(ticket));
    if (!set) return { handled: false, rename: null };
    const wanted = nameWanted(text, parseWifiName);
    if (wanted && wanted !== set && (saysNameWrong(text) || objects(text) || quotedName(text))) {
      await deps.note(ticket.id, `customer wants the Wi-Fi name "${wanted}", not "${set}": renamed again`);
      turn.say('rename.again');
      return { handled: true, rename: wanted };
    }
    // "men laptopen då?? den ser inte nätet": why a device does not list the network, never what a rename keeps.
    if (techQuestionOf(text) === 'device_not_seeing') {
      await deps.note(ticket.id, 'customer asked why a device does not see the renamed network: answered');
      turn.say('tech.device_not_seeing');
      return { handled: true, rename: null };
    }
    if (saysNameWrong(text) || (objects(text) && /\b(name|namn)/i.test(text))) {
      turn.say('rename.name_is', { name: set });
      return { handled: true, rename: null };
    }
    if (objects(text) && (asksAboutDevice(text) || CONNECTING.test(fold(text)))) {
      turn.say('rename.objection');
      turn.say(RENAME_FACT);
      return { handled: true, rename: null };
    }
    // "var sitter WPS-knappen? till skrivaren alltså": a general question of its own, answered as such.
    if (
      asksAboutDevice(text) &&
      !techQuestionOf(text) &&
      /\?|\b(question|fraga|fragan|work|funka\w*|fungera\w*)\b/.test(fold(text))
    ) {
      turn.say(DEVICE_FACT);
      return { handled: true, rename: null };
    }
    return { handled: false, rename: null };
  }

  return { objection, afterClose };
}
