// The chat channel: REST + WebSocket under /api/v1/chat. One conversation = one ticket (channel
// chat); the conversation token is random and only its SHA-256 is kept (in the ticket's state).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { PushedReply, StartInput } from '../../agent/agent.js';
import type { ConversationState, TranscriptMessage } from '../../agent/conversation-state.js';
import { verifyPortalToken } from '../../agent/portal-session.js';
import type { AgentReply } from '../conversation-port.js';
import { HttpProblem } from '../../http/problem.js';
import { loggedFallback } from '../../http/reply.js';
import { zodRoute } from '../../http/zod-route.js';
import { encodeFrame, type ChatMessage, type ConversationStarted } from './frames.js';

/** The part of a ws socket the channel uses (ws ships no type declarations here). */
interface WebSocket {
  readonly readyState: number;
  readonly OPEN: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  on(event: 'message', listener: (raw: Buffer) => void): void;
  on(event: 'close', listener: () => void): void;
}

export type { ChatMessage } from './frames.js';

/** What the chat channel needs from the agent (src/agent/agent.ts implements it). */
export interface ChatAgent {
  startConversation(
    input: StartInput,
  ): Promise<{ ticketId: string; reference: string; replies: AgentReply[] }>;
  acceptMessage(
    ticketId: string,
    text: string,
    meta?: { clientMessageId?: string },
  ): Promise<{ messageId: string; duplicate: boolean }>;
  handleMessage(ticketId: string, text: string, meta?: Record<string, unknown>): Promise<AgentReply[]>;
  /** Accepts and answers in one turn, returning the conversation as the turn left it. */
  receiveMessage?(
    ticketId: string,
    text: string,
    meta?: { clientMessageId?: string; admit?: (conv: ConversationState | null) => void },
  ): Promise<{
    messageId: string;
    duplicate: boolean;
    replies: AgentReply[];
    conversation: ConversationState | null;
  }>;
  repliesTo(ticketId: string, messageId: string): Promise<AgentReply[]>;
  messages(ticketId: string, after?: string): Promise<TranscriptMessage[]>;
  conversation(ticketId: string): Promise<ConversationState | null>;
  onReply(listener: (p: PushedReply) => void): () => void;
}

export interface ChatPluginOptions {
  agent: ChatAgent;
  /** Secret of signed customer-portal sessions (PORTAL_SSO_SECRET); without it portal tokens are refused. */
  portalSecret?: string;
  /** Request body limit for chat routes, bytes. */
  bodyLimit?: number;
  /** Message limit for WebSocket frames (given the upgrade request); false means over the limit. */
  frameLimit?: (request: FastifyRequest) => Promise<boolean>;
  /** The operator's brand name, told to the widget when a conversation starts. */
  brand?: string;
  now?: () => Date;
}

const startBody = z
  .object({ language: z.enum(['sv', 'en']).optional(), portalToken: z.string().min(1).max(2048).optional() })
  .strict();
const messageBody = z.object({
  text: z.string().trim().min(1).max(4000),
  clientMessageId: z.string().min(1).max(100).optional(),
});
const idParams = z.object({ id: z.string().min(1).max(100) });
const afterQuery = z.object({ after: z.string().regex(/^\d+$/).optional() });
const wsQuery = z.object({
  conversationId: z.string().min(1).max(100),
  token: z.string().min(1).max(200),
  after: z.string().regex(/^\d+$/).optional(),
});
const wsFrame = z.object({
  type: z.literal('message'),
  text: z.string().trim().min(1).max(4000),
  clientMessageId: z.string().min(1).max(100).optional(),
});

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

