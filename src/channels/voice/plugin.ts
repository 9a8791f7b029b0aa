import type { FastifyPluginAsync } from 'fastify';
import formbody from '@fastify/formbody';
import { z } from 'zod';
import type { Language } from '../../domain/index.js';
import type { TicketStore } from '../../tickets/ports.js';
import type { ChannelLinks, ConversationAgent } from '../conversation-port.js';
import { errorTwiml, replyTwiml } from './twiml.js';

// A webhook channel for telephony platforms (Twilio-style): each POST carries the call id and,
// after the first, the caller's speech transcript; the reply is TwiML in the caller's language.

export interface VoicePluginOptions {
  agent: ConversationAgent;
  tickets: TicketStore;
  links: ChannelLinks;
  defaultLanguage: Language;
}

const turnSchema = z.object({
  CallSid: z.string().min(1).max(100),
  From: z.string().max(50).optional(),
  SpeechResult: z.string().max(4000).optional(),
  CallStatus: z.string().max(40).optional(),
});

const statusSchema = z.object({ CallSid: z.string().min(1).max(100), CallStatus: z.string().max(40) });
const ENDED = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);

export const voicePlugin: FastifyPluginAsync<VoicePluginOptions> = async (app, opts) => {
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  const webhookUrl = '/api/v1/voice/webhook';

  app.post(webhookUrl, async (req, reply) => {
    reply.type('text/xml; charset=utf-8');
    const parsed = turnSchema.safeParse(req.body);
    if (!parsed.success) return reply.code(400).send(errorTwiml(opts.defaultLanguage));
    const { CallSid, From, SpeechResult } = parsed.data;
    try {
      let ticketId = await opts.links.find('voice', [CallSid]);
      let replies;
      if (!ticketId) {
        const started = await opts.agent.startConversation({ channel: 'voice', customerHint: From ? { phone: From } : undefined });
        ticketId = started.ticketId;
        await opts.links.link('voice', CallSid, ticketId);
        replies = started.replies;
        if (SpeechResult?.trim()) replies = [...replies, ...(await opts.agent.handleMessage(ticketId, SpeechResult, { callSid: CallSid }))];
      } else {
        const speech = SpeechResult?.trim() ?? '';
        replies = await opts.agent.handleMessage(ticketId, speech || '…', { callSid: CallSid, noSpeech: !speech });
      }
      const ticket = await opts.tickets.get(ticketId);
      return replyTwiml(replies, ticket?.language ?? opts.defaultLanguage, webhookUrl);
    } catch (err) {
      req.log.error({ err }, 'voice turn failed');
      return reply.code(200).send(errorTwiml(opts.defaultLanguage));
    }
  });

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
        [{ type: 'note', actor: { kind: 'system', id: null }, internal: true, text: `Caller hung up (${CallStatus}); the transcript so far is on the timeline.` }],
        { status: 'pending_customer' },
      );
    }
    return reply.code(204).send();
  });
};
