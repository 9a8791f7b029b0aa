// "yes. but can you also change the wifi name back to Oskar_home?" at a question of a case whose
// procedure can rename the network along the way (the security lock-down): the name is kept for that
// step, the customer is told it will be done, and the yes still answers the question. Asked on its
// own, the rename is noted and the question put again. "no, just Oskar_home" to "Shall I rename it to
// “Oskar_home like i said”?" corrects the name: the question is put again with the name corrected.
import { ACTIONS, CONSENT_FOR_ACTION, type Ticket } from '../domain/index.js';
import type { RunbookEngine } from '../runbooks/engine.js';
import { procedureFor } from '../runbooks/procedures.js';
import type { FixStep } from '../runbooks/types.js';
import { nameAskedBack, quotedName } from '../triage/wifi-name.js';
import type { ConversationState } from './conversation-state.js';
import { ANSWERS, type SecurityWorryDeps } from './security-worry.js';
import type { Turn } from './turn.js';

export interface RenameAlongDeps extends Pick<SecurityWorryDeps, 'parseAnswer' | 'note'> {
  engine: Pick<RunbookEngine, 'get' | 'learn' | 'restore'>;
  parseWifiName(text: string, opts?: { asked?: boolean }): string | null;
}

export function createRenameAlong(deps: RenameAlongDeps) {
  /** True when the message is handled here (the rename noted, the question put again). */
  async function notice(ticket: Ticket, conv: ConversationState, turn: Turn, text: string): Promise<boolean> {
    if (conv.phase !== 'runbook') return false;
    const asked = conv.pendingAskSpec?.message;
    if (asked === NAMED_CONSENT || asked === AFTER_KEY_CONSENT) return correctName(ticket, conv, turn, text);
    const name = deps.parseWifiName(text);
    const askedBack = nameAskedBack(text);
    if ((!name && !askedBack) || (name && name === conv.facts.wifiName)) return false;
    const state = await deps.engine.get(ticket.id);
    const cause = state?.current?.cause;
    if (!state || state.finished || !cause || !renamesAlong(cause)) return false;
    if (state.tried.some((t) => t.step === 'wifi_ssid_change')) return false;
    // "please put the network name back to Karlsson" after this case changed the router, where nothing was
    // renamed: no rename of ours to undo — the customer is told the name was not changed, and the question stands.
    // Before any change of ours ("yes. but can you also change the wifi name back to Oskar_home?" at the first
    // permission) the name asked back undoes no change of ours: it is a rename asked for, done along.
    const back = askedBack && changedHere(state.tried);
    if (back) {
      await deps.note(ticket.id, 'customer asked for the Wi-Fi name back; it was not changed in this case');
      turn.say('rename.not_changed');
      const pending = conv.pendingAsk;
      if (!pending || ANSWERS.has(deps.parseAnswer(pending, text, conv.language).kind)) return false;
      turn.askAgain(conv.pendingAskSpec ?? { key: pending });
      return true;
    }
    if (!name) return false;
    await deps.engine.learn(ticket.id, { wifiName: name });
    conv.facts = { ...conv.facts, wifiName: name };
    await deps.note(ticket.id, `customer also wants the Wi-Fi network renamed to "${name}" in this case`);
    if (await askedAfterKey(ticket, conv, turn, cause, name)) return true;
    turn.say('rename.along', { name });
    const ask = conv.pendingAsk;
    if (!ask || ANSWERS.has(deps.parseAnswer(ask, text, conv.language).kind)) return false;
    turn.askAgain(conv.pendingAskSpec ?? { key: ask });
    return true;
  }

  /**
   * "no, just X", "nej, bara X", "no, call it X", "no, Oskar_home" at the rename's permission; and
   * 'ok yes do it, but with capitals: "Pizza Palace"': the name given with the yes wins, exactly as
   * written (a quoted one first), and the yes then stands.
   */
  async function correctName(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    const state = await deps.engine.get(ticket.id);
    const asked = state?.facts.wifiName;
    if (!state || !asked) return false;
    const saysYes = deps.parseAnswer(conv.pendingAskSpec!.key, text, conv.language).kind === 'yes';
    const withYes = saysYes ? (quotedName(text) ?? deps.parseWifiName(text)) : null;
    if (withYes && withYes !== asked) {
      await deps.engine.restore(ticket.id, { ...state, facts: { ...state.facts, wifiName: withYes } });
      conv.facts = { ...conv.facts, wifiName: withYes };
      await deps.note(
        ticket.id,
        `customer gave the new Wi-Fi name with the yes: "${withYes}", not "${asked}"`,
      );
      turn.say('rename.name_taken', { name: withYes });
      return false;
    }
    if (!NO.test(text.trim())) return false;
    const rest = text.trim().replace(NO, '');
    const name =
      deps.parseWifiName(text) ??
      deps.parseWifiName(text, { asked: true }) ??
      (near(rest, asked) ? deps.parseWifiName(rest, { asked: true }) : null);
    if (!name || name === asked) return false;
    await deps.engine.restore(ticket.id, { ...state, facts: { ...state.facts, wifiName: name } });
    conv.facts = { ...conv.facts, wifiName: name };
    await deps.note(ticket.id, `customer corrected the new Wi-Fi name: "${name}", not "${asked}"`);
    turn.ask(conv.pendingAskSpec!.key, conv.pendingAskSpec!.message ?? NAMED_CONSENT, { name });
    return true;
  }

  /**
   * "can you also rename the network to Nilssons?" once the new key is set, before the devices have joined: the
   * case goes back to its rename step and asks for it, so that the devices join the new name with the new key once.
   */
  async function askedAfterKey(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    cause: string,
    name: string,
  ) {
    const state = await deps.engine.get(ticket.id);
    const at = state?.current?.step ?? -1;
    const steps = procedureFor(cause).steps;
    const renameAt = steps.findLastIndex((s, i) => i < at && isRenameAlong(s));
    if (!state?.current || renameAt < 0 || steps.some((s, i) => i > at && isRenameAlong(s))) return false;
    if (state.pending?.kind !== 'step') return false;
    const key = CONSENT_FOR_ACTION.wifi_ssid_change!;
    await deps.engine.restore(ticket.id, {
      ...state,
      current: { ...state.current, step: renameAt },
      pending: { kind: 'consent', key, action: 'wifi_ssid_change', asked: 1 },
    });
    turn.ask(key, AFTER_KEY_CONSENT, { name });
    return true;
  }

  return { notice };
}

