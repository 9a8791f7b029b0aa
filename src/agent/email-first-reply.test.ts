// Role-play kit test run: the first reply to an e-mail opened with the chat's "Tell me what's wrong…" although
// the mail had said it, and the summary read "Problem: Låg hastighet — Låg hastighet" (the subject twice).
import { expect, it } from 'vitest';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '100482', name: 'Priya Shah', pin: '4711' };

it.each([
  [
    'sv',
    'Låg hastighet',
    'Hej, hastigheten är jättelåg även med kabel. Kundnummer 100482, pin 4711. /Anna',
    /tack för ditt mejl/,
    /Berätta vad som krånglar/,
    /Problem: Låg hastighet\./,
  ],
  [
    'en',
    'Slow speed',
    'Hi, the speed is very low even on a cable. Customer number 100482, PIN 4711. /Anna',
    /thank you for your e-mail/,
    /Tell me what's wrong/,
    /Problem: Slow speed\./,
  ],
] as const)(
  '%s: an e-mail is thanked for, and its subject is not said twice',
  async (language, subject, body, thanks, tellMe, problem) => {
    const desk = memoryDesk({ world: faultWorld(['speed_line_degraded']) });
    desk.directory.add(CUSTOMER);
    const started = await desk.agent.startConversation({ channel: 'email', language, subject });
    const greeting = started.replies.map((r) => r.text).join('\n');
    expect(greeting).toMatch(thanks);
    expect(greeting).not.toMatch(tellMe);
    const replies = await desk.agent.handleMessage(started.ticketId, body);
    const out = replies.map((r) => r.text).join('\n');
    expect(out).toMatch(problem);
    expect(out).not.toMatch(new RegExp(`${subject} — ${subject}`));
  },
);

it('a chat still asks what is wrong', async () => {
  const desk = memoryDesk({ world: faultWorld(['speed_line_degraded']) });
  const started = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
  expect(started.replies.map((r) => r.text).join('\n')).toMatch(/Tell me what's wrong/);
});
