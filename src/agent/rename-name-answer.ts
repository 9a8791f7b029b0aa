// Replies to the rename's name question and to its permission that are not a plain name or a plain yes:
// "vet inte.. kanske Nilssons? eller får man ha å ä ö?" answers the å/ä/ö question and proposes
// "Nilssons"; a plain "vet inte" gets a short suggestion and the question again; "nej!! inte unknown. jag
// frågade om man får ha å ä ö" at the permission says no to the name, not to the rename: the question is
// answered and the name asked for again. Only "låt bli / skip it / keep the old name" withdraws the rename.
import type { Ticket } from '../domain/index.js';
import type { EngineState } from '../runbooks/engine.js';
import type { ParsedAnswer, TriageLike } from '../runbooks/ports.js';
import { parseAnswer } from '../triage/answers.js';
import {
  chosenName,
  declinesRename,
  hedgedName,
  triedNames,
  nameRulesAsked,
  noNameIdea,
  type NameRule,
} from '../triage/hedged-name.js';
import { parseWifiName } from '../triage/wifi-name.js';
import { topicsOf } from '../triage/topics-of.js';
import type { ConversationState } from './conversation-state.js';
import type { MessageKey } from './messages/index.js';
import { asksAboutDevice, asksDevicesDrop, namesSmartDevices, onlyAnOpener } from './rename-remarks.js';
import type { Turn } from './turn.js';

/** The answer to each thing a network name may hold, as asked. */
const RULE_ANSWER: Record<NameRule, MessageKey> = {
  letters: 'rename.rules.letters',
  case: 'rename.rules.case',
  emoji: 'rename.emoji',
  spaces: 'rename.rules.spaces',
  length: 'rename.rules.length',
};

export interface RenameNameAnswerDeps {
  state(ticketId: string): Promise<EngineState | null>;
  note(ticketId: string, text: string): Promise<void>;
  /** The customer's surname, for a suggestion ("Nilssons"), when known. */
  surname(conv: ConversationState): Promise<string | null>;
  /** Hands the name to the runbook as if the customer had given it plainly (the last argument). */
  answer(...args: [Ticket, ConversationState, Turn, string, TriageLike, ParsedAnswer]): Promise<void>;
  /** The rename taken back to its name question (the name proposed is dropped). */
  askName(ticket: Ticket, conv: ConversationState, turn: Turn): Promise<void>;
  /** The rename proposed again with another name (asked for the go-ahead). */
  renameTo(ticket: Ticket, conv: ConversationState, turn: Turn, name: string): Promise<void>;
}

/** A question about what the devices go through ("will the printer need it too?", "will it kick everyone off?"). */
function asksAboutDevices(text: string): boolean {
  if (!/\?/.test(text)) return false;
  return (
    asksAboutDevice(text) || topicsOf(text).some((x) => x === 'devices_drop' || x === 'reconnect_devices')
  );
}

/**
 * "actually no, make it LindHome without the space", "nej, kör på Nilssons istället", "no, use Villa12": a no that
 * carries another name — a word of choosing, then the name.
 */
