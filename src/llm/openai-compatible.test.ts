import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openAiCompatibleAnswers } from './openai-compatible.js';

/** A loopback endpoint that answers every request with `status` and `body`, and keeps what it got. */
async function endpoint(status: number, body: string) {
  const got: { url: string; auth: string | undefined; body: string }[] = [];
  const server = createServer((req, res) => {
    let s = '';
    req.on('data', (c: Buffer) => (s += c.toString()));
    req.on('end', () => {
      got.push({ url: req.url ?? '', auth: req.headers.authorization, body: s });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/`;
  return { url, got, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

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
    expect(e.got).toHaveLength(1);
    expect(e.got[0]?.url).toBe('/v1/chat/completions');
    expect(e.got[0]?.auth).toBe('Bearer k-123');
    const sent = JSON.parse(e.got[0]?.body ?? '{}') as {
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
