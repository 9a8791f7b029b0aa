import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPassword, unsetPasswordWarnings } from '../../src/channels/email/settings.js';
import { demoOperatorFile, parseOperatorConfig } from '../../src/operator/load.js';

// adapters.imap and adapters.smtpInbound in the operator file: defaults, the precise errors of
// `frontline config check`, and where the passwords come from.

const dir = mkdtempSync(join(tmpdir(), 'frontline-mail-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const demo = readFileSync(demoOperatorFile(), 'utf8');
/** The demo file with these lines added under `adapters:`. */
const withAdapters = (lines: string) => demo.replace(/^adapters:\n/m, `adapters:\n${lines}`);

describe('adapters.imap', () => {
  it('fills in the defaults', () => {
    const r = parseOperatorConfig(
      withAdapters(
        '  imap:\n    host: imap.isp.example\n    user: support\n    passwordEnv: IMAP_PASSWORD\n',
      ),
    );
    expect(r.ok && r.config.adapters.imap).toEqual({
      host: 'imap.isp.example',
      tls: 'implicit',
      rejectUnauthorized: true,
      user: 'support',
      passwordEnv: 'IMAP_PASSWORD',
      mailbox: 'INBOX',
      processed: 'seen',
      reconnectMaxMs: 60_000,
      pollMs: 60_000,
    });
  });

  it('names each wrong field with its line', () => {
    const r = parseOperatorConfig(
      withAdapters(
        [
          '  imap:',
          '    host: imap.isp.example',
          '    tls: ssl',
          '    user: support',
          '    password: hunter2',
          '    processed: move',
          '',
        ].join('\n'),
      ),
    );
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems).toContainEqual(
      expect.stringMatching(/^adapters\.imap \(line \d+\): unknown field password$/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^adapters\.imap\.tls \(line \d+\): .*"implicit"\|"starttls"\|"none"/),
    );
  });

  it('wants exactly one password source and a folder to move to', () => {
    const r = parseOperatorConfig(
      withAdapters('  imap:\n    host: h\n    user: u\n    processed: move\n    moveTo: INBOX\n'),
    );
    expect(r.ok ? [] : r.problems).toEqual([
      expect.stringMatching(
        /^adapters\.imap\.passwordEnv \(line \d+\): give exactly one of passwordEnv and passwordFile$/,
      ),
      expect.stringMatching(
        /^adapters\.imap\.moveTo \(line \d+\): moveTo must be another folder than the polled mailbox$/,
      ),
    ]);
  });
});

describe('passwords', () => {
  it('come from the variable or the file, and a missing one is named', () => {
    const file = join(dir, 'imap-password');
    writeFileSync(file, 's3cret\n');
    expect(readPassword({ passwordFile: file }, 'adapters.imap')).toBe('s3cret');
    expect(readPassword({ passwordEnv: 'P' }, 'adapters.imap', { P: 'from-env' })).toBe('from-env');
    expect(() => readPassword({ passwordEnv: 'P' }, 'adapters.imap', {})).toThrow(
      'adapters.imap: the environment variable P is not set',
    );
    expect(() => readPassword({ passwordFile: join(dir, 'none') }, 'adapters.imap')).toThrow(
      /adapters\.imap: cannot read .*none/,
    );
  });
});

describe('frontline config check', () => {
  it('warns about password variables that are not set', () => {
    const r = parseOperatorConfig(
      withAdapters(
        [
          '  imap: { host: h, user: u, passwordEnv: FRONTLINE_UNSET_IMAP_PW }',
          '  smtpInbound:',
          '    tls: { keyFile: /k.pem, certFile: /c.pem }',
          '    auth: { users: [{ user: mx, passwordEnv: FRONTLINE_UNSET_SMTP_PW }, { user: b, passwordFile: /p }] }',
          '',
        ].join('\n'),
      ),
    );
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(unsetPasswordWarnings(r.config.adapters, { FRONTLINE_UNSET_SMTP_PW: 'x' })).toEqual([
      'warning: adapters.imap: FRONTLINE_UNSET_IMAP_PW is not set in this environment',
    ]);
    expect(unsetPasswordWarnings(r.config.adapters, {})).toEqual([
      'warning: adapters.imap: FRONTLINE_UNSET_IMAP_PW is not set in this environment',
      'warning: adapters.smtpInbound.auth user mx: FRONTLINE_UNSET_SMTP_PW is not set in this environment',
    ]);
  });
});