const CORRECTED_TO =
  /(?<![\p{L}\p{N}_])(?:make it|make that|go with|let'?s (?:go with|use|do)|use|rather|g(?:ö|o)r det till|k(?:ö|o)r p(?:å|a)|ta hellre|hellre|anv(?:ä|a)nd)\s+/iu;
/** What follows the name: why, or what it lacks ("without the space", "instead", "istället", ", easier to type"). */
const AFTER_NAME =
  /\s+(?:without|with no|instead|rather|please|pls|thanks|utan|ist(?:ä|a)llet|i st(?:ä|a)llet|tack)(?![\p{L}\p{N}_]).*$|\s*[,;.!?].*$/u;

/** The other name a no at the rename's permission gives, or null. */
export function correctedName(text: string, proposed: string): string | null {
  const raw = String(text ?? '')
    .slice(0, 300)
    .replace(/\s+/g, ' ')
    .trim();
  const given = parseWifiName(raw);
  const cue = CORRECTED_TO.exec(raw);
  const after = cue
    ? raw
        .slice(cue.index + cue[0].length)
        .replace(AFTER_NAME, '')
        .trim()
    : '';
  const name = (given ?? after).replace(AFTER_NAME, '').trim();
  if (!name || name.split(/\s+/).length > 4 || !/[\p{L}\p{N}]/u.test(name)) return null;
  return name === proposed ? null : name;
}

export function sayRules(turn: Turn, text: string) {
  for (const rule of nameRulesAsked(text)) turn.say(RULE_ANSWER[rule]);
}

export function createRenameNameAnswer(deps: RenameNameAnswerDeps) {
  /** At "what should it be called?": true when the reply was read here. */
  async function atNameQuestion(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
  ): Promise<boolean> {
    if (conv.pendingAsk !== 'config.wifi_name') return false;
    if (declinesRename(text)) return false;
    // "ok whatever, Villa12 then i guess", "the second one": one of the names offered back is the name.
    const chosen = conv.nameChoices?.length ? chosenName(text, conv.nameChoices) : null;
    if (chosen) {
      conv.nameChoices = null;
      sayRules(turn, text);
      await deps.note(ticket.id, `customer chose the Wi-Fi name "${chosen}": proposed for the go-ahead`);
      await deps.answer(ticket, conv, turn, text, tri, { kind: 'free', text: chosen });
      return true;
    }
    // "maybe PriyaNet? or something like Villa12. what do people usually pick?": undecided between names.
    // What people pick is told, and the names are offered back to choose from.
    const tried = triedNames(text);
    if (tried.length >= 2) {
      const [first, second] = tried;
      conv.nameChoices = [first, second];
      sayRules(turn, text);
      turn.say('rename.tips');
      await deps.note(
        ticket.id,
        `customer is between the Wi-Fi names "${first}" and "${second}": asked which`,
      );
      turn.ask('config.wifi_name', 'rename.which_of', { first, second });
      return true;
    }
    const plain = parseWifiName(text, { asked: true });
    // "Vänta, tappar alla våra grejer uppkopplingen då? Vi har typ 20 smarta lampor": a question about the rename,
    // never a fault told nor a name ("Wait") — answered (smart devices join through their app), the name asked again.
    // (With no name in mind yet the suggestion below answers the devices too.)
    const opener = onlyAnOpener(parseWifiName(text) ?? hedgedName(text) ?? plain);
    if (opener && asksDevicesDrop(text) && !noNameIdea(text)) {
      sayRules(turn, text);
      turn.say('rename.devices_drop');
      if (namesSmartDevices(text)) turn.say('rename.smart_devices');
      await deps.note(
        ticket.id,
        'customer asked whether the devices drop off with a new name: answered, name asked again',
      );
      turn.ask('config.wifi_name', 'rename.still_want');
      return true;
    }
    // "huh? … i just want the network name changed to Novak5G": a name given with its cue is the name, never
    // the word a hedged reading picks first ("huh").
    const name = (parseWifiName(text) ? plain : null) ?? hedgedName(text) ?? plain;
    const asked = nameRulesAsked(text).length > 0;
    const devicesAsked = asksDevicesDrop(text) || asksAboutDevices(text);
    if (name && (asked || name !== plain || devicesAsked)) {
      // "kanske Nilssons? eller får man ha å ä ö?": the question answered, then the name proposed.
      sayRules(turn, text);
      // "kan det heta Nilssons? tappar lamporna nätet då?": whether the devices drop off, or must join again.
      if (asksDevicesDrop(text)) turn.say('rename.devices_drop');
      else if (asksAboutDevices(text)) turn.say('reply.reconnect_devices.config.wifi_name');
      if (devicesAsked && namesSmartDevices(text)) turn.say('rename.smart_devices');
      await deps.note(ticket.id, `customer tried the Wi-Fi name "${name}": proposed for the go-ahead`);
      await deps.answer(ticket, conv, turn, text, tri, { kind: 'free', text: name });
      return true;
    }
    // Only asked what a name may hold: the question's own answer (all the rules at once).
    if (name || !noNameIdea(text)) return false;
    sayRules(turn, text);
    // "maybe something with our last name? will it kick everyone off?": the devices question answered too.
    if (asksAboutDevices(text)) turn.say('reply.reconnect_devices.config.wifi_name');
    const surname = await deps.surname(conv);
    turn.say(
      surname ? 'rename.suggest.named' : 'rename.suggest',
      surname ? { example: conv.language === 'sv' ? `${surname}s` : `${surname} Home` } : {},
    );
    await deps.note(ticket.id, 'customer has no Wi-Fi name in mind yet: a suggestion, and asked again');
    turn.askAgain(conv.pendingAskSpec ?? { key: 'config.wifi_name' });
    return true;
  }

  /** At the rename's permission: a no to the name proposed asks for the name again. */
  async function atPermission(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
  ): Promise<boolean> {
    const spec = conv.pendingAskSpec;
    if (conv.pendingAsk !== 'consent.wifi_change' || !spec?.message?.includes('ssid')) return false;
    // A rename asked along with another change: a no leaves the name (the engine goes on without it).
    if (spec.message === 'consent.wifi_ssid_change.after_key') return false;
    if (declinesRename(text) || parseAnswer('consent.wifi_change', text, conv.language).kind !== 'no')
      return false;
    const state = await deps.state(ticket.id);
    const proposed = (state?.facts.wifiName as string | undefined) ?? conv.facts.wifiName ?? '';
    // "actually no, make it LindHome without the space": the no carries the name wanted — that name, proposed.
    const other = correctedName(text, proposed);
    if (other) {
      await deps.note(
        ticket.id,
        `customer corrected the Wi-Fi name "${proposed}" to "${other}": proposed for the go-ahead`,
      );
      sayRules(turn, text);
      await deps.renameTo(ticket, conv, turn, other);
      return true;
    }
    await deps.note(
      ticket.id,
      `customer said no to the Wi-Fi name "${proposed}", not to the rename: the name is asked for again`,
    );
    sayRules(turn, text);
    turn.say('rename.name_again', { name: proposed });
    await deps.askName(ticket, conv, turn);
    return true;
  }

  return { atNameQuestion, atPermission };
}
