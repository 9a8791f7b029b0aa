import { useState } from 'react';
import { ApiError, post } from './api.js';
import { useI18n } from './i18n.js';
import type { Me } from './types.js';

export function Login({ onLogin }: { onLogin: (me: Me) => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await post<{ user: Me }>('/api/v1/auth/login', { username, password });
      const me = await fetch('/api/v1/auth/me', { credentials: 'same-origin' }).then(
        (x) => x.json() as Promise<{ user: Me }>,
      );
      onLogin(me.user ?? r.user);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 429 ? t.locked : t.badLogin);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <form onSubmit={submit} aria-labelledby="login-h">
        <h1 id="login-h">{t.appName}</h1>
        <label htmlFor="username">{t.username}</label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
          autoFocus
        />
        <label htmlFor="password">{t.password}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t.signIn}
        </button>
      </form>
    </main>
  );
}
