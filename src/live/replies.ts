// Agent replies pushed outside a request (staff replies, reminders, incident news, recovered turns)
// go through the live bus, so whichever instance holds the customer's socket delivers them.
import type { Logger } from 'pino';
import type { PushedReply } from '../agent/agent.js';
import type { LiveBus } from './bus.js';
import { MAX_NOTIFY_BYTES } from './pg-bus.js';

const TOPIC = 'replies';

export interface ReplySource {
  onReply(listener: (p: PushedReply) => void): () => void;
  /** The stored text of a reply, for one too long to travel on the bus. */
  messages(ticketId: string): Promise<{ id: string; text: string }[]>;
}

interface WireReply extends PushedReply {
  /** The text was left out to fit the bus; receivers read it from storage. */
  textOmitted?: boolean;
}

export function bridgeReplies(agent: ReplySource, bus: LiveBus, log: Logger) {
  const stopPublishing = agent.onReply((p) => {
    const wire: WireReply =
      Buffer.byteLength(JSON.stringify(p)) > MAX_NOTIFY_BYTES
        ? { ...p, reply: { ...p.reply, text: '' }, textOmitted: true }
        : p;
    void bus
      .publish(TOPIC, wire)
      .catch((err: Error) =>
        log.error({ err: err.message, ticketId: p.ticketId }, 'could not publish a reply'),
      );
  });

  async function complete(wire: WireReply): Promise<PushedReply> {
    if (!wire.textOmitted) return wire;
    const stored = (await agent.messages(wire.ticketId)).find((m) => m.id === wire.reply.id);
    const { textOmitted: _omitted, ...pushed } = wire;
    return { ...pushed, reply: { ...wire.reply, text: stored?.text ?? '' } };
  }

  return {
    /** Every pushed reply, from any instance. */
    onReply(listener: (p: PushedReply) => void): () => void {
      return bus.subscribe(TOPIC, (payload) => {
        void complete(payload as WireReply).then(listener, (err: Error) =>
          log.error({ err: err.message }, 'could not deliver a reply'),
        );
      });
    },
    close: stopPublishing,
  };
}
