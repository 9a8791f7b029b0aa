import { randomUUID } from 'node:crypto';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import type { ImapSettings } from '../../src/channels/email/settings.js';

// The Dovecot of .ci/services/dovecot.sh as tests use it: each test polls a folder of its own.

export const IMAP_URL = process.env.FRONTLINE_IMAP_TEST_URL;
export const IMAP_CA = process.env.FRONTLINE_IMAP_TEST_CA;
const LMTP_URL = process.env.FRONTLINE_LMTP_TEST_URL;
/** Without Dovecot the tests skip, except in CI, where they fail. */
export const RUN_IMAP = Boolean(IMAP_URL) || process.env.CI === 'true';

export function imapServer() {
  if (!IMAP_URL)
    throw new Error('FRONTLINE_IMAP_TEST_URL is not set: in CI, .ci/services/dovecot.sh starts Dovecot');
  const u = new URL(IMAP_URL);
  return {
    host: u.hostname,
    port: Number(u.port),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  };
}

/** Poller settings for a folder of the test's own (tls: none unless given). */
export function settingsFor(folder: string, extra: Partial<ImapSettings> = {}): ImapSettings {
  const s = imapServer();
  return {
    host: s.host,
    port: s.port,
    tls: 'none',
    rejectUnauthorized: true,
    user: s.user,
    passwordEnv: 'UNUSED',
    mailbox: folder,
    processed: 'seen',
    reconnectMaxMs: 2_000,
    pollMs: 60_000,
    ...extra,
  };
}

/** A second IMAP session, the test's hands on the mailbox: a fresh folder, append, flags. */
export async function mailboxHands() {
  const s = imapServer();
  const c = new ImapFlow({
    host: s.host,
    port: s.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: s.user, pass: s.password },
    logger: false,
  });
  await c.connect();
  return {
    client: c,
    async folder(): Promise<string> {
      const name = `t-${randomUUID().slice(0, 8)}`;
      await c.mailboxCreate(name);
      return name;
    },
    append: (folder: string, raw: string | Buffer, flags: string[] = []) => c.append(folder, raw, flags),
    async messages(folder: string): Promise<{ uid: number; flags: string[]; subject: string }[]> {
      const lock = await c.getMailboxLock(folder);
      try {
        await c.noop(); // the news of a folder already selected arrives with the next command
        if (!c.mailbox || !c.mailbox.exists) return [];
        const out = [];
        for await (const m of c.fetch('1:*', { uid: true, flags: true, envelope: true }))
          out.push({ uid: m.uid, flags: [...(m.flags ?? [])], subject: m.envelope?.subject ?? '' });
        return out;
      } finally {
        lock.release();
      }
    },
    async unflag(folder: string, flag: string) {
      const lock = await c.getMailboxLock(folder);
      try {
        await c.messageFlagsRemove('1:*', [flag]);
      } finally {
        lock.release();
      }
    },
    close: () => c.logout(),
  };
}

/** Delivers a mail into a folder the way a mail server does: LMTP to USER+FOLDER. */
export async function deliver(folder: string, raw: string, from: string): Promise<void> {
  if (!LMTP_URL) throw new Error('FRONTLINE_LMTP_TEST_URL is not set: .ci/services/dovecot.sh sets it');
  const u = new URL(LMTP_URL);
  const lmtp = nodemailer.createTransport({
    host: u.hostname,
    port: Number(u.port),
    lmtp: true,
    ignoreTLS: true,
  } as object);
  await lmtp.sendMail({ envelope: { from, to: `${imapServer().user}+${folder}@localhost` }, raw });
}

/** A customer's plain-text mail; messageId null leaves the header out (some clients do). */
export function customerMail(
  from: string,
  subject: string,
  body: string,
  messageId: string | null = `<${randomUUID()}@kund.example>`,
) {
  return [
    `From: Kund <${from}>`,
    'To: support@isp.example',
    `Subject: ${subject}`,
    ...(messageId ? [`Message-ID: ${messageId}`] : []),
    'Date: Sat, 05 Dec 2026 06:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\r\n');
}
