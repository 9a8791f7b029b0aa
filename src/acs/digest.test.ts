import { describe, expect, it } from 'vitest';
import { authorizationFor, DigestVerifier, presentedAuth } from './digest.js';

describe('Digest nonces', () => {
  const login = { username: 'fleet', password: 'fleet-secret' };

  it('differ between challenges of the same millisecond, so routers sharing a username are not taken for replays', () => {
    const v = new DigestVerifier('acs', 'shared-secret', 60_000, () => 1_000_000);
    const [a, b] = [v.challenge(), v.challenge()];
    expect(a).not.toBe(b);
    for (const challenge of [a, b]) {
      const p = presentedAuth(authorizationFor(challenge, 'POST', '/', login, false)!)!;
      expect(v.check(p, 'POST', login)).toEqual({ ok: true, username: 'fleet' });
      expect(v.consume(p)).toBe(true);
    }
  });

  it('are checked by any instance with the secret, and refused when altered, foreign or old', () => {
    let now = 1_000_000;
    const a = new DigestVerifier('acs', 'shared-secret', 60_000, () => now);
    const b = new DigestVerifier('acs', 'shared-secret', 60_000, () => now);
    const other = new DigestVerifier('acs', 'another-secret', 60_000, () => now);
    const nonce = (c: string) => /nonce="([^"]+)"/.exec(c)![1]!;
    const n = nonce(a.challenge());
    expect(b.nonceFresh(n)).toBe(true);
    expect(other.nonceFresh(n)).toBe(false);
    const [t, salt, mac] = n.split('.');
    expect(b.nonceFresh(`${t}.${salt}x.${mac}`)).toBe(false);
    expect(b.nonceFresh(`${t}.${mac}`)).toBe(false);
    now += 60_001;
    expect(b.nonceFresh(n)).toBe(false);
  });
});
