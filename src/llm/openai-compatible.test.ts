import { describe, expect, it } from 'vitest';
import { openAiCompatibleAnswers } from './openai-compatible.js';
import { fakeEndpoint } from './testing/fake-endpoint.js';

/** A loopback endpoint that answers every request with `status` and `body`. */
const endpoint = (status: number, body: string) => fakeEndpoint(() => ({ status, body }));

const QUESTION = { language: 'en' as const, question: 'what is a mesh?', recent: [], topic: null };

describe('openAiCompatibleAnswers', () => {
  it('posts one chat completion with the key and returns its text and model', async () => {
    const e = await endpoint(
      200,
      JSON.stringify({ model: 'm-2', choices: [{ message: { content: 'Several units.' } }] }),
    );
    const answers = openAiCompatibleAnswers({
      baseUrl: e.url,
      model: 'm-1',
      apiKey: 'k-123',
      timeoutMs: 2000,
    });
    expect(await answers.answer(QUESTION)).toEqual({ text: 'Several units.', model: 'm-2' });
    expect(e.received).toHaveLength(1);
    expect(e.received[0]?.url).toBe('/v1/chat/completions');
    expect(e.received[0]?.auth).toBe('Bearer k-123');
    const sent = JSON.parse(e.received[0]?.body ?? '{}') as {
      model: string;
      stream: boolean;
      messages: unknown[];
    };
    expect(sent).toMatchObject({ model: 'm-1', stream: false });
    expect(sent.messages).toHaveLength(2);
    await e.close();
  });

  it.each([
    [500, '{"error":"down"}', /HTTP 500/],
    [200, 'not json', /JSON/],
    [200, '{"choices":[]}', /no chat completion/],
  ])('gives null and reports the error on HTTP %i %s', async (status, body, message) => {
    const e = await endpoint(status, body);
    const errors: Error[] = [];
    const answers = openAiCompatibleAnswers({
      baseUrl: e.url,
      model: 'm',
      timeoutMs: 2000,
      onError: (err) => errors.push(err),
    });
    expect(await answers.answer(QUESTION)).toBeNull();
    expect(errors[0]?.message).toMatch(message);
    await e.close();
  });
});
