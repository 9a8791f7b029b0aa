import type { FastifyPluginAsync } from 'fastify';
import formbody from '@fastify/formbody';
import { z } from 'zod';
import type { Language, Ticket } from '../../domain/index.js';
import type { TicketStore } from '../../tickets/ports.js';
import type { ChannelLinks, ConversationAgent } from '../conversation-port.js';
import { spokenOpening, type QueueLines } from './transfer.js';
import { VOICE_TEXT } from './prompts.js';
import { KEYPAD_OPTIONS_KEY, keypadOptions, pickedOption } from './keypad.js';
import { errorTwiml, replyTwiml, type Handover } from './twiml.js';

// A webhook channel for telephony platforms (Twilio-style): each POST carries the call id and,
// after the first, the caller's speech transcript or keypad digits; the reply is TwiML in the
// caller's language.

export interface VoicePluginOptions {
  agent: ConversationAgent;
  tickets: TicketStore;
  links: ChannelLinks;
  defaultLanguage: Language;
  /** The queues' phone numbers and hours (operator file); without it an escalation never transfers. */
  queueLines?: QueueLines;
  now?: () => Date;
}

const turnSchema = z.object({
  CallSid: z.string().min(1).max(100),
  From: z.string().max(50).optional(),
  SpeechResult: z.string().max(4000).optional(),
  /** Keypad input; the platform leaves out the finishing hash key. */
  Digits: z
    .string()
    .max(40)
    .regex(/^[0-9*#]*$/)
    .optional(),
  CallStatus: z.string().max(40).optional(),
});

const statusSchema = z.object({ CallSid: z.string().min(1).max(100), CallStatus: z.string().max(40) });
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const ENDED = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);

export const voicePlugin: FastifyPluginAsync<VoicePluginOptions> = async (app, opts) => {
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  const webhookUrl = '/api/v1/voice/webhook';

  app.post(webhookUrl, async (req, reply) => {
    reply.type('text/xml; charset=utf-8');
    const parsed = turnSchema.safeParse(req.body);
    if (!parsed.success) return reply.code(400).send(errorTwiml(opts.defaultLanguage));
    const { CallSid, From, SpeechResult, Digits } = parsed.data;
    // Typed digits count as the caller's words (a PIN typed is masked like one spoken).
    const typed = Digits?.replace(/[*#]/g, '') ?? '';
    let said = typed || SpeechResult?.trim() || '';
    const keypad = typed !== '';
    try {
      let ticketId = await opts.links.find('voice', [CallSid]);
      let replies;
      let before: Ticket | null;
      if (!ticketId) {
        const started = await opts.agent.startConversation({
          channel: 'voice',
          customerHint: From ? { phone: From } : undefined,
        });
        ticketId = started.ticketId;
        await opts.links.link('voice', CallSid, ticketId);
        replies = started.replies;
        before = await opts.tickets.get(ticketId);
        if (said)
          replies = [
            ...replies,
            ...(await opts.agent.handleMessage(ticketId, said, { callSid: CallSid, keypad })),
          ];
      } else {
        before = await opts.tickets.get(ticketId);
        if (typed)
          said =
            pickedOption(typed, await opts.tickets.getState<string[]>(ticketId, KEYPAD_OPTIONS_KEY)) ?? said;
        replies = await opts.agent.handleMessage(ticketId, said || '…', {
          callSid: CallSid,
          noSpeech: !said,
          keypad,
        });
      }
      await opts.tickets.setState(ticketId, KEYPAD_OPTIONS_KEY, keypadOptions(replies.at(-1)));
      const ticket = await opts.tickets.get(ticketId);
      const language = ticket?.language ?? opts.defaultLanguage;
      const escalated = ticket?.status === 'escalated' && ticket.queue && before?.status !== 'escalated';
      const handover = escalated ? await handOver(ticket, language, From) : undefined;
      return replyTwiml(replies, language, webhookUrl, handover);
    } catch (err) {
      req.log.error({ err }, 'voice turn failed');
      return reply.code(200).send(errorTwiml(opts.defaultLanguage));
    }
  });

  /** A case just escalated to a person's queue: transfer the call inside its hours, else promise a call-back. */
  async function handOver(
    ticket: Ticket,
    language: Language,
    from: string | undefined,
  ): Promise<Handover | undefined> {
    if (!opts.queueLines || !ticket.queue) return undefined;
    const now = opts.now?.() ?? new Date();
    const line = opts.queueLines(ticket.queue, now);
    const queueName = line.name ?? VOICE_TEXT.colleague[language];
    const system = { kind: 'system' as const, id: null };
    if (line.open && line.phone) {
      await opts.tickets.append(ticket.id, [
        {
          type: 'note',
          actor: system,
          internal: true,
          text: `Call transferred to the ${ticket.queue} queue at ${line.phone}.`,
        },
      ]);
      return { kind: 'transfer', queueName, phone: line.phone };
    }
    if (line.open || !line.opensAt) return undefined;
    const caller = from ? ` on ${from}` : '';
    await opts.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: system,
        internal: true,
        text: `The ${ticket.queue} queue was closed when the caller escalated: call the customer back${caller} when it opens (${line.opensAt.toISOString()}).`,
      },
    ]);
    return {
      kind: 'call_back',
      queueName: capitalised(queueName),
      when: spokenOpening(line.opensAt, now, line.timeZone, language),
    };
  }

  /** Call-status callback: a hang-up leaves the ticket pending with the transcript so far. */
  app.post('/api/v1/voice/status', async (req, reply) => {
    const parsed = statusSchema.safeParse(req.body);
    if (!parsed.success) return reply.code(400).send({ error: 'CallSid and CallStatus are required' });
    const { CallSid, CallStatus } = parsed.data;
    const ticketId = await opts.links.find('voice', [CallSid]);
    if (!ticketId || !ENDED.has(CallStatus)) return reply.code(204).send();
    const ticket = await opts.tickets.get(ticketId);
    if (ticket && !['resolved', 'closed', 'escalated'].includes(ticket.status)) {
      await opts.tickets.append(
        ticketId,
        [
          {
            type: 'note',
            actor: { kind: 'system', id: null },
            internal: true,
            text: `Caller hung up (${CallStatus}); the transcript so far is on the timeline.`,
          },
        ],
        { status: 'pending_customer' },
      );
    }
    return reply.code(204).send();
  });
};
