// One chat with a memory desk for a given world and customer: `send` returns the replies, `say` their text,
// `asks` sends and expects the question put next, `cases` the case and the one linked after it.
// `portalChat`: the same, signed in on the portal.
import { expect } from 'vitest';
import type { AskKey, FaultKind, Language, StepKey } from '../../domain/index.js';
import type { IspPorts } from '../../isp/ports.js';
import type { OpenAnswerPort } from '../../runbooks/ports.js';
import { faultWorld, identified, memoryDesk } from './memory-desk.js';

type Customer = Parameters<ReturnType<typeof memoryDesk>['directory']['add']>[0];

const PRIYA = { customerNumber: '100482', name: 'Priya Shah', pin: '4711' };
/** The portal's demo customer. */
export const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const EMMA = { customerNumber: '200101', name: 'Emma Berg', pin: '5747' };

export async function chat(
  language: Language,
  world: ReturnType<typeof faultWorld>,
  customer: Customer = PRIYA,
  opts: { portal?: boolean; isp?: IspPorts; openAnswers?: OpenAnswerPort } = {},
) {
  const desk = memoryDesk({
    world,
    ...(opts.isp ? { isp: opts.isp } : {}),
    ...(opts.openAnswers ? { openAnswers: opts.openAnswers } : {}),
  });
  desk.directory.add(customer);
  const c = await desk.agent.startConversation({
    channel: 'chat',
    language,
    ...(opts.portal ? { portalCustomerNumber: customer.customerNumber } : {}),
  });
  const ticketId = c.ticketId;
  const send = (message: string) => desk.agent.handleMessage(ticketId, message);
  const say = async (message: string) => (await send(message)).map((m) => m.text).join('\n');
  /** Sends `message` and expects the reply to end with the question `askKey`. */
  const asks = async (message: string, askKey: AskKey) => {
    const replies = await send(message);
    expect(replies.at(-1)?.askKey).toBe(askKey);
    return replies;
  };
  /** This chat's own case, and the linked case opened after it (if any). */
  const cases = async () => ({
    first: await desk.tickets.get(ticketId),
    next: (await desk.tickets.list({ limit: 10 })).items.find((x) => x.id !== ticketId),
  });
  const yes = language === 'sv' ? 'ja' : 'yes';
  const pin = `${customer.customerNumber} / ${customer.pin}`;
  return { desk, ticketId, send, say, asks, cases, yes, pin };
}

/**
 * Sends `first`, then answers the PIN, permissions and steps (performing each step in the world) until
 * the desk asks `key`.
 */
export async function untilAsked(c: Awaited<ReturnType<typeof chat>>, key: AskKey, first: string) {
  let replies = await c.send(first);
  for (let i = 0; i < 6 && replies.at(-1)?.askKey !== key; i++) {
    const ask = replies.at(-1)?.askKey ?? '';
    if (ask.startsWith('step.')) c.desk.world.performStep(ask as StepKey);
    replies = await c.send(ask.startsWith('step.') ? (c.yes === 'ja' ? 'klart' : 'done') : c.yes);
  }
  expect(replies.at(-1)?.askKey).toBe(key);
  return replies;
}

/** Sends `first`, then answers PIN, consents and steps until the case is handed over. */
export async function handedOver(c: Awaited<ReturnType<typeof chat>>, first: string) {
  let replies = await c.send(first);
  for (let i = 0; i < 6 && replies.at(-1)?.askKey; i++) {
    const ask = replies.at(-1)?.askKey ?? '';
    if (ask === 'csat.score') break;
    replies = await c.send(ask.startsWith('step.') ? (c.yes === 'ja' ? 'klart' : 'done') : c.yes);
  }
  expect((await c.cases()).first?.status).toBe('escalated');
}

