// Replies that the repair layer would misread, read before it: a permission put off ("later, I'm in
// a meeting") keeps the question open until the customer says go; a reply to "does it work now?"
// that is a yes behind "wait, checking…", a "can't tell yet", or a new need on the same case; "no,
// not the password — the name" turns a password offer into a rename; "I can't move the bed" to
// "move closer" is about furniture, not the device.
import { withoutGeneralQuestions } from './general-questions.js';
import { asksOwnPlan, planAnswers } from './plan-question.js';
import type { Customer, Service, Ticket } from '../domain/index.js';
import type { EngineContext, EngineOutput, RunbookEngine } from '../runbooks/engine.js';
import type { ParsedAnswer, TriageApi, TriageLike } from '../runbooks/ports.js';
import type { Facts, Finish } from '../runbooks/types.js';
import { readConfirmReply, type ConfirmReading } from '../triage/confirm-reply.js';
import { asksRemoteRestart } from '../triage/step-refused.js';
import { fold } from '../triage/normalize.js';
import { speedOn5Ghz } from '../triage/answers.js';
import { readOpenConfirm } from '../triage/confirm-open.js';
import { asksSomething, isDeferral, isGoAhead } from '../triage/deferral.js';
import { wantsRenameNotPassword } from '../triage/rename-or-password.js';
import { onMoveCloser } from './move-closer-reading.js';
import { onCableEnds } from './cable-ends-reading.js';
import { onOtherWillDo } from './other-will-do-reading.js';
import { topicsOf } from '../triage/topics-of.js';
import { KEY_WORD } from '../triage/question-topics.js';
import type { ConversationState } from './conversation-state.js';
import { createConfirmOpen } from './confirm-open.js';
import { deferText, questionsAtConsent } from './deferred-questions.js';
import { createConfirmKinds } from './confirm-kinds.js';
import { rootCauseOf } from './knowledge.js';
import { actionsDone, answerFor } from './question-answers.js';
import { fixedCaseKey, sideAnswers, techAnswers } from './side-questions.js';
import { afterQuestions } from './after-questions.js';
import { RENAME_CAUSE } from './rename-after.js';
import { createRenameRemarks, nameSet, nameWanted, saysNameWrong } from './rename-remarks.js';
import { createRenameConsent } from './rename-consent.js';
import { createRenameNameAnswer, sayRules } from './rename-name-answer.js';
import { nameRulesAsked } from '../triage/hedged-name.js';
import { quotedName } from '../triage/wifi-name.js';
import type { AskSpec, Turn } from './turn.js';
import {
  answerBeforeClose,
  closeAgreed,
  coverageReading,
  fineHereNotThere,
  fineNearRouter,
  stillBadThere,
  stillSlowOnWifi,
} from './wifi-limited.js';
import { hasMessage, type MessageKey } from './messages/index.js';
import { elsewhereAdvice, WIFI_HERE_STEP, type WifiHereCause } from './wifi-limited.js';
import { answerWifiKeyNeed, asksKeyAgain } from './wifi-key-need.js';
import { readRejoinLeft } from './rejoin-device-left.js';

/** "feels slower than that", "känns segare": the speed felt short of the plan. */
const FEELS_SLOW = /\b(slow\w*|slower|laggy|seg\w*|langsam\w*|sakta)\b/;

/** The changes whose result shows the customer a secret once (the new Wi-Fi key, admin or portal password). */
const SECRET_STEPS: ReadonlySet<string> = new Set([
  'wifi_password_change',
  'admin_password_change',
  'account_password_reset',
]);
/** "I only see dots where the password should be": where the secret a change showed is written out (chat, e-mail). */
const SECRET_WHERE = {
  admin_password_change: { chat: 'admin_key.unreadable', email: 'admin_key.shown_above.email' },
  account_password_reset: {
    chat: 'reply.account_password.unreadable',
    email: 'reply.account_password.unreadable_email',
  },
} as const satisfies Record<string, { chat: MessageKey; email: MessageKey }>;

/** Fixes whose result is a network that shows on the customer's devices. */
const NETWORK_SHOWN: ReadonlySet<string> = new Set(['wifi_radio_enable', 'wifi_ssid_change']);

