// An open answerer over any OpenAI-compatible chat-completions endpoint (a model the operator runs or
// rents): one POST per question, a hard time limit, the reply validated; any failure is a null answer
// and the desk says its own "I can't answer that from here".
import { z } from 'zod';
import type { OpenAnswerPort, OpenQuestion } from '../runbooks/ports.js';
import { chatMessages } from './prompt.js';

export interface OpenAiCompatibleOptions {
  /** The API's base URL, e.g. http://127.0.0.1:11434/v1 (…/chat/completions is appended). */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** The whole request's limit; the customer waits for it. */
  timeoutMs: number;
  fetch?: typeof fetch;
  onError?: (err: Error) => void;
}

const completionSchema = z.object({
  model: z.string().optional(),
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable().optional() }) })).min(1),
});

export function openAiCompatibleAnswers(o: OpenAiCompatibleOptions): OpenAnswerPort {
  const url = `${o.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const post = o.fetch ?? fetch;
  return {
    async answer(q: OpenQuestion) {
      try {
        const res = await post(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(o.apiKey ? { authorization: `Bearer ${o.apiKey}` } : {}),
          },
          body: JSON.stringify({
            model: o.model,
            messages: chatMessages(q),
            temperature: 0.2,
            max_tokens: 220,
            stream: false,
          }),
          signal: AbortSignal.timeout(o.timeoutMs),
        });
        if (!res.ok) throw new Error(`the model endpoint answered HTTP ${res.status}`);
        const parsed = completionSchema.safeParse(await res.json());
        if (!parsed.success) throw new Error('the model endpoint sent no chat completion');
        const text = parsed.data.choices[0]?.message.content ?? '';
        return text.trim() ? { text, model: parsed.data.model ?? o.model } : null;
      } catch (err) {
        o.onError?.(err instanceof Error ? err : new Error(String(err)));
        return null;
      }
    },
  };
}
