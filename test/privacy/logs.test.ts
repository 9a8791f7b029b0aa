import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { SECRET_LOG_PATHS } from '../../src/security/mask.js';
import { createLogger } from '../../src/server/logger.js';

describe('desk logger', () => {
  it('redacts secret fields at the top level and one level down', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(chunk.toString('utf8'));
        cb();
      },
    });
    // The desk's own redact list, on a logger that writes to the test's sink.
    const log = pino({ redact: [...SECRET_LOG_PATHS] }, sink);
    log.info(
      {
        pin: '1438',
        secrets: { wifiPassword: 'k7mp-x3wq' },
        result: { secret: 'Qw7ErTy2', newPassword: 'Ab3dEf9h', token: 'tok-123456789' },
      },
      'done',
    );
    const out = lines.join('');
    for (const s of ['1438', 'k7mp-x3wq', 'Qw7ErTy2', 'Ab3dEf9h', 'tok-123456789'])
      expect(out).not.toContain(s);
    expect(out).toContain('[Redacted]');
  });

  it('the desk logger is built with those paths', () => {
    const lines: string[] = [];
    const log = createLogger({ logLevel: 'info' });
    // Swap pino's destination for the test's sink; everything else is the desk's configuration.
    (log as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] = {
      write: (s: string) => lines.push(s),
    };
    log.info({ pin: '4711', x: { password: 'hunter22' }, y: { secret: 'k7mp-x3wq' } }, 'checked');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/4711|hunter22|k7mp-x3wq/);
    expect(lines[0]).toContain('checked');
  });
});