export interface AnswerReadingDeps {
  triage: Pick<TriageApi, 'parseWifiName' | 'parseAnswer'>;
  engine: RunbookEngine;
  context(conv: ConversationState): Promise<{ customer: Customer | null; service: Service | null }>;
  engineCtx(
    ticketId: string,
    conv: ConversationState,
    customer: Customer | null,
    service: Service | null,
  ): EngineContext;
  render(turn: Turn, out: EngineOutput): void;
  finalize(ticket: Ticket, conv: ConversationState, turn: Turn, finish: Finish): Promise<void>;
  note(ticketId: string, text: string): Promise<void>;
  /** Hands an answer to the runbook as if the customer had given it plainly. */
  answer(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
    forced: ParsedAnswer,
  ): Promise<void>;
  learnFacts(facts: Facts, text: string): Facts;
  /** Hands the case to a person (agents), as when the customer asks for one (or `reason`: why else). */
  toHuman(ticket: Ticket, conv: ConversationState, turn: Turn, text?: string, reason?: string): Promise<void>;
}

/** How a reply to one kind of pending question is read; true when it was handled here. */
type Reading = (
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
) => Promise<boolean>;

/** A permission put off this often is kept open; once more and a colleague agrees a time with the customer. */
const MAX_DEFERRALS = 2;

/** What a new need on the same case runs. */
const NEED_CAUSE = {
  portal_password: 'portal_password_reset',
  wifi_password: 'wifi_password_forgotten',
} as const;

