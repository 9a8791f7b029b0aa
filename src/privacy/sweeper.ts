import type { Logger } from 'pino';
import type { PrivacyService } from './service.js';

export const SWEEP_EVERY_MS = 60 * 60_000;

/** Applies the retention periods shortly after start and then every hour; returns the stop. */
export function startRetentionSweep(privacy: PrivacyService, log: Logger, everyMs = SWEEP_EVERY_MS): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const run = () => {
    running ??= privacy
      .sweep()
      .then((removed) => {
        if (Object.values(removed).some((n) => n > 0)) log.info({ removed }, 'retention periods applied');
      })
      .catch((err: unknown) => log.error({ err }, 'retention sweep failed'))
      .finally(() => (running = null));
  };
  const first = setTimeout(run, Math.min(everyMs, 60_000));
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