const AFTER_KEY_CONSENT = 'consent.wifi_ssid_change.after_key';

function isRenameAlong(step: FixStep): boolean {
  return step.kind === 'act' && step.onlyWith === 'wifiName';
}

const NAMED_CONSENT = 'consent.wifi_ssid_change.named';
/** A no that opens a correction ("no, just …", "nej, …"). */
const NO = /^(?:no|nope|nah|nej|nä|nae|not quite|inte riktigt)(?:\s*[,.!:–-]+\s*|\s+)/iu;

/** "Oskar_home" for “Oskar_home like i said”: a one-word reply close to the name it corrects. */
function near(reply: string, asked: string): boolean {
  const r = reply.replace(/[.!]+$/, '').trim();
  if (!r || /\s/.test(r)) return false;
  const a = asked.toLowerCase();
  const b = r.toLowerCase();
  return a.includes(b) || b.includes(a) || distance(a, b) <= Math.max(2, Math.floor(a.length / 3));
}

/** Edit distance (insert, delete, replace) between two short names. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** Whether this case has already changed the router or the account (an action done). */
export function changedHere(tried: readonly { step: string; result: string }[]): boolean {
  return tried.some((t) => ACTION_NAMES.has(t.step) && (t.result === 'done' || t.result === 'fixed'));
}
const ACTION_NAMES: ReadonlySet<string> = new Set(ACTIONS);

/** The procedure has a rename step that runs once a name is known. */
function renamesAlong(cause: string): boolean {
  return procedureFor(cause).steps.some((s) => s.kind === 'act' && s.onlyWith === 'wifiName');
}