export function createAnswerReadings(deps: AnswerReadingDeps) {
  const openConfirm = createConfirmOpen({
    state: (id) => deps.engine.get(id),
    note: deps.note,
    saysYes: (text, conv) =>
      deps.triage.parseAnswer('resolution.confirm', text, conv.language).kind === 'yes',
    closeUnconfirmed: async (ticket, conv, turn, note) => {
      const out = await deps.engine.resolveUnconfirmed(await ctxOf(ticket, conv), note);
      if (!out) return false;
      await run(ticket, conv, turn, out);
      return true;
    },
  });
  const confirmKinds = createConfirmKinds({
    state: (id) => deps.engine.get(id),
    note: deps.note,
    parsedKind: (text, conv) => deps.triage.parseAnswer('resolution.confirm', text, conv.language).kind,
    restore: (id, state) => deps.engine.restore(id, state),
    yes: (ticket, conv, turn, text, tri) => deps.answer(ticket, conv, turn, text, tri, { kind: 'yes' }),
    unconfirmed: async (ticket, conv, turn, note) => {
      const out = await deps.engine.resolveUnconfirmed(await ctxOf(ticket, conv), note);
      if (!out) return false;
      turn.say('confirm.unclear', { reference: ticket.reference });
      await run(ticket, conv, turn, out);
      return true;
    },
  });
  async function run(ticket: Ticket, conv: ConversationState, turn: Turn, out: EngineOutput | null) {
    if (!out) return;
    deps.render(turn, out);
    if (out.finish) await deps.finalize(ticket, conv, turn, out.finish);
  }

  const rejoinLeftDeps = { state: (id: string) => deps.engine.get(id), note: deps.note, answer: deps.answer };

  const renameRemarks = createRenameRemarks({
    state: (ticket) => deps.engine.get(ticket.id),
    note: deps.note,
  });

  /**
   * 'done on my phone but its called pizza palace in small letters. i said "Pizza Palace"' while the
   * devices reconnect: another name is renamed again (asked first); the same name is said as it is.
   */
  async function onRejoinRenamed(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    const state = await deps.engine.get(ticket.id);
    const set = nameSet(state);
    if (!state || !set || !(saysNameWrong(text) || quotedName(text))) return false;
    // "done on my phone. so are capital letters ok or not??": asked how a name may be written, not told it is
    // wrong — answered, and the reply read on as the step's answer.
    if (!quotedName(text) && nameRulesAsked(text).includes('case')) {
      sayRules(turn, text);
      return false;
    }
    const wanted = nameWanted(text, (x) => deps.triage.parseWifiName?.(x) ?? null);
    if (!wanted || wanted === set) {
      turn.say('rename.name_is', { name: set });
      turn.askAgain(conv.pendingAskSpec ?? { key: 'step.rejoin_wifi' });
      return true;
    }
    await deps.note(
      ticket.id,
      `customer wants the Wi-Fi name "${wanted}", not "${set}": asked to rename again`,
    );
    turn.say('rename.again');
    // The permission for the first name is not one for the second: asked again.
    await deps.engine.restore(ticket.id, {
      ...state,
      consents: state.consents.filter((c) => c !== 'consent.wifi_change'),
      facts: { ...state.facts, wifiName: wanted },
    });
    conv.facts = { ...conv.facts, ssidRename: true, wifiName: wanted };
    const facts: Facts = { ssidRename: true, wifiName: wanted };
    const out = await deps.engine.takeUp(await ctxOf(ticket, conv), RENAME_CAUSE, facts);
    // What a rename is has been said: only the question for the new name.
    out.says = out.says.filter((x) => !('key' in x) || x.key !== 'cause.wifi_rename_request');
    await run(ticket, conv, turn, out);
    return true;
  }

  const renameConsent = createRenameConsent({
    state: (id) => deps.engine.get(id),
    note: deps.note,
    renameTo: (ticket, conv, turn, name) => renameTo(ticket, conv, turn, name),
    yes: (ticket, conv, turn, text, tri) => deps.answer(ticket, conv, turn, text, tri, { kind: 'yes' }),
  });

  /**
   * The rename taken up again with another name (none: its name question again): the permission for
   * the first name is none for it.
   */
  async function renameTo(ticket: Ticket, conv: ConversationState, turn: Turn, wifiName: string | null) {
    const state = await deps.engine.get(ticket.id);
    const named = (facts: Facts): Facts => {
      const { wifiName: _before, ...rest } = facts;
      return wifiName ? { ...rest, wifiName } : rest;
    };
    if (state)
      await deps.engine.restore(ticket.id, {
        ...state,
        consents: state.consents.filter((c) => c !== 'consent.wifi_change'),
        facts: named(state.facts),
      });
    conv.facts = { ...named(conv.facts), ssidRename: true };
    const out = await deps.engine.takeUp(
      await ctxOf(ticket, conv),
      RENAME_CAUSE,
      named({ ssidRename: true }),
    );
    out.says = out.says.filter((x) => !('key' in x) || x.key !== 'cause.wifi_rename_request');
    await run(ticket, conv, turn, out);
  }

  const renameName = createRenameNameAnswer({
    state: (id) => deps.engine.get(id),
    note: deps.note,
    surname: async (conv) => (await deps.context(conv)).customer?.name.trim().split(/\s+/).pop() ?? null,
    answer: deps.answer,
    askName: (ticket, conv, turn) => renameTo(ticket, conv, turn, null),
    renameTo: (ticket, conv, turn, name) => renameTo(ticket, conv, turn, name),
  });

  /**
   * "yeah seems fine now, we'll see tonight. btw is my plan actually 1000? feels slower than that": the plan
   * from the service record (and what Wi-Fi gives of it, when it feels slow), never a slow-speed case.
   */
  async function sayOwnPlan(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    const t = fold(text);
    if (!asksOwnPlan(t) || conv.verification !== 'verified') return;
    const { service } = await deps.context(conv);
    const answers = planAnswers(
      service?.plan ?? null,
      (await deps.engine.get(ticket.id))?.findings ?? [],
      false,
    );
    for (const a of answers) turn.say(a.key, a.params);
    if (answers.length && FEELS_SLOW.test(t)) turn.say('after.my_plan.wifi');
  }

  async function ctxOf(ticket: Ticket, conv: ConversationState) {
    const { customer, service } = await deps.context(conv);
    return deps.engineCtx(ticket.id, conv, customer, service);
  }

  const onConsent: Reading = async (ticket, conv, turn, text, tri) => {
    const spec = conv.pendingAskSpec ?? { key: conv.pendingAsk! };
    const askKey = spec.key;
    if (spec.message === 'consent.wifi_password_change' && wantsRenameNotPassword(text)) {
      // A rename, not a new key: the password offer is withdrawn and the rename runs in the same case.
      conv.deferred = null;
      await deps.note(ticket.id, 'customer wants the Wi-Fi network renamed, not a new password');
      turn.say('rename.instead');
      const wifiName = deps.triage.parseWifiName?.(text) ?? undefined;
      const facts: Facts = { ssidRename: true, ...(wifiName ? { wifiName } : {}) };
      conv.facts = { ...conv.facts, ...facts };
      await run(
        ticket,
        conv,
        turn,
        await deps.engine.takeUp(await ctxOf(ticket, conv), 'wifi_rename_request', facts),
      );
      return true;
    }
    const deferred = conv.deferred?.askKey === askKey ? conv.deferred.times : 0;
    if (deferred > 0 && isGoAhead(text)) {
      conv.deferred = null;
      await deps.note(ticket.id, `customer gave the go-ahead for ${askKey} after putting it off`);
      // "go ahead now. where will i see the new password?": the question beside the go-ahead is answered too.
      if (asksSomething(text))
        for (const key of await answersAtConsent(ticket, conv, text, spec))
          turn.say(key, { reference: ticket.reference });
      await deps.answer(ticket, conv, turn, text, tri, { kind: 'yes' });
      return true;
    }
    const deferring = isDeferral(text);
    // Asked while the permission waits for "go": answered, and it goes on waiting.
    if (!deferring && !(deferred > 0 && asksSomething(text)))
      return remarkOnly(ticket, conv, turn, text, spec);
    const answers = await answersAtConsent(ticket, conv, text, spec);
    if (!deferring) {
      // "ok. and if it IS the neighbour, is that illegal?": while the change waits for "go", an ok before a
      // question acknowledges; only a go-ahead is consent. A question without an answer here is said so.
      if (!answers.length) turn.say('reply.cannot_answer.here');
      await deps.note(ticket.id, `customer asked while ${askKey} waits for the go-ahead; answered`);
      for (const key of answers) turn.say(key, { reference: ticket.reference });
      turn.ask(askKey, 'defer.again');
      return true;
    }
    for (const key of answers) turn.say(key, { reference: ticket.reference });
    if (deferred >= MAX_DEFERRALS) {
      // Still not now after being told twice how to say go: a colleague agrees a time with the customer.
      conv.deferred = null;
      await deps.note(
        ticket.id,
        `customer put ${askKey} off ${deferred + 1} times; a colleague agrees a time`,
      );
      await deps.answer(ticket, conv, turn, text, tri, { kind: 'no' });
      return true;
    }
    conv.deferred = { askKey, times: deferred + 1 };
    if (deferred === 0)
      await deps.note(ticket.id, `customer put ${askKey} off for later; the question stays open`);
    turn.ask(askKey, deferred === 0 ? deferText(spec) : 'defer.again');
    return true;
  };

  async function answersAtConsent(ticket: Ticket, conv: ConversationState, text: string, spec: AskSpec) {
    const { service } = await deps.context(conv);
    return questionsAtConsent(text, spec, await deps.engine.get(ticket.id), service?.access ?? null);
  }

  /**
   * "I already restarted it yesterday" with neither a yes nor a no: answered for this action (a restart
   * from here is still worth it), then the same question again.
   */
  async function remarkOnly(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    spec: AskSpec,
  ) {
    const parsed = deps.triage.parseAnswer(spec.key, text, conv.language).kind;
    if (
      parsed === 'yes' ||
      parsed === 'no' ||
      /\?/.test(text) ||
      !topicsOf(text).includes('already_restarted')
    )
      return false;
    const answer = answerFor('already_restarted', { askKey: spec.key, askMessage: spec.message ?? null });
    if (!answer) return false;
    await deps.note(
      ticket.id,
      `customer remarked while ${spec.key} was pending (already restarted); answered and asked again`,
    );
    turn.say(answer);
    turn.askAgain(spec);
    return true;
  }

  /**
   * "jag ser det i min telefon i alla fall": after the Wi-Fi was switched on or renamed, the network showing on a
   * device is the answer — it is back. After any other fix it tells nothing more than the rest of the reply.
   */
  async function networkSeen(ticket: Ticket, turn: Turn, reading: ConfirmReading | null) {
    if (reading?.kind !== 'seen') return reading;
    const state = await deps.engine.get(ticket.id);
    const shown =
      rootCauseOf(state) === 'wifi_radio_disabled' || actionsDone(state).some((a) => NETWORK_SHOWN.has(a));
    if (!shown) return reading.notYet ? { kind: 'not_yet' as const, looksOk: reading.looksOk } : null;
    await deps.note(ticket.id, 'the customer sees the Wi-Fi network on a device: it is back');
    turn.say('confirm.seen');
    return reading;
  }

  const onConfirm: Reading = async (ticket, conv, turn, text, tri) => {
    // "ok close it i guess" after "better by the door … but in my room its still bad": closed as it stands —
    // fine near the router, poorer further away, advice given — never "glad it works again".
    if (closeAgreed(conv, text) && (await closeAsItStands(ticket, conv, turn))) return true;
    // "no thats all thanks" to "shall I close the case, or is there more?": closed, not "still broken".
    if (closeAgreed(conv, text))
      return (await deps.answer(ticket, conv, turn, text, tri, { kind: 'yes' }), true);
    if (await wifiAdviceIsTheAnswer(ticket, conv, turn, text)) return true;
    // A network seen on a device after a Wi-Fi fix is a yes, whatever hedge comes with it.
    const reading = await networkSeen(ticket, turn, readConfirmReply(text));
    // "…nej det säger fel lösenord nu. jag har glömt lösenordet. kan ni skicka ett nytt? och var det någon annan?":
    // what more is needed, named, is taken up — never a hedge answered with "open a web page" and asked again.
    if (reading?.kind !== 'seen' && reading?.kind !== 'new_need') {
      // "I won't know until tonight. Which channel did it pick?": it shows only later — never asked again.
      if (readOpenConfirm(text) === 'later' && (await openConfirm(ticket, conv, turn, text))) return true;
      if (await confirmKinds.atConfirm(ticket, conv, turn, text, tri)) return true;
      if (await openConfirm(ticket, conv, turn, text)) return true;
    }
    if (!reading) return false;
    switch (reading.kind) {
      case 'yes':
      case 'seen': {
        // "japp nu syns det! var sitter den där wifi-knappen?": the technician's answer in the same reply,
        // before the close — never dropped by it.
        if (reading.kind === 'seen') {
          const cause = rootCauseOf(await deps.engine.get(ticket.id));
          for (const key of techAnswers(text, false, { cause, askKey: 'resolution.confirm' })) turn.say(key);
        } else await answerBesideYes(ticket, turn, text);
        await deps.answer(ticket, conv, turn, text, tri, { kind: 'yes' });
        return true;
      }
      case 'not_yet': {
        const out = await deps.engine.resolveUnconfirmed(
          await ctxOf(ticket, conv),
          reading.looksOk
            ? 'customer cannot confirm yet; what they could check looks fine'
            : 'customer cannot confirm yet',
        );
        if (!out) return false;
        turn.say(reading.looksOk ? 'confirm.later.looks_ok' : 'confirm.later');
        // "vet inte än, är inte hemma. men kan folk hacka kameran nu?": the question beside it is answered too.
        const state = await deps.engine.get(ticket.id);
        const asked = sideAnswers(text, {
          askKey: 'resolution.confirm',
          cause: rootCauseOf(state),
          actions: actionsDone(state),
        });
        for (const key of asked.keys) turn.say(key, { reference: ticket.reference });
        await sayOwnPlan(ticket, conv, turn, text);
        await run(ticket, conv, turn, out);
        return true;
      }
      case 'new_need': {
        await deps.note(
          ticket.id,
          `not confirmed: the customer needs more on the same case (${reading.need.replace('_', ' ')})`,
        );
        const wifiKey = reading.need === 'wifi_password' && !reading.asked;
        if (wifiKey && (await answerWifiKeyNeed(deps.engine, ticket, conv, turn))) return true;
        // "gör ett tillfälligt lösenord åt mig" just after one was given: pointed to it — a second one would
        // silently void the password shown a moment ago.
        if (
          reading.need === 'portal_password' &&
          (await lastSecretSet(ticket.id)) === 'account_password_reset'
        ) {
          turn.say('reply.account_password.account_password_reset');
          turn.askAgain(conv.pendingAskSpec ?? { key: 'resolution.confirm' });
          return true;
        }
        const ctx = await ctxOf(ticket, conv);
        const out = await deps.engine.takeUp(ctx, NEED_CAUSE[reading.need]);
        // "…can I reset it?" asks for the fix: that is the consent, not a reason to ask for it.
        if (reading.asked && out.ask?.key.startsWith('consent.')) {
          const yes = await deps.engine.answer(ctx, { kind: 'yes' }, text);
          await run(ticket, conv, turn, {
            says: [...out.says, ...yes.says],
            ask: yes.ask,
            finish: yes.finish,
            secrets: [...out.secrets, ...yes.secrets],
            deviceWaitMs: out.deviceWaitMs + yes.deviceWaitMs,
          });
          // "…kan ni skicka ett nytt? och var det någon annan som försökte logga in?": the questions beside it are
          // answered from what the case has done now (the new password given above), before the question put next.
          const now = await deps.engine.get(ticket.id);
          const asked = sideAnswers(text, {
            askKey: 'resolution.confirm',
            cause: rootCauseOf(now),
            actions: actionsDone(now),
          });
          for (const key of asked.keys) turn.sayBeforeAsk(key, { reference: ticket.reference });
          // The password asked about is the one just given: never "if you have forgotten it, just tell me".
          const given = actionsDone(now).at(-1);
          if (given && hasMessage(`reply.account_password.${given}`))
            turn.sayBeforeAsk(`reply.account_password.${given}` as MessageKey);
          return true;
        }
        await run(ticket, conv, turn, out);
        return true;
      }
    }
  };

  /**
   * "vänta jag kollar... ja nu funkar det!! men behöver jag starta om routern för säkerhets skull?": a question
   * beside the yes is answered in the closing reply, as it stands once the case is fixed (`.after.resolved`).
   */
  async function answerBesideYes(ticket: Ticket, turn: Turn, text: string) {
    const state = await deps.engine.get(ticket.id);
    const cause = rootCauseOf(state);
    const asked = sideAnswers(text, { askKey: 'resolution.confirm', cause, actions: actionsDone(state) });
    for (const key of asked.keys) turn.say(fixedCaseKey(key), { reference: ticket.reference });
    // "…japp nu går det. kan det hända igen?": whether it comes back, from what the case found and fixed.
    if (afterQuestions(text).includes('recurrence') && !asked.keys.length) {
      const own = cause ? `after.recurrence.${cause}` : null;
      turn.say(own && hasMessage(own) ? (own as MessageKey) : 'after.recurrence', {
        reference: ticket.reference,
      });
    }
  }

  /** Closes a Wi-Fi case whose far room the customer said is still poor, as it stands; true when done. */
  async function closeAsItStands(ticket: Ticket, conv: ConversationState, turn: Turn) {
    const cause = rootCauseOf(await deps.engine.get(ticket.id));
    if (!cause || conv.farStillPoor !== cause) return false;
    const out = await deps.engine.resolveUnconfirmed(
      await ctxOf(ticket, conv),
      `fine close to the router, still poor further away (${cause}): coverage advice given (router placement, mesh or access point); the customer agreed to close`,
    );
    if (!out) return false;
    conv.farStillPoor = undefined;
    turn.say('advice.elsewhere.closing');
    await run(ticket, conv, turn, out);
    return true;
  }

  /**
   * A speed measured on the 5 GHz Wi-Fi after the band advice, at least two fifths of the plan (or 100 Mbit/s
   * when the plan is not known): a good Wi-Fi result — told so (the full speed comes over a cable) and closed.
   */
  async function goodOn5Ghz(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    cause: string,
    state: Awaited<ReturnType<typeof deps.engine.get>>,
  ) {
    // ("5ghz near the router gives 300ish, bedroom not so much": the far room is the question — coverage advice.)
    if (cause !== 'speed_wifi_limited' || coverageReading(text).farBad || fineHereNotThere(text))
      return false;
    const mbps = speedOn5Ghz(text);
    if (mbps === null) return false;
    const plan = Number(
      state?.findings.find((f) => f.code.startsWith('speed.'))?.evidence.values.planMbps ?? NaN,
    );
    if (mbps < (plan > 0 ? plan * 0.4 : 100)) return false;
    const out = await deps.engine.resolveUnconfirmed(
      await ctxOf(ticket, conv),
      `measured ${mbps} Mbit/s on the 5 GHz Wi-Fi after the band advice: a good Wi-Fi result, told so (full speed over the cable)`,
    );
    if (!out) return false;
    turn.say('step.measured.on_5ghz', { mbps: String(mbps) });
    // "…430 down now. So it's the wifi in the kitchen? Why is the normal one so slow?": answered before the close.
    const asked = sideAnswers(text, { askKey: 'resolution.confirm', cause, actions: actionsDone(state) });
    for (const key of asked.keys) turn.say(key, { reference: ticket.reference });
    await run(ticket, conv, turn, out);
    return true;
  }

  /**
   * Still slow on Wi-Fi after a full-speed wired test, or fine next to the router but not in the far
   * room: the line and router are fine, the advice is the answer, and the case closes.
   */
  async function wifiAdviceIsTheAnswer(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    const state = await deps.engine.get(ticket.id);
    const cause = rootCauseOf(state);
    const steps = cause ? WIFI_HERE_STEP[cause] : undefined;
    const stepDone = state?.tried.some(
      (x) =>
        !!steps?.includes(x.step) &&
        (x.result === 'done' || x.result === 'fixed' || x.result.startsWith('measured')),
    );
    if (!cause || !steps || !stepDone) return false;
    // "anyway I switched to Nilsson-5G myself and now speedtest says 310. is that ok or should it be more?": a
    // good figure on the 5 GHz band is the answer — said what it means, and the case closes.
    if (await goodOn5Ghz(ticket, conv, turn, text, cause, state)) return true;
    // "better next to the router but i need it in the bedroom??": the router works; remembered for the case.
    const nearBefore = conv.fineNearRouter === cause;
    if (fineNearRouter(text)) conv.fineNearRouter = cause;
    // "no, its still bad in the bedroom" after that: the distance, answered with advice — never second line.
    if (nearBefore && stillBadThere(text) && !fineHereNotThere(text)) {
      const out = await deps.engine.resolveUnconfirmed(
        await ctxOf(ticket, conv),
        `fine close to the router, still poor further away (${cause}): coverage advice given (router placement, mesh or access point)`,
      );
      if (!out) return false;
      turn.say(`advice.elsewhere.${cause as WifiHereCause}.again`);
      await run(ticket, conv, turn, out);
      return true;
    }
    // "ja men varför så långsamt på wifi?", "is 40 on wifi really normal?": answered, and the confirm asked again.
    if (topicsOf(text).includes('is_normal')) return false;
    // Still slow on Wi-Fi after the cable showed full speed — not after a test on 5 GHz ("det var över wifi 5G").
    const cabled = state?.tried.some(
      (x) => x.step === 'step.wired_test' && (x.result === 'done' || x.result.startsWith('measured')),
    );
    const slowOnWifi = cause === 'speed_wifi_limited' && !!cabled && stillSlowOnWifi(text);
    // "…but the bedroom will still be bad right?": the question is answered, and the case closes only on a yes.
    if (answerBeforeClose(conv, turn, text, cause, slowOnWifi))
      return (
        await deps.note(ticket.id, `asked about the Wi-Fi further away (${cause}); answered, close asked`),
        true
      );
    // "…310 mbit next to the router. in the living room its probably still slow though. so kinda?", "nej?? inte i
    // sovrummet", "så det är wifit alltså? kabeln gav 480": good close by, poor further away, or "is it the
    // Wi-Fi?" — coverage, answered with the advice; never "still not working".
    const cov = coverageReading(text);
    const coverage = cov.asksIfWifi || cov.farBad || (cov.nearGood && !/\?/.test(text));
    // A question ("yes but I need it in the bedroom, so what's the fix?") is answered and asked again elsewhere.
    if (!slowOnWifi && !coverage && (/\?/.test(text) || !fineHereNotThere(text))) return false;
    if (coverage && !slowOnWifi) {
      const out = await deps.engine.resolveUnconfirmed(
        await ctxOf(ticket, conv),
        `fine close to the router or on the cable, still poor further away (${cause}): coverage advice given (router placement, 5 GHz, mesh or access point)`,
      );
      if (!out) return false;
      if (cov.asksIfWifi && cause === 'speed_wifi_limited') turn.say('advice.is_wifi');
      turn.say(elsewhereAdvice(conv, text, cause as WifiHereCause));
      const asked = sideAnswers(text, { askKey: 'resolution.confirm', cause, actions: actionsDone(state) });
      for (const key of asked.keys) turn.say(key, { reference: ticket.reference });
      await run(ticket, conv, turn, out);
      return true;
    }
    const out = await deps.engine.resolveUnconfirmed(
      await ctxOf(ticket, conv),
      slowOnWifi
        ? 'full speed over the cable, still slow on Wi-Fi: the customer was told how to use the 5 GHz band'
        : `fine close to the router or on the cable, still poor further away (${cause}): placement, band and mesh advice given`,
    );
    if (!out) return false;
    turn.say(
      slowOnWifi ? 'advice.wifi_limited.still_slow' : elsewhereAdvice(conv, text, cause as WifiHereCause),
    );
    // "ja typ. men du svarade inte, ska jag uppgradera eller inte": the question beside it is answered too.
    const asked = sideAnswers(text, { askKey: 'resolution.confirm', cause, actions: actionsDone(state) });
    for (const key of asked.keys) turn.say(key, { reference: ticket.reference });
    await run(ticket, conv, turn, out);
    return true;
  }

  /** True when the reply was read here (the repair layer and the runbook need not see it). */
  /**
   * "kan inte ni starta om den härifrån?" at the restart step: the desk restarts the router itself (with
   * permission), never the step put again. A restart the customer did before writing is no step done now.
   */
  async function remoteRestart(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    if (!asksRemoteRestart(fold(text))) return false;
    await deps.note(
      ticket.id,
      'customer asked us to restart the router remotely instead of the restart step',
    );
    const out = await deps.engine.takeUp(await ctxOf(ticket, conv), 'reboot_request');
    await run(ticket, conv, turn, out);
    return true;
  }

  /**
   * "wtf now the tv and printer are off. can u put it back to the old one", "jag vill ha tillbaka mitt gamla
   * lösen" at any question of the case: the old key asked back is answered honestly from what the case did
   * (nothing changed; or a new key that cannot be undone from here). At the permission for a new key it is a
   * no; at the reconnect step it is neither done nor refused — the step stays open without being put again.
   */
  const oldKeyBack: Reading = async (ticket, conv, turn, text, tri) => {
    // ("if the router is reset, does it go back to the sticker password?" asks what a reset does: its own answer.)
    if (!topicsOf(withoutGeneralQuestions(text)).includes('restore_key')) return false;
    const actions = actionsDone(await deps.engine.get(ticket.id));
    // After a rename, "put the old one back" without a word for the key is the old network name.
    if (actions.includes('wifi_ssid_change') && !KEY_WORD.test(fold(text))) return false;
    const key = answerFor('restore_key', { askKey: conv.pendingAsk, actions });
    if (!key) return false;
    await deps.note(ticket.id, 'customer asked for the old Wi-Fi password back; told what can be done');
    turn.say(key);
    const spec = conv.pendingAskSpec ?? { key: conv.pendingAsk! };
    if (
      spec.message?.startsWith('consent.wifi_password_change') &&
      !actions.includes('wifi_password_change')
    ) {
      await deps.answer(ticket, conv, turn, text, tri, { kind: 'no' });
      return true;
    }
    turn.keepAsk(spec);
    return true;
  };

  /** The last change of the case that showed the customer a secret (a new key or password), if any. */
  async function lastSecretSet(ticketId: string): Promise<string | null> {
    const tried = (await deps.engine.get(ticketId))?.tried ?? [];
    const shown = tried.filter(
      (x) => SECRET_STEPS.has(x.step) && (x.result === 'done' || x.result === 'fixed'),
    );
    return shown.at(-1)?.step ?? null;
  }

  async function read(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
  ): Promise<boolean> {
    const askKey = conv.pendingAsk;
    if (!askKey || conv.phase !== 'runbook') return false;
    if (await renameRemarks.objection(ticket, conv, turn, text)) return true;
    if (askKey === 'step.rejoin_wifi' && (await onRejoinRenamed(ticket, conv, turn, text))) return true;
    if (await readRejoinLeft(rejoinLeftDeps, ticket, conv, turn, text, tri)) return true;
    if (await oldKeyBack(ticket, conv, turn, text, tri)) return true;
    if (await onOtherWillDo(deps, ticket, conv, turn, text)) return true;
    // "the new password only shows as dots, I cannot read it?? what is it?": no refusal of the step.
    if (askKey === 'step.rejoin_wifi' && asksKeyAgain(text)) {
      // "yes, only dots in that message too": the promise of the first answer kept — a colleague takes it.
      if (conv.keyUnreadableTold && conv.channel !== 'email') {
        const why = 'the new Wi-Fi password is unreadable for the customer';
        await deps.note(ticket.id, `${why}: handed to a colleague`);
        await deps.toHuman(ticket, conv, turn, text, why);
        return true;
      }
      conv.keyUnreadableTold = true;
      await deps.note(
        ticket.id,
        'customer asked for the new Wi-Fi password again while reconnecting; told where it is',
      );
      turn.say(conv.channel === 'email' ? 'wifi_key.shown_above.email' : 'wifi_key.unreadable');
      turn.askAgain(conv.pendingAskSpec ?? { key: 'step.rejoin_wifi' });
      return true;
    }
    // "Jag ser bara prickar där lösenordet ska stå": the password the case set last (the new admin password, the
    // temporary portal password — never read as the Wi-Fi key), and where it is written out.
    // ("jo det funkar väl. men lösenordet syns bara som prickar??" answers the question too: told, then the yes read.)
    const secret = asksKeyAgain(text) ? await lastSecretSet(ticket.id) : null;
    const namesWifi = /\b(wi-?fi|wlan|wpa)/.test(fold(text));
    if (secret === 'admin_password_change' || (secret === 'account_password_reset' && !namesWifi)) {
      // "still only dots there too" after being told where it is written: the promise kept, a colleague takes it.
      if (secret === 'account_password_reset' && conv.portalKeyUnreadableTold && conv.channel !== 'email') {
        const why = 'the temporary portal password is unreadable for the customer';
        await deps.note(ticket.id, `${why}: handed to a colleague`);
        await deps.toHuman(ticket, conv, turn, text, why);
        return true;
      }
      if (secret === 'account_password_reset') conv.portalKeyUnreadableTold = true;
      await deps.note(
        ticket.id,
        `customer asked for the new ${secret === 'admin_password_change' ? 'admin' : 'portal'} password again; told where it is`,
      );
      turn.say(SECRET_WHERE[secret][conv.channel === 'email' ? 'email' : 'chat']);
      if (!['yes', 'done'].includes(deps.triage.parseAnswer(askKey, text, conv.language).kind)) {
        turn.askAgain(conv.pendingAskSpec ?? { key: askKey });
        return true;
      }
    }
    if (await renameConsent(ticket, conv, turn, text, tri)) return true;
    if (await renameName.atPermission(ticket, conv, turn, text)) return true;
    if (askKey === 'config.wifi_name') return renameName.atNameQuestion(ticket, conv, turn, text, tri);
    if (askKey === 'step.power_cycle' && (await remoteRestart(ticket, conv, turn, text))) return true;
    if (askKey.startsWith('consent.')) return onConsent(ticket, conv, turn, text, tri);
    if (askKey === 'resolution.confirm') return onConfirm(ticket, conv, turn, text, tri);
    if (askKey === 'step.move_closer') return onMoveCloser(deps, ticket, conv, turn, text);
    if (askKey === 'step.check_cables') return onCableEnds(deps, ticket, conv, turn, text, tri);
    if (askKey === 'contact.availability') return confirmKinds.worksAfterAll(ticket, conv, turn, text, tri);
    return false;
  }

  return { read };
}