function sameHash(a: string, b: string) {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

function toChat(role: ChatMessage['role'], r: AgentReply, at: string): ChatMessage {
  return {
    id: r.id,
    role,
    text: r.text,
    askKey: r.askKey,
    options: r.options,
    final: r.final,
    at,
    meta: r.meta,
  };
}

function fromTranscript(m: TranscriptMessage): ChatMessage {
  const out: ChatMessage = {
    id: m.id,
    role: m.role,
    text: m.text,
    askKey: m.askKey,
    options: m.options,
    final: m.final,
    at: m.at,
  };
  if (m.meta) out.meta = m.meta;
  return out;
}

export const chatPlugin: FastifyPluginAsync<ChatPluginOptions> = async (app: FastifyInstance, opts) => {
  const { agent } = opts;
  const now = opts.now ?? (() => new Date());
  const bodyLimit = opts.bodyLimit ?? 64 * 1024;
  if (!app.hasDecorator('websocketServer'))
    await app.register(websocket, { options: { maxPayload: 64 * 1024 } });

  const sockets = new Map<string, Set<WebSocket>>();
  const unsubscribe = agent.onReply((p) => {
    const set = sockets.get(p.ticketId);
    if (!set) return;
    const frame = encodeFrame({ type: 'message', message: toChat(p.role, p.reply, now().toISOString()) });
    for (const ws of set) if (ws.readyState === ws.OPEN) ws.send(frame);
  });
  app.addHook('onClose', async () => unsubscribe());

  async function authorise(id: string, token: string | undefined): Promise<ConversationState> {
    const conv = await agent
      .conversation(id)
      .catch(loggedFallback(app.log, { conversationId: id }, 'reading the conversation', null));
    return admit(conv, token);
  }

  function admit(conv: ConversationState | null, token: string | undefined): ConversationState {
    if (!conv || conv.channel !== 'chat') throw new HttpProblem(404, 'Not Found', 'unknown conversation');
    if (!token || !conv.tokenHash || !sameHash(hash(token), conv.tokenHash)) {
      throw new HttpProblem(401, 'Unauthorized', 'missing or wrong conversation token');
    }
    return conv;
  }

  function bearer(request: FastifyRequest): string | undefined {
    const h = request.headers.authorization;
    const m = typeof h === 'string' ? /^Bearer\s+(\S+)$/i.exec(h) : null;
    return m?.[1];
  }

  // Ended: the case is closed and the desk has nothing more to ask. A case handed to a person stays
  // open (the customer keeps writing to the ticket), and so does a closing that asks for the
  // satisfaction score until the score is given: the customer answers it (a quick reply or free text)
  // and may write beside it or before it ("will it happen again?" is answered, the score still taken).
  const ended = (messages: { final: boolean }[], conv: ConversationState | null) =>
    conv?.phase === 'closed' &&
    !conv.handoff &&
    conv.pendingAsk !== 'csat.score' &&
    !conv.csatOpen &&
    (messages.length === 0 || messages[messages.length - 1].final);

  app.register(async (scoped) => {
    scoped.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (_req, body, done) => {
      try {
        done(null, body.length ? JSON.parse(body as string) : {});
      } catch {
        done(new HttpProblem(400, 'Bad Request', 'body is not valid JSON'), undefined);
      }
    });

    zodRoute(
      scoped,
      {
        method: 'POST',
        url: '/conversations',
        body: startBody.optional(),
        summary: 'Start a chat conversation',
        tags: ['chat'],
      },
      async ({ body }, reply) => {
        let portalCustomerNumber: string | undefined;
        if (body?.portalToken) {
          const session = opts.portalSecret
            ? verifyPortalToken(body.portalToken, opts.portalSecret, now())
            : null;
          if (!session) throw new HttpProblem(401, 'Unauthorized', 'the portal session is not valid');
          portalCustomerNumber = session.customerNumber;
        }
        const token = randomBytes(32).toString('base64url');
        const started = await agent.startConversation({
          channel: 'chat',
          language: body?.language,
          portalCustomerNumber,
          channelTokenHash: hash(token),
        });
        const at = now().toISOString();
        const answer: ConversationStarted = {
          conversationId: started.ticketId,
          ticketReference: started.reference,
          token,
          messages: started.replies.map((r) => toChat('agent', r, at)),
          brand: opts.brand ?? null,
        };
        return reply.code(201).send(answer);
      },
    );

    zodRoute(
      scoped,
      {
        method: 'POST',
        url: '/conversations/:id/messages',
        params: idParams,
        body: messageBody,
        summary: 'Send a customer message and get the replies',
        tags: ['chat'],
      },
      async ({ params, body, request }) => {
        const token = bearer(request);
        if (agent.receiveMessage) {
          // The token is checked on the conversation as the turn reads it: one read for both.
          const got = await agent.receiveMessage(params.id, body.text, {
            clientMessageId: body.clientMessageId,
            admit: (conv) => admit(conv, token),
          });
          const at = now().toISOString();
          const messages = got.replies.map((r) => toChat('agent', r, at));
          return { messageId: got.messageId, replies: messages, ended: ended(messages, got.conversation) };
        }
        await authorise(params.id, token);
        const accepted = await agent.acceptMessage(params.id, body.text, {
          clientMessageId: body.clientMessageId,
        });
        // A duplicate is a retry: it gets the replies already sent, or (after a crash cut its turn
        // short) the agent answers it now.
        const replies = accepted.duplicate
          ? await agent.handleMessage(params.id, body.text, { clientMessageId: body.clientMessageId })
          : await agent.handleMessage(params.id, body.text, { messageId: accepted.messageId });
        const at = now().toISOString();
        const conv = await agent.conversation(params.id);
        const messages = replies.map((r) => toChat('agent', r, at));
        return { messageId: accepted.messageId, replies: messages, ended: ended(messages, conv) };
      },
    );

    zodRoute(
      scoped,
      {
        method: 'GET',
        url: '/conversations/:id/messages',
        params: idParams,
        query: afterQuery,
        summary: 'Messages of a conversation (after a message id)',
        tags: ['chat'],
      },
      async ({ params, query, request }) => {
        const conv = await authorise(params.id, bearer(request));
        const all = await agent.messages(params.id);
        const messages = (query.after ? all.filter((m) => Number(m.id) > Number(query.after)) : all).map(
          fromTranscript,
        );
        return { messages, ended: ended(all, conv) };
      },
    );

    scoped.get('/ws', { websocket: true }, (socket: WebSocket, request: FastifyRequest) => {
      const q = wsQuery.safeParse(request.query);
      if (!q.success) {
        socket.send(encodeFrame({ type: 'error', error: 'conversationId and token are required' }));
        socket.close(4400, 'bad request');
        return;
      }
      const { conversationId, token, after } = q.data;
      let queue = Promise.resolve();
      const ready = authorise(conversationId, token).then(
        async () => {
          let set = sockets.get(conversationId);
          if (!set) sockets.set(conversationId, (set = new Set()));
          set.add(socket);
          if (after !== undefined) {
            for (const m of await agent.messages(conversationId, after)) {
              socket.send(encodeFrame({ type: 'message', message: fromTranscript(m) }));
            }
          }
          return true;
        },
        (err: unknown) => {
          const status = err instanceof HttpProblem ? err.status : 500;
          socket.send(
            encodeFrame({
              type: 'error',
              error: status === 404 ? 'unknown conversation' : 'unauthorized',
            }),
          );
          socket.close(status === 404 ? 4404 : 4401, status === 404 ? 'not found' : 'unauthorized');
          return false;
        },
      );
      socket.on('close', () => {
        const set = sockets.get(conversationId);
        set?.delete(socket);
        if (set && set.size === 0) sockets.delete(conversationId);
      });
      socket.on('message', (raw: Buffer) => {
        // Frames of one socket are handled in order.
        queue = queue.then(async () => {
          if (!(await ready)) return;
          let frame: z.infer<typeof wsFrame>;
          try {
            const parsed = wsFrame.safeParse(JSON.parse(raw.toString('utf8')));
            if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
            frame = parsed.data;
          } catch (err) {
            socket.send(
              encodeFrame({
                type: 'error',
                error: `bad frame: ${err instanceof Error ? err.message : 'invalid'}`,
              }),
            );
            return;
          }
          if (opts.frameLimit && !(await opts.frameLimit(request))) {
            socket.send(
              encodeFrame({
                type: 'error',
                error: 'too many messages; wait a minute and try again',
                clientMessageId: frame.clientMessageId ?? null,
              }),
            );
            return;
          }
          try {
            const accepted = await agent.acceptMessage(conversationId, frame.text, {
              clientMessageId: frame.clientMessageId,
            });
            socket.send(
              encodeFrame({
                type: 'ack',
                clientMessageId: frame.clientMessageId ?? null,
                messageId: accepted.messageId,
              }),
            );
            if (accepted.duplicate && (await agent.repliesTo(conversationId, accepted.messageId)).length)
              return;
            socket.send(encodeFrame({ type: 'typing' }));
            const replies = accepted.duplicate
              ? await agent.handleMessage(conversationId, frame.text, {
                  clientMessageId: frame.clientMessageId,
                })
              : await agent.handleMessage(conversationId, frame.text, { messageId: accepted.messageId });
            const at = now().toISOString();
            const set = sockets.get(conversationId) ?? new Set([socket]);
            const frames = replies.map((r) =>
              encodeFrame({ type: 'message', message: toChat('agent', r, at) }),
            );
            // As `ended` on a REST send: after the turn's replies, when the conversation has ended.
            if (replies.at(-1)?.final && ended(replies, await agent.conversation(conversationId)))
              frames.push(encodeFrame({ type: 'ended' }));
            for (const out of frames) for (const ws of set) if (ws.readyState === ws.OPEN) ws.send(out);
          } catch (err) {
            request.log.error({ err: err instanceof Error ? err.message : String(err) }, 'chat frame failed');
            socket.send(encodeFrame({ type: 'error', error: 'the message could not be processed' }));
          }
        });
      });
    });
  });
};
