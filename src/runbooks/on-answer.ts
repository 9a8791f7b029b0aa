// The customer answered the pending question (consent, step, fact, confirm, availability, undo,
// secondary offer): what it means for the case.
import type { ConsentKey, StepKey } from '../domain/index.js';
import type { ParsedAnswer } from './ports.js';
import { procedureFor } from './procedures.js';
import { cannotRejoin, undoChoice } from './rename-undo.js';
import type { EngineContext, EngineOutput, Pending, EngineState } from './engine-types.js';
import { yesLike, noLike, othersLeft, reasonFromTried } from './case-checks.js';
import { NAMED_FACTS, factFromAnswer } from './fact-answers.js';
import { consentAsk } from './action-asks.js';
import type { EngineKernel } from './engine-kernel.js';
import { causeRef, offeredOnly, skipAfterFact } from './cause-plan.js';
import {
  keepAsIs,
  finish,
  adviseInstead,
  adviseAndClose,
  resolvedNow,
  offerSecondary,
} from './case-finish.js';
import type { CaseClosing } from './case-closing.js';
import type { RunAction } from './run-action.js';
import type { FixChecks } from './fix-checks.js';
import type { Advance } from './advance.js';
import type { PortForwardAnswers } from './port-forward-answers.js';
import { wantsOtherChange } from '../triage/other-change.js';
import { asksThisChangeOnly, namesOtherChangeOnly } from '../triage/named-change.js';
import { saysConnectionWorks } from '../triage/confirm-kind.js';
import type { Procedure } from './types.js';
import { closeWithAdvice } from './not-fixed-advice.js';

/** Steps whose "done" is a measurement read on (the cable test, near the router): "works" there fixes nothing. */
const MEASURING_STEPS: ReadonlySet<string> = new Set(['step.wired_test', 'step.move_closer']);

/** What a step told done, with the fault still there, is checked once more with (the cables by default). */
const CHECK_AGAIN: Partial<Record<StepKey, string>> = { 'step.power_on': 'step.check_again.power_on' };

