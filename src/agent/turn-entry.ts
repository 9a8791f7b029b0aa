// A customer message in: stored (idempotent per client message id), then answered under the
// ticket's lock; a message whose turn a crash cut off is answered later (recovery.ts).
import { paragraphDigest } from './paragraph-digest.js';
import { oneNetwork, stickerGone } from '../triage/sticker-gone.js';
import { pingFacts, pingIn } from './ping-facts.js';
import { dnsFacts, foundFacts, signalFacts, wanFacts } from './wan-facts.js';
import { channelFacts } from './wifi-channel-facts.js';
import type { AgentReply } from './agent-config.js';
import { TRANSCRIPT_KEY, type ConversationState, type TranscriptMessage } from './conversation-state.js';
import { asksSomething, fitOpener } from './answer-openers.js';
import { fold } from '../triage/normalize.js';
import { finalize } from './finalize.js';
import type { AgentKernel } from './kernel.js';
import { createTurnRecovery } from './recovery.js';
import { dispatchTurn } from './turn-dispatch.js';
import { withAnswerRest } from './answer-rest.js';
import { Turn } from './turn.js';
import { PIN_LIKE_RUN, pinAsWritten, pinLikeAt, pinsIn, withPinsMasked } from './pin-mask.js';
import { answerHeldQuestion } from './identity-question.js';
import { answerBeforeIdentity } from './early-questions.js';
import { answerGeneralBeside, rememberTeamOffer } from './knowledge-routes.js';
import { answerOpenly, CANNOT_ANSWER } from './open-answers.js';
import { foundCauseOf } from './knowledge.js';

