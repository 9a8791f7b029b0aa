// One chat with a memory desk: customer 200115 (PIN 4711) in Limhamn, the given faults, optionally
// the Limhamn fibre cut or signed in on the portal, and the replies per message.
import type { FaultKind, StepKey } from '../../domain/index.js';
import { openLimhamnOutage } from './limhamn-outage.js';
import { faultWorld, memoryDesk } from './memory-desk.js';

export async function converseIn(
  faults: FaultKind[],
  language: 'en' | 'sv',
  messages: string[],
  opts: { outage?: boolean; canDo?: StepKey[]; access?: 'fiber' | 'dsl' | 'cable'; portal?: boolean } = {},
) {
  const world = faultWorld(faults, { canDo: opts.canDo ?? ['step.rejoin_wifi'] });
  const desk = memoryDesk({ world });
  if (opts.outage) await openLimhamnOutage(desk);
  desk.directory.add({
    customerNumber: '200115',
    name: 'Priya Shah',
    pin: '4711',
    area: 'SE-MMO-LIMHAMN',
    ...(opts.access ? { access: opts.access } : {}),
  });
  const c = await desk.agent.startConversation({
    channel: 'chat',
    language,
    ...(opts.portal ? { portalCustomerNumber: '200115' } : {}),
  });
  const replies: string[] = [];
  for (const m of messages)
    replies.push((await desk.agent.handleMessage(c.ticketId, m)).map((x) => x.text).join('\n'));
  const ticket = await desk.tickets.get(c.ticketId);
  const events = await desk.tickets.timeline(c.ticketId);
  return { desk, world, replies, last: replies.at(-1) ?? '', ticket, events };
}