export function createOnAnswer(
  k: EngineKernel,
  parts: CaseClosing & RunAction & FixChecks & Advance & PortForwardAnswers,
) {
  const { deps, record } = k;
  const {
    closing,
    execute,
    verify,
    checkedFirst,
    rediagnose,
    advance,
    portForwardAnswer,
    otherDevice,
    ruleAtConsent,
    moreAtConfirm,
  } = parts;

  async function consentAudit(ctx: EngineContext, key: ConsentKey, given: boolean) {
    await deps.audit.append({
      action: given ? 'consent.given' : 'consent.refused',
      actor: { kind: 'customer', id: ctx.customer?.customerNumber ?? null },
      target: ctx.ticketId,
      reason: 'asked in conversation',
      consentKey: key,
    });
  }

  /** The customer says it works: the case closes on the fix, or the next cause named comes. */
  async function confirmed(
    ctx: EngineContext,
    state: EngineState,
    cur: EngineState['current'],
    out: EngineOutput,
  ) {
    if (cur) state.handled.push(cur.cause);
    state.current = null;
    await record(ctx.ticketId, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: 'customer confirms it works',
        internal: true,
      },
    ]);
    const others = state.causes.some(
      (c) => !state.handled.includes(c.cause) && !c.cause.startsWith('nothing_found'),
    );
    if (state.more && others) return advance(ctx, state, out);
    return resolvedNow(ctx, state, out);
  }

  /** "Shall I put the old name back for now?": put back through the same action, or the change kept. */
  async function answerUndo(
    ctx: EngineContext,
    state: EngineState,
    pending: Extract<Pending, { kind: 'undo' }>,
    answer: ParsedAnswer,
    out: EngineOutput,
  ) {
    const choice = undoChoice(answer, pending.asked);
    const undo = state.undo;
    const name = state.facts.wifiName ?? '';
    if (choice === 'again' && undo) {
      const said = cannotRejoin(pending.cause, undo, state.facts.wifiName);
      state.pending = { ...pending, asked: pending.asked + 1 };
      if (said.kind === 'offer') out.ask = said.ask;
      return;
    }
    if (choice === 'undo' && undo) {
      const params = { old: undo.label, name };
      const ok = await execute(ctx, state, undo.action, causeRef(state, pending.cause), out, {
        args: undo.args,
        say: `${undo.action}.undo`,
        params,
      });
      if (ok) {
        state.tried.push({ step: `${undo.action}.undo`, result: 'done' });
        return resolvedNow(ctx, state, out, 'closing.request_done');
      }
    }
    state.tried.push({ step: 'rename.kept', result: 'devices join it' });
    out.says.push({ key: 'rename.kept', params: { name } });
    return resolvedNow(ctx, state, out, 'closing.request_done');
  }

  async function onAnswer(
    ctx: EngineContext,
    state: EngineState,
    answer: ParsedAnswer,
    text: string,
    out: EngineOutput,
  ) {
    const pending = state.pending;
    if (!pending) return;
    state.pending = null;
    const cur = state.current;
    switch (pending.kind) {
      case 'consent': {
        // "no i mean both tcp and udp. on 25566": the rule corrected and the permission asked for it, or the
        // rule asked about said back (the go-ahead).
        const rule = ruleAtConsent(state, pending, text, out);
        if (rule === 'asked') return;
        // "ok then yes, change the admin one" at the permission for a new Wi-Fi key: a yes to another change only
        // is no yes to this one — this one is left, and the one named is asked for when the case has it.
        const others = rule !== 'same' && yesLike(answer) ? namesOtherChangeOnly(pending.action, text) : null;
        // "I don't want the wifi password changed, just the admin one" at the admin password's permission: this
        // change asked for in so many words, only another one refused — a yes to this one.
        const thisOne = !yesLike(answer) && asksThisChangeOnly(pending.action, text);
        const yes = (yesLike(answer) && !others) || rule === 'same' || thisOne;
        if (pending.action === 'port_forward_add' && state.facts.portForwardHost && !yes)
          return otherDevice(ctx, state, text, out);
        if (others) return otherNamed(ctx, state, pending, others, out);
        if (yes) {
          state.consents = [...new Set([...state.consents, pending.key])];
          await consentAudit(ctx, pending.key, true);
          return advance(ctx, state, out);
        }
        // "skip the wifi one … can you just do the other thing": this change is left, the next one announced
        // is asked for (what only followed from the declined one, such as reconnecting, is skipped).
        const other =
          cur && wantsOtherChange(text)
            ? otherChange(procedureFor(cur.cause, causeRef(state, cur.cause)), cur.step, pending.action)
            : -1;
        if (cur && other >= 0) {
          await consentAudit(ctx, pending.key, false);
          state.tried.push({ step: pending.action, result: 'customer declined' });
          out.says.push({ key: 'consent.declined.this_one' });
          cur.step = other;
          return advance(ctx, state, out);
        }
        if (!noLike(answer) && pending.asked < 2) {
          state.pending = { ...pending, asked: pending.asked + 1 };
          out.ask = consentAsk(pending.key, pending.action, state.facts);
          return;
        }
        await consentAudit(ctx, pending.key, false);
        state.tried.push({ step: pending.action, result: 'customer declined' });
        const declined = cur
          ? procedureFor(cur.cause, causeRef(state, cur.cause)).steps[cur.step]
          : undefined;
        // A change asked for along the way ("rename it too"), then refused: the case goes on without it.
        if (cur && declined?.kind === 'act' && declined.action === pending.action && declined.onlyWith) {
          out.says.push({ key: 'consent.declined.this_one' });
          cur.step++;
          return advance(ctx, state, out);
        }
        out.says.push({ key: 'consent.declined' });
        if (declined?.kind === 'act' && declined.action === pending.action && declined.ifDeclined) {
          // The alternative to what they said no to, instead of a handoff.
          adviseAndClose(state, declined.ifDeclined, out);
          return;
        }
        if (cur && procedureFor(cur.cause, causeRef(state, cur.cause)).withdrawable)
          return keepAsIs(state, out, `customer declined ${pending.action}`);
        if (cur && offeredOnly(state, cur.cause)) {
          // Nothing broken, only offered: a no leaves things as they are, never a handoff to a person.
          finish(state, out, {
            outcome: 'resolved',
            queue: null,
            disposition: 'resolved.information',
            reason: `customer declined ${pending.action}`,
            closing: 'closing.declined',
          });
          return;
        }
        const procedure = cur ? procedureFor(cur.cause, causeRef(state, cur.cause)) : undefined;
        await closing(
          ctx,
          state,
          procedure?.declinedStays ? procedure.otherwise : { kind: 'escalate', queue: 'agents' },
          `customer declined ${pending.action}`,
          out,
        );
        return;
      }
      case 'step': {
        if (pending.visit) return checkedFirst(ctx, state, pending.key, pending.visit, answer, out);
        // "pushed it in at the router end, the wall end is behind the sofa": done in part, recorded as such.
        const restLeft = answer.kind === 'done' && !!answer.restLeft;
        const result =
          answer.kind === 'done' || answer.kind === 'yes' ? 'done' : noLike(answer) ? 'cannot' : 'unknown';
        await record(ctx.ticketId, [
          {
            type: 'customer_step',
            actor: { kind: 'customer', id: null },
            step: pending.key,
            result: restLeft ? 'partly' : result,
          },
        ]);
        if (!cur) return advance(ctx, state, out);
        // "strunta i det. wifi funkar. hejdå", "never mind, it works now. bye" at a step of a case where the tests
        // found nothing: the customer's word that it works closes the case — never the next step, a handoff, or a
        // case left open. (A measuring step's "works" is no fix: the speed it shows is read on.)
        if (
          cur.cause.startsWith('nothing_found') &&
          !MEASURING_STEPS.has(pending.key) &&
          saysConnectionWorks(text)
        )
          return confirmed(ctx, state, cur, out);
        const proc = procedureFor(cur.cause, causeRef(state, cur.cause));
        const step = proc.steps[cur.step];
        if (step?.kind === 'instruct' && step.confirmAfter) {
          // "mobilen är klar, resten får jag ta sen": summarised as partly done, never "reconnected – done".
          const partly = answer.kind === 'done' && answer.partly;
          state.tried.push({
            step: pending.key,
            result:
              result === 'done'
                ? partly
                  ? 'partly'
                  : 'done'
                : result === 'cannot'
                  ? couldNot(answer)
                  : 'unclear',
          });
          cur.step++;
          // The change the customer asked for is made. Another problem named, or one the connection
          // shows now, comes next; otherwise a customer who has reconnected is done, and one who cannot
          // now reconnects later. Only an unclear answer is asked about.
          if (result !== 'unknown') {
            state.handled.push(cur.cause);
            state.current = null;
            state.lastFix = 'action';
            if (!(state.more && othersLeft(state, cur.cause))) await rediagnose(ctx, state, out);
            if (othersLeft(state, cur.cause)) {
              state.more = true;
              return advance(ctx, state, out);
            }
            if (result === 'cannot') {
              const said = cannotRejoin(cur.cause, state.undo, state.facts.wifiName);
              out.says.push({ key: said.say, params: { name: state.facts.wifiName ?? '' } });
              if (said.kind === 'offer') {
                state.pending = { kind: 'undo', cause: cur.cause, asked: 1 };
                out.ask = said.ask;
                return;
              }
            }
            return resolvedNow(ctx, state, out, 'closing.request_done');
          }
          state.pending = { kind: 'confirm' };
          out.ask = { key: 'resolution.confirm' };
          return;
        }
        // "jag har bara en laptop utan nätverksuttag": the other way to show the same is offered, once.
        if (result === 'cannot' && step?.kind === 'instruct' && step.orInstead && pending.key === step.step) {
          state.tried.push({ step: pending.key, result: couldNot(answer) });
          state.pending = { kind: 'step', key: step.orInstead.step };
          out.ask = { key: step.orInstead.step, message: step.orInstead.message };
          return;
        }
        if (result === 'cannot' && step?.kind === 'instruct' && step.ifCannot) {
          state.tried.push({ step: pending.key, result: couldNot(answer) });
          return adviseInstead(state, step.ifCannot, out);
        }
        if (result === 'done') {
          if (step?.kind === 'instruct' && !step.verify) {
            // "fast.com says 470": the customer's own measurement is the step's result, and is said back.
            const mbps = answer.kind === 'done' ? answer.measuredMbps : undefined;
            const farther = answer.kind === 'done' ? answer.fartherMbps : undefined;
            const partly = answer.kind === 'done' && answer.partly;
            // "jag bytte till Nilsson-5G och speedtest visar 380": no cable — the test on 5 GHz close by was done.
            const onWifi = answer.kind === 'done' && answer.onWifi && pending.key === 'step.wired_test';
            state.tried.push({
              step: onWifi ? 'step.move_closer' : pending.key,
              result: mbps
                ? `measured ${mbps} Mbit/s${farther ? `, farther ${farther} Mbit/s` : ''}`
                : partly
                  ? 'partly'
                  : 'done',
            });
            // Near the router (or on 5 GHz) on Wi-Fi is no cable: said back as what was measured.
            const measured = onWifi
              ? 'step.measured.on_5ghz'
              : pending.key === 'step.move_closer'
                ? 'step.measured.near_router'
                : 'step.measured';
            // "310 next to the router, 40 in the kitchen": each figure with its place, and advice for the far room.
            if (mbps && farther)
              out.says.push({
                key: 'step.measured.near_and_far',
                params: { mbps: String(mbps), far: String(farther) },
              });
            else if (mbps) out.says.push({ key: measured, params: { mbps: String(mbps) } });
            cur.step++;
            return advance(ctx, state, out);
          }
          if (await verify(ctx, state, proc, pending.key, out)) {
            state.tried.push({ step: pending.key, result: 'fixed' });
            state.lastFix = 'step';
            out.says.push({ key: 'verified.ok' });
            // "Screwed it back in. Internet seems back now": the tests agree with what was said, nothing to ask.
            if (saysConnectionWorks(text)) return confirmed(ctx, state, cur, out);
            state.pending = { kind: 'confirm' };
            out.ask = { key: 'resolution.confirm' };
            return;
          }
          // "It was loose, it's in now" and the fault is still there: a plug half in, or a router still
          // connecting, is checked once more before anyone is sent.
          if (answer.kind === 'done' && answer.inWords && !pending.again) {
            state.pending = { kind: 'step', key: pending.key, again: true };
            out.ask = { key: pending.key, message: CHECK_AGAIN[pending.key] ?? 'step.check_again' };
            return;
          }
          state.tried.push({ step: pending.key, result: restLeft ? 'partly' : 'did not help' });
          out.says.push({ key: 'verified.still' });
        } else {
          state.tried.push({
            step: pending.key,
            result: result === 'cannot' ? couldNot(answer) : 'unclear',
          });
        }
        cur.step++;
        return advance(ctx, state, out);
      }
      case 'fact': {
        if (pending.fact === 'portForward') return portForwardAnswer(ctx, state, pending, answer, text, out);
        const value = factFromAnswer(pending.fact, answer, text, state.facts);
        // A fact that names something (the new Wi-Fi name) is never "unknown": a no withdraws a request
        // that may be withdrawn, anything else asks again.
        if (value === undefined && NAMED_FACTS.has(pending.fact)) {
          const proc = cur ? procedureFor(cur.cause, causeRef(state, cur.cause)) : null;
          if (noLike(answer) && proc?.withdrawable)
            return keepAsIs(state, out, `customer withdrew the request at ${pending.key}`);
          // Asked three times without a name to read: a person takes it from here, never a loop.
          if (proc && pending.asked >= 2)
            return closing(
              ctx,
              state,
              proc.otherwise,
              `no ${pending.fact} could be read from the answers`,
              out,
            );
          state.pending = { ...pending, asked: pending.asked + 1 };
          out.ask = { key: pending.key };
          return;
        }
        if (value === undefined && pending.asked < 2 && answer.kind !== 'unknown') {
          state.pending = { ...pending, asked: pending.asked + 1 };
          out.ask = { key: pending.key };
          return;
        }
        state.facts = { ...state.facts, [pending.fact]: value ?? 'unknown' };
        if (state.adviceAfter) return adviseInstead(state, state.adviceAfter, out);
        if (cur) skipAfterFact(state, procedureFor(cur.cause, causeRef(state, cur.cause)));
        return advance(ctx, state, out);
      }
      case 'confirm': {
        // "yeah add those too pls" after the game's other ports were offered: added now, then asked again.
        const more = await moreAtConfirm(ctx, state, text, out);
        if (more) await consentAudit(ctx, more as ConsentKey, true);
        if (state.pending) return;
        if (answer.kind === 'yes' || answer.kind === 'done') return confirmed(ctx, state, cur, out);
        // Not fixed: look again, take the next most likely cause, or escalate.
        const proc = cur ? procedureFor(cur.cause, causeRef(state, cur.cause)) : null;
        if (cur) state.handled.push(cur.cause);
        state.current = null;
        state.tried.push({ step: 'resolution.confirm', result: 'customer says it still does not work' });
        out.says.push({ key: 'confirm.not_fixed' });
        await rediagnose(ctx, state, out);
        if (state.causes.some((c) => !state.handled.includes(c.cause))) return advance(ctx, state, out);
        if (closeWithAdvice(proc, state, out)) return;
        const queue =
          proc?.otherwise.kind === 'escalate'
            ? proc.otherwise
            : ({ kind: 'escalate', queue: 'tier2' } as const);
        await closing(ctx, state, queue, 'fix did not help the customer', out);
        return;
      }
      case 'availability': {
        const avail = answer.kind === 'availability' ? answer.text : text.trim().slice(0, 200);
        state.facts = { ...state.facts, availability: avail || 'unknown' };
        finish(state, out, {
          outcome: 'escalated',
          queue: pending.queue,
          disposition: `escalated.${pending.queue}`,
          reason: `${cur?.cause ?? 'fault'}: ${reasonFromTried(state)}`,
        });
        return;
      }
      case 'undo':
        return answerUndo(ctx, state, pending, answer, out);
      case 'secondary': {
        state.handled.push(pending.cause);
        if (yesLike(answer) && !namesOtherChangeOnly(pending.action, text)) {
          state.consents = [...new Set([...state.consents, pending.key])];
          await consentAudit(ctx, pending.key, true);
          const ok = await execute(ctx, state, pending.action, causeRef(state, pending.cause), out);
          state.tried.push({ step: pending.action, result: ok ? 'done' : 'failed' });
        } else {
          await consentAudit(ctx, pending.key, false);
          out.says.push({ key: 'offer.declined' });
        }
        // Offered right after the request was carried out: whether that works is asked now.
        if (pending.thenConfirm) {
          state.pending = { kind: 'confirm' };
          out.ask = { key: 'resolution.confirm' };
          return;
        }
        return resolvedNow(ctx, state, out);
      }
    }
  }

  /**
   * A yes that names other changes than the one asked about: this one is declined and left; a later change of the
   * procedure, or the secondary fix, that is one of those named is asked for next; otherwise the permission is
   * put once more (never taken as given).
   */
  async function otherNamed(
    ctx: EngineContext,
    state: EngineState,
    pending: Extract<Pending, { kind: 'consent' }>,
    named: readonly string[],
    out: EngineOutput,
  ) {
    const cur = state.current;
    const proc = cur ? procedureFor(cur.cause, causeRef(state, cur.cause)) : null;
    const later =
      cur && proc
        ? proc.steps.findIndex(
            (s, i) => i > cur.step && s.kind === 'act' && !s.onlyWith && named.includes(s.action),
          )
        : -1;
    const secondary = state.secondary.some(
      (c) =>
        !state.handled.includes(c.cause) &&
        procedureFor(c.cause, c).steps.some((s) => s.kind === 'act' && named.includes(s.action)),
    );
    if (cur && (later >= 0 || (secondary && ctx.verified && !state.secondaryOffered))) {
      await consentAudit(ctx, pending.key, false);
      state.tried.push({ step: pending.action, result: 'customer declined' });
      out.says.push({ key: 'consent.declined.this_one' });
      if (later >= 0) {
        cur.step = later;
        return advance(ctx, state, out);
      }
      state.handled.push(cur.cause);
      state.current = null;
      if (offerSecondary(ctx, state, out)) return;
      return resolvedNow(ctx, state, out);
    }
    state.pending = { ...pending, asked: pending.asked + 1 };
    out.ask = consentAsk(pending.key, pending.action, state.facts);
  }

  return { consentAudit, answerUndo, onAnswer };
}

/** The next change of the procedure after step `from`, other than `declined` (−1 when there is none). */
function otherChange(proc: Procedure, from: number, declined: string): number {
  return proc.steps.findIndex((s, i) => i > from && s.kind === 'act' && !s.onlyWith && s.action !== declined);
}

export type OnAnswer = ReturnType<typeof createOnAnswer>;

/** A step not done: declined when the customer would not do it, else could not ("gick inte att göra"). */
function couldNot(answer: { kind: string; refused?: true }): 'customer declined' | 'customer could not' {
  return answer.kind === 'cannot' && answer.refused ? 'customer declined' : 'customer could not';
}