export function createTurnEntry(k: AgentKernel) {
  /** Stores a customer message (timeline + transcript). Idempotent per clientMessageId. */
  async function acceptLocked(ticketId: string, text: string, meta: { clientMessageId?: string } = {}) {
    const conv = await k.loadConv(ticketId);
    if (meta.clientMessageId && conv.clientIds[meta.clientMessageId]) {
      return { messageId: conv.clientIds[meta.clientMessageId], duplicate: true };
    }
    const id = k.nextId(conv);
    const at = k.now().toISOString();
    // The answer to the PIN question is checked from the original text and never stored.
    const volunteered = k.triage.findVolunteeredPin?.(text);
    const kept =
      conv.phase === 'identify_pin'
        ? maskPinLike(text)
        : volunteered
          ? pinAsWritten(text, volunteered).reduce((t, form) => t.split(form).join('••••'), text)
          : text;
    // On the case the conversation works on now: a linked case opened in it (follow-up.ts) gets its messages.
    await k.deps.tickets.append(conv.workTicketId ?? ticketId, [
      {
        type: 'message_in',
        actor: { kind: 'customer', id: null },
        channel: conv.channel,
        text: kept,
        ...(meta.clientMessageId
          ? { meta: { clientMessageId: meta.clientMessageId, messageId: id } }
          : { meta: { messageId: id } }),
      },
    ]);
    const stored = await k.transcript(ticketId);
    stored.push({ id, role: 'customer', text: kept, askKey: null, options: [], final: false, at });
    await k.deps.tickets.setState(ticketId, TRANSCRIPT_KEY, stored);
    if (meta.clientMessageId) conv.clientIds[meta.clientMessageId] = id;
    await k.saveConv(ticketId, conv);
    await k.pendingMarks?.add(ticketId, id, at);
    return { messageId: id, duplicate: false };
  }

  /** `arrivedAt`: when the message reached the desk, before its lease (the interim is due from then). */
  async function handleLocked(
    ticketId: string,
    text: string,
    messageId: string,
    arrivedAt?: number,
  ): Promise<AgentReply[]> {
    const started = Date.now();
    const ticket = await k.deps.tickets.get(ticketId);
    if (!ticket) throw new Error(`unknown ticket ${ticketId}`);
    const conv = await k.loadConv(ticketId);
    await k.waiting.clear(ticketId);
    if (conv.takenOverBy) return [];
    if (ticket.status === 'pending_customer') await k.deps.tickets.append(ticketId, [], { status: 'open' });
    else if (ticket.status === 'new') await k.deps.tickets.append(ticketId, [], { status: 'open' });
    // The case being worked on: this ticket, or a linked one opened for a later request in the same conversation.
    const work = (conv.workTicketId ? await k.deps.tickets.get(conv.workTicketId) : null) ?? ticket;
    const turn = new Turn(conv.language, k.cfg.words, conv.channel).forCase(work.reference);
    // What the case's checks read that a text may name (the Wi-Fi channel before and after a change).
    // (and the router's public address: "can you tell me my public ip?").
    const findings = (await k.engine.get(work.id))?.findings;
    // (and the ping the customer named, in this message or earlier: "is my ping supposed to be 40?").
    const ping = pingIn(text) ?? conv.facts.pingSaid ?? null;
    if (ping) conv.facts.pingSaid = ping;
    turn.facts = {
      ...channelFacts(findings),
      ...wanFacts(findings),
      ...dnsFacts(findings),
      ...signalFacts(findings, conv.language),
      ...foundFacts(findings, conv.language),
      ...pingFacts(ping ? `${ping} ms` : ''),
    };
    // "Lappen på routern är borta", "the sticker is gone": never "see the sticker" again in this conversation.
    if (stickerGone(text)) conv.facts.stickerGone = true;
    if (conv.facts.stickerGone) turn.variants.add('sticker_gone');
    // "jag ser bara ett nätverk": never "pick the network whose name ends in 5G".
    if (oneNetwork(text)) conv.facts.oneNetwork = true;
    if (conv.facts.oneNetwork) turn.variants.add('one_network');
    turn.answersBefore = new Set(conv.lastAnswers ?? []);
    turn.answersSaidBefore = counted(conv.answersSaid ?? []);
    turn.answerMissed = ANSWER_MISSED.test(fold(text));
    k.inTurn.set(work.id, { conversationId: ticketId, conv, turn, arrivedAt: arrivedAt ?? started });
    try {
      const said = text.slice(0, 4000);
      const pins = pinsIn(said, conv.phase === 'identify_pin', k.triage.findVolunteeredPin?.(said));
      await withPinsMasked(pins, () =>
        withAnswerRest(k.parts.answerRest, work, conv, turn, said, async () => {
          const askBefore = conv.pendingAskSpec?.key ?? null;
          const phaseBefore = conv.phase;
          const waiting = !!(conv.problemQuestions || conv.heldQuestion);
          await dispatchTurn(k, work, conv, said, turn);
          await answerHeldQuestion(k, conv, turn, work);
          answerGeneralBeside(conv, turn, said, phaseBefore, foundCauseOf(await k.engine.get(work.id)));
          // A question back at the same identity question is its own repair; beside the answer, this.
          if (turn.pendingAsk !== askBefore) answerBeforeIdentity(conv, turn, said, waiting);
        }),
      );
    } catch (err) {
      k.log.error({ ticketId, err: err instanceof Error ? err.message : String(err) }, 'turn failed');
      const fresh = (await k.deps.tickets.get(work.id)) ?? work;
      if (conv.phase !== 'closed') {
        await finalize(k, fresh, conv, turn, {
          outcome: 'escalated',
          queue: 'agents',
          disposition: 'escalated.agents',
          reason: 'the automated agent hit an internal error',
        }).catch(() => undefined);
      }
    }
    k.inTurn.delete(work.id);
    sayOnceMore(conv, turn, text);
    await answerOpenly(k, conv, turn, ticketId, text);
    conv.lastAnswers = turn.answers.length ? [...new Set(turn.answers)] : undefined;
    rememberTeamOffer(conv, turn.keysSaid, text);
    const fresh = (await k.deps.tickets.get(ticketId)) ?? ticket;
    const replies = await k.storeOut(fresh, conv, turn, 'agent', started, messageId);
    await k.saveConv(ticketId, conv);
    await k.pendingMarks?.done(ticketId, messageId);
    return replies;
  }

  /** A customer message stored and answered under the ticket's lock (a retried one gets the replies it had). */
  async function receiveLocked(
    ticketId: string,
    text: string,
    clientMessageId: string | undefined,
    arrivedAt?: number,
  ) {
    const accepted = await acceptLocked(ticketId, text, { clientMessageId });
    if (!accepted.duplicate)
      return { ...accepted, replies: await handleLocked(ticketId, text, accepted.messageId, arrivedAt) };
    const sent = (await k.transcript(ticketId))
      .filter((m) => m.inReplyTo === accepted.messageId)
      .map(toReply);
    // A retry of a message whose turn was cut off (crash): answer it now.
    if (sent.length === 0 && recovery)
      return { ...accepted, replies: await recovery.recoverLocked(ticketId, accepted.messageId) };
    return { ...accepted, replies: sent };
  }

  const recovery = k.deps.pendingTurns
    ? createTurnRecovery(
        k.deps.pendingTurns,
        {
          withLock: k.withLock,
          async storedMessage(ticketId, messageId) {
            const m = (await k.transcript(ticketId)).find((x) => x.id === messageId && x.role === 'customer');
            return m ? { text: m.text, masked: m.text.includes('••••') } : null;
          },
          answer: handleLocked,
          async askAgain(ticketId, messageId) {
            const ticket = await k.deps.tickets.get(ticketId);
            if (!ticket) return [];
            const conv = await k.loadConv(ticketId);
            const turn = new Turn(conv.language, k.cfg.words, conv.channel);
            turn.say('recovery.resend');
            // The same question, word for word, as it was put before the crash.
            if (conv.pendingAskSpec) turn.askAgain(conv.pendingAskSpec);
            else if (conv.pendingAsk) turn.ask(conv.pendingAsk);
            const replies = await k.storeOut(ticket, conv, turn, 'agent', Date.now(), messageId);
            await k.saveConv(ticketId, conv);
            return replies;
          },
          deliver(ticketId, replies) {
            for (const reply of replies) k.emit({ ticketId, role: 'agent', reply });
          },
        },
        k.log,
        k.now,
      )
    : null;

  return { acceptLocked, handleLocked, receiveLocked, recovery };
}

