// A question back with the answer after it, in one message (role-play rp3b): the question is answered
// and the yes is taken, not asked for again.
import { describe, expect, it } from 'vitest';
import { closingAnswer } from '../triage/answers.js';
import { classifyReply } from '../triage/reply.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

describe('the answer after a question back', () => {
  it('is the yes or no that follows the last question', () => {
    expect(
      closingAnswer('consent.wifi_change', 'will my smart tv and stuff disconnect? ok fine, yes do it')?.kind,
    ).toBe('yes');
    expect(closingAnswer('consent.reboot', 'hur lång tid tar det? nej vänta med det')?.kind).toBe('no');
    // The question is answered as well: an answer that carries its topic.
    expect(classifyReply('consent.reboot', 'hur lång tid tar det? nej vänta med det', 'sv')).toEqual({
      act: 'answer',
      topic: 'how_long',
    });
  });

  it('is nothing when the message ends asking, or the tail is not a plain answer', () => {
    expect(closingAnswer('consent.wifi_change', 'ok fine, but will my smart tv disconnect?')).toBeNull();
    expect(closingAnswer('consent.reboot', 'will I lose my settings? maybe, not sure')).toBeNull();
    expect(closingAnswer('identity.pin', 'why do you need it? 4711')).toBeNull();
    // A statement after the question is not a no to the permission.
    expect(closingAnswer('consent.config_change', 'vad är dns? jag har inte ändrat nåt')).toBeNull();
  });
});

describe('in a conversation', () => {
  it('"will my smart tv and stuff disconnect? ok fine, yes do it" gets the answer and the new Wi-Fi password', async () => {
    const desk = memoryDesk({ world: faultWorld([], { canDo: ['step.rejoin_wifi'] }) });
    desk.directory.add({ customerNumber: '100482', name: 'Priya Shah', pin: '4711' });
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    const first = await desk.agent.handleMessage(
      c.ticketId,
      'hey. 100482 / 4711. i think someone hacked my router, theres a device on my wifi i dont own',
    );
    expect(first.at(-1)?.askKey).toBe('consent.wifi_change');
    const r = await desk.agent.handleMessage(
      c.ticketId,
      'will my smart tv and stuff disconnect? ok fine, yes do it',
    );
    expect(r.map((x) => x.text).join('\n')).toMatch(/smart TV|the TV too/);
    expect(desk.world.actionsDone()).toContain('wifi_password_change');
    expect(r.some((x) => x.askKey === 'consent.wifi_change')).toBe(false);
    // The case says what it is about: a security worry, not "Wi-Fi trouble".
    for (
      let i = 0;
      i < 4 && !(await desk.tickets.timeline(c.ticketId)).some((e) => e.type === 'resolution');
      i++
    ) {
      const last = (await desk.agent.messages(c.ticketId)).at(-1);
      await desk.agent.handleMessage(c.ticketId, last?.askKey?.startsWith('step.') ? 'done' : 'yes');
    }
    const resolution = (await desk.tickets.timeline(c.ticketId)).findLast((e) => e.type === 'resolution');
    expect(resolution?.type === 'resolution' && resolution.summary.staff).toMatch(
      /someone else is on your network/,
    );
  });
});
