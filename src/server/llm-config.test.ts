import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('open-answer configuration', () => {
  it('is off unless an endpoint is set', () => {
    expect(loadConfig({}).llm).toBeUndefined();
  });

  it('takes the endpoint, model, key and time limit', () => {
    const c = loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'llama', LLM_API_KEY: 'k' });
    expect(c.llm).toEqual({
      baseUrl: 'http://127.0.0.1:11434/v1',
      model: 'llama',
      apiKey: 'k',
      timeoutMs: 4000,
    });
  });

  it('refuses an endpoint without a model, and a bad URL', () => {
    expect(() => loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1' })).toThrow(ConfigError);
    expect(() => loadConfig({ LLM_BASE_URL: 'not a url', LLM_MODEL: 'm' })).toThrow(/LLM_BASE_URL/);
  });
});
