// "mobilen funkar nu! men tv:n hittar jag inte var man gör det 🙈" while the devices join a renamed network or a
// new key: one device is on, another the customer cannot find the way on. That device's way is told and the step
// stays open until it is on too — or the customer leaves it for later ("tv:n får vänta till ikväll"), which is
// the step partly done. Never "you reconnected your devices – done" with the TV still off.
import type { Ticket } from '../domain/index.js';
import type { EngineState } from '../runbooks/engine.js';
import type { TriageLike } from '../runbooks/ports.js';
import { fold } from '../triage/normalize.js';
import type { AnswerReadingDeps } from './answer-readings.js';
import type { ConversationState } from './conversation-state.js';
import type { MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';

/** Devices that join through a button or their own app, with no screen to type on (folded). */
const NO_SCREEN =
  /\b(skrivar\w*|printers?|hogtalar\w*|speakers?|sonos|chromecast\w*|smart ?plugs?|smarta uttag\w*|lampor\w*|lamp(an)?|bulbs?|robot\w*|dammsugar\w*|vacuum\w*|kamera\w*|cameras?)\b/;
/** Devices with a screen and a network menu (folded). */
const SCREEN =
  /(^|[^\p{L}])(tv|tvn|tv:n|teve\w*|smart ?tv|television\w*|playstation\w*|ps ?[345]|xbox\w*|switchen|konsol\w*|consoles?|ipad\w*|surfplatt\w*|tablets?|dator\w*|laptops?|computers?|mac\w*)(?![\p{L}])/u;
/** The way not found: "hittar jag inte var man gör det", "vet inte hur man gör", "can't find where" (folded). */
const WAY_NOT_FOUND =
  /\b(hittar (jag |vi |man )?(inte|ej)|inte hittar|kan inte hitta|hittade (jag |vi )?inte|vet (jag |vi )?inte (hur|var|vart)|fattar (jag )?inte (hur|var)|begriper (jag )?inte (hur|var)|ingen aning (hur|var|om hur)|can'?t find|cant find|cannot find|couldn'?t find|couldnt find|no idea (how|where)|don'?t know (how|where)|dont know (how|where)|not sure (how|where)|can'?t figure|cant figure|cannot figure)\b/;
/** Another device already on (folded). */
const ONE_ON =
  /\b(funkar|fungerar|klar|klart|ansluten|anslutna|uppkopplad\w*|ar med|kom in|done|works|working|connected|is on( it)?|are on( it)?|joined|fixed|sorted)\b/;
/** The device left for later: "tv:n får vänta", "ill do the tv later", "gör det ikväll" (folded). */
const LATER =
  /\b(far vanta|kan vanta|vantar med|later|sen|senare|ikvall|i kvall|imorgon|i morgon|tomorrow|tonight|another time|nan annan gang|nar (jag|vi|hon|han) kommer hem|when (i|we|she|he) get(s)? home|do (it|that|the \w+) later)\b/;

/** A no in the reply (folded): "tv:n funkar fortfarande inte" is no device on. */
const NOT = /\b(inte|ej|not|don'?t|doesn'?t|isn'?t|won'?t|can'?t|cant|wont|dont|doesnt|isnt|nope|nej)\b/;

/** The question that keeps the step open for the device left. */
const DEVICE_LEFT_ASK = 'step.rejoin_wifi.device_left';

export type DeviceLeft = 'screen' | 'no_screen';

/** The kind of device the customer cannot find the way on, beside another one done, or null. */
export function deviceLeftToJoin(text: string): DeviceLeft | null {
  const clauses = String(text ?? '')
    .slice(0, 400)
    .split(/[.!?;]+|,|\s+(?:men|but|fast|though)\s+/i)
    .map((c) => fold(c));
  const stuck = clauses.find((c) => WAY_NOT_FOUND.test(c) && (NO_SCREEN.test(c) || SCREEN.test(c)));
  if (!stuck || !clauses.some((c) => c !== stuck && ONE_ON.test(c))) return null;
  return NO_SCREEN.test(stuck) ? 'no_screen' : 'screen';
}

/** What the case changed that the devices must join: the new name or the new key. */
function changed(state: EngineState | null): 'new_name' | 'new_password' | null {
  const done = (state?.tried ?? []).filter(
    (t) => (t.step === 'wifi_ssid_change' || t.step === 'wifi_password_change') && t.result === 'done',
  );
  const last = done.at(-1)?.step;
  return last === 'wifi_ssid_change' ? 'new_name' : last === 'wifi_password_change' ? 'new_password' : null;
}

/** The way to join for the device left, for what the case changed. */
function wayFor(device: DeviceLeft, change: 'new_name' | 'new_password' | null): MessageKey {
  if (device === 'no_screen')
    return change === 'new_password' ? 'after.device_button.new_password' : 'after.device_button';
  return change ? (`after.connect_device.${change}` as MessageKey) : 'after.connect_device';
}

export interface RejoinLeftDeps extends Pick<AnswerReadingDeps, 'note' | 'answer'> {
  state(ticketId: string): Promise<EngineState | null>;
}

/** At the rejoin step: true when the reply was read here. */
export async function readRejoinLeft(
  deps: RejoinLeftDeps,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
): Promise<boolean> {
  if (conv.pendingAsk !== 'step.rejoin_wifi') return false;
  // Asked about the device left: "nu funkar tv:n också" is the step done; "later" is it partly done (the rest the
  // customer does on their own).
  if (conv.pendingAskSpec?.message === DEVICE_LEFT_ASK) {
    const t = fold(text);
    const on = ONE_ON.test(t) && !NOT.test(t);
    if (on || LATER.test(t)) {
      await deps.note(
        ticket.id,
        on ? 'the remaining device is on too' : 'customer will join the remaining device later',
      );
      await deps.answer(
        ticket,
        conv,
        turn,
        text,
        tri,
        on ? { kind: 'done' } : { kind: 'done', partly: true },
      );
      return true;
    }
  }
  const device = deviceLeftToJoin(text);
  if (!device) return false;
  await deps.note(
    ticket.id,
    `customer has joined a device but cannot find the way on another (${device === 'screen' ? 'a TV or computer' : 'a device without a screen'}): told how, the step stays open`,
  );
  turn.say('step.rejoin_wifi.one_on');
  turn.say(wayFor(device, changed(await deps.state(ticket.id))));
  turn.ask('step.rejoin_wifi', DEVICE_LEFT_ASK);
  return true;
}
