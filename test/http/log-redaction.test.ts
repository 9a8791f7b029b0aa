import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/server/logger.js';

describe('request URLs in logs', () => {
  it('redacts credential parameters however their names are encoded', () => {
    expect(redactUrl('/api/v1/chat/ws?conversationId=c1&token=abc')).toBe(
      '/api/v1/chat/ws?conversationId=c1&token=[Redacted]',
    );
    expect(redactUrl('/api/v1/chat/ws?conversationId=c1&%74oken=abc')).toBe(
      '/api/v1/chat/ws?conversationId=c1&%74oken=[Redacted]',
    );
    expect(redactUrl('/x?TOKEN=abc&portalToken=p&api%5Fkey=k#frag')).toBe(
      '/x?TOKEN=[Redacted]&portalToken=[Redacted]&api%5Fkey=[Redacted]#frag',
    );
    expect(redactUrl('/x?tokens=keep&after=3')).toBe('/x?tokens=keep&after=3');
    expect(redactUrl('/x?%E0%A4%A=1&token=s')).toBe('/x?%E0%A4%A=1&token=[Redacted]');
    expect(redactUrl('/plain')).toBe('/plain');
  });
});