export type TurnEntry = ReturnType<typeof createTurnEntry>;

export function toReply(m: TranscriptMessage): AgentReply {
  return {
    id: m.id,
    text: m.text,
    askKey: m.askKey,
    options: m.options,
    final: m.final,
    meta: m.meta ?? { turnMs: 0, deviceWaitMs: 0 },
  };
}

/** Digit runs that may be a PIN, replaced by dots. */
export function maskPinLike(text: string): string {
  return text.replace(PIN_LIKE_RUN, (run, at: number) => (pinLikeAt(text, at, run) ? '••••' : run));
}

/**
 * "Men det jag undrade var om det går att betala med Swish?" answered with the paragraph an earlier reply gave
 * word for word after the customer said it missed their question, or a third time: that paragraph is left out
 * (turn.ts), and when nothing new answers the message — it asks
 * something, or nothing else is said — the customer is told plainly that this is all the desk knows and who
 * answers the rest. The answers said so far are remembered for the next turns.
 */
function sayOnceMore(conv: ConversationState, turn: Turn, text: string): void {
  // "hej", "tack!", "ok då ringer jag er istället. hej": a message that asks nothing never gets "I can't answer that".
  if (!asksSomething(text)) for (const key of CANNOT_ANSWER) if (turn.keysSaid.includes(key)) turn.unsay(key);
  if (turn.repeatsLeftOut.length && !turn.answersSaidNow.length && (turn.empty || asksSomething(text)))
    turn.saySaidBefore(!!conv.handoff);
  turn.rewriteAnswers((p) => fitOpener(p, text));
  if (turn.answersSaidNow.length)
    conv.answersSaid = [
      ...(conv.answersSaid ?? []),
      ...new Set(turn.answersSaidNow.map(paragraphDigest)),
    ].slice(-60);
}

/** How many times each text occurs. */
function counted(texts: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of texts) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/**
 * "My question was: is the firmware the latest?", "men det jag undrade var om…", "you didn't really answer if
 * outages are common", "that's the mesh answer again": the last answer missed the question. Folded text.
 */
const ANSWER_MISSED =
  /\b(my (question|point) (was|is)|what i (asked|wondered|wanted to know|meant|was asking)( about)? (was|is)|i was asking (about|if|whether)|(that'?s|thats|that is|this is) not what i (asked|meant)|not what i asked|i asked (twice|two times|again)|(you )?(didn'?t|did not|never) (really |actually )?answer(ed)? (if|whether|my|the|that)|(the )?same (answer|paragraph|text|thing|reply) (again|as before|twice)|(that'?s|thats|that is) the [\w-]+ (answer|thing|paragraph|text) again|min fraga (var|ar)|det jag (undrade|fragade|menade|ville veta|fragade om) (var|ar|om)|jag fragade (ju |inte |tva ganger )|(det var|det ar|det) inte (det|vad) jag fragade|du svarade (aldrig|inte pa (min|fragan|det))|samma (svar|text|sak|stycke) (igen|som forut|tva ganger))/;
