// rp10b #8, #10: "so you wont cancel it?" at the PIN ask and "can i call someone?" after a handoff got
// "a colleague will answer": both are answered here (no cancellation without verification; a person by
// phone or here).
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import type { AgentReply } from './agent.js';
import { memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '812248', name: 'Viktor Sand', pin: '4711' };

async function chat(language: Language, messages: string[]) {
  const desk = memoryDesk();
  desk.directory.add(CUSTOMER);
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  const replies: AgentReply[][] = [];
  for (const m of messages) replies.push(await desk.agent.handleMessage(c.ticketId, m));
  return (i: number) => replies[i].map((r) => r.text).join('\n');
}

const COLLEAGUE = /colleague will answer|kollega svarar|cannot answer that|kan inte svara på det/;

describe('"so you won\'t cancel it?" while the PIN is asked for', () => {
  it.each([
    [
      'en',
      'so you wont cancel it? we move on the 1st',
      /Not without verification|only change a subscription for its verified holder|only make changes for a verified/,
    ],
    [
      'en',
      'so u cant cancel it then??',
      /Not without verification|only change a subscription for its verified holder|only make changes for a verified/,
    ],
    [
      'sv',
      'så ni kommer inte säga upp det alltså?',
      /Tyvärr inte utan verifiering|verifierad kontoinnehavare|verifierade innehavare/,
    ],
    [
      'sv',
      'sa ni sager inte upp det?? vi flyttar den 1:a',
      /Tyvärr inte utan verifiering|verifierad kontoinnehavare|verifierade innehavare/,
    ],
  ] as const)('%s: "%s"', async (lang, question, expected) => {
    const text = await chat(lang, [
      lang === 'en'
        ? 'hi i want to cancel my internet, we are moving'
        : 'hej jag vill säga upp mitt internet, vi flyttar',
      '812248',
      lang === 'en' ? 'no idea what my pin is. where do i find it' : 'vet inte min pin. var hittar jag den',
      question,
    ]);
    expect(text(3)).toMatch(expected);
    expect(text(3)).not.toMatch(COLLEAGUE);
  });
});