/** A chat signed in on the portal (Karin by default): no identity questions. */
export function portalChat(
  language: Language,
  world: ReturnType<typeof faultWorld>,
  customer: Customer = KARIN,
  opts: { isp?: IspPorts } = {},
) {
  return chat(language, world, customer, { ...opts, portal: true });
}

/**
 * A chat whose opening tells the problem with Emma's customer number and PIN: `last` is the reply to it;
 * `ran`, `notes` and `resolution` read the case's timeline.
 */
export async function verifiedChat(
  faults: FaultKind[],
  language: Language,
  opening: string,
  canDo: StepKey[] = [],
) {
  const world = faultWorld(faults, { canDo });
  const c = await chat(language, world, EMMA);
  const sep = language === 'sv' ? 'kundnummer 200101 pinkod 5747' : 'customer number 200101 pin 5747';
  const last = await c.send(`${opening} ${sep}`);
  const timeline = () => c.desk.tickets.timeline(c.ticketId);
  const ran = async (action: string) =>
    (await timeline()).some((e) => e.type === 'action_requested' && e.action === action);
  const notes = async () => (await timeline()).flatMap((e) => (e.type === 'note' ? [e.text] : []));
  const resolution = async () => (await timeline()).find((e) => e.type === 'resolution');
  return { ...c, world, id: c.ticketId, last, ran, notes, resolution };
}

/** Karin identified with `opening`, then yes until the satisfaction question; `scores`: those recorded. */
export async function atScore(faults: FaultKind[], lang: Language, opening: string) {
  const desk = memoryDesk({ world: faultWorld(faults) });
  const { ticketId } = await identified(desk, KARIN, lang, opening);
  let r = await desk.agent.handleMessage(ticketId, lang === 'en' ? 'yes' : 'ja');
  for (let i = 0; i < 3 && r.at(-1)?.askKey !== 'csat.score'; i++)
    r = await desk.agent.handleMessage(ticketId, lang === 'en' ? 'yes it works' : 'ja det funkar');
  expect(r.at(-1)?.askKey).toBe('csat.score');
  const scores = async () =>
    (await desk.tickets.timeline(ticketId))
      .filter((e) => e.type === 'csat')
      .map((e) => e.type === 'csat' && e.score);
  return { desk, id: ticketId, scores };
}

/** A portal chat on `faults` (optionally as `customer`), asked up to `key` with `opening`; `canDo` the steps done. */
export async function portalChatAt(
  lang: Language,
  faults: FaultKind[],
  key: AskKey,
  opening: string,
  opts: { customer?: never; splitter?: boolean; canDo: StepKey[] },
) {
  const world = faultWorld(faults, { splitter: opts.splitter ?? false, canDo: opts.canDo });
  const c = await portalChat(lang, world, opts.customer);
  await untilAsked(c, key, opening);
  return c;
}

/** The case of a chat asked "does it work now?" closed with a yes. */
export async function closeWithYes(c: Awaited<ReturnType<typeof chat>>, lang: Language) {
  await c.say(lang === 'sv' ? 'ja det funkar nu' : 'yes it works now');
  return c;
}

/**
 * `messages` sent in turn by `customer` in a chat with a fresh desk: `text(i)` and `ask(i)` read the reply to the
 * i-th message; `timeline` this chat's case, `tickets` every case opened.
 */
export async function scriptedChat(language: Language, customer: Customer, messages: string[]) {
  const desk = memoryDesk();
  desk.directory.add(customer);
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  const replies: Awaited<ReturnType<typeof desk.agent.handleMessage>>[] = [];
  for (const m of messages) replies.push(await desk.agent.handleMessage(c.ticketId, m));
  const text = (i: number) => replies[i].map((r) => r.text).join('\n');
  const ask = (i: number) => replies[i].at(-1)?.askKey ?? null;
  const timeline = () => desk.tickets.timeline(c.ticketId);
  const tickets = async () => (await desk.tickets.list({ limit: 10 })).items;
  return { text, ask, timeline, tickets };
}
