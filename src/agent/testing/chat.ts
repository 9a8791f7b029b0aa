// One chat with a memory desk for a given world and customer: `send` returns the replies, `say` their text.
import { memoryDesk, type faultWorld } from './memory-desk.js';

const PRIYA = { customerNumber: '100482', name: 'Priya Shah', pin: '4711' };

export async function chat(
  language: 'en' | 'sv',
  world: ReturnType<typeof faultWorld>,
  customer: Parameters<ReturnType<typeof memoryDesk>['directory']['add']>[0] = PRIYA,
) {
  const desk = memoryDesk({ world });
  desk.directory.add(customer);
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  const send = (message: string) => desk.agent.handleMessage(c.ticketId, message);
  const say = async (message: string) => (await send(message)).map((m) => m.text).join('\n');
  const yes = language === 'sv' ? 'ja' : 'yes';
  return { desk, send, say, yes, pin: `${customer.customerNumber} / ${customer.pin}` };
}
