import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import type { Logger } from 'pino';
import type { EmailChannel } from './channel.js';
import type { MailboxCursor } from './ports.js';
import { readConfigFile, type ImapSettings } from './settings.js';

// The support mailbox an ISP already has, read over IMAP: new messages arrive by IDLE (and a
// periodic sweep), each goes through the same ingestion as mail to the SMTP listener, and is then
// flagged \Seen or moved. Which UIDs were taken is kept in the database (MailboxCursor), so a
// restart or a second desk instance never makes a second ticket of one message.

export interface ImapPollerOptions {
  settings: ImapSettings;
  password: string;
  channel: Pick<EmailChannel, 'receive' | 'knows'>;
  cursor: MailboxCursor;
  log: Logger;
  /** Larger messages are recorded as too large and left in the mailbox (the SMTP listener's limit). */
  maxMessageBytes: number;
  now?: () => Date;
  /** First wait before reconnecting; it doubles up to settings.reconnectMaxMs. */
  reconnectMinMs?: number;
  /** Attempts at one message before it is given up (left unflagged for a person). */
  maxAttempts?: number;
  /** How long a claim holds a message against other instances. */
  claimHoldMs?: number;
}

export interface ImapPollerStatus {
  mailbox: string;
  connected: boolean;
  connects: number;
  taken: number;
  lastError: string | null;
  lastErrorAt: string | null;
}

export interface ImapPoller {
  start(): void;
  stop(): Promise<void>;
  status(): ImapPollerStatus;
  /** Resolves once no sweep is running and none is due (tests). */
  idle(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60_000;

function defaultPort(s: ImapSettings): number {
  return s.port ?? (s.tls === 'implicit' ? 993 : 143);
}

export function imapClientOptions(s: ImapSettings, password: string): ImapFlowOptions {
  const ca = s.caFile ? readConfigFile(s.caFile, 'adapters.imap.caFile') : undefined;
  return {
    host: s.host,
    port: defaultPort(s),
    secure: s.tls === 'implicit',
    doSTARTTLS: s.tls === 'starttls' ? true : s.tls === 'none' ? false : undefined,
    tls: { rejectUnauthorized: s.rejectUnauthorized, ...(ca ? { ca } : {}) },
    auth: { user: s.user, pass: password },
    logger: false,
    connectionTimeout: 30_000,
    // IDLE starts after this much quiet; imapflow's default (15 s) would leave new mail unnoticed as long.
    autoIdleDelay: 1_000,
    // Dovecot and most servers drop an IDLE after 30 minutes; NAT boxes sooner.
    maxIdleTime: 4 * 60_000,
  };
}

export function createImapPoller(o: ImapPollerOptions): ImapPoller {
  const s = o.settings;
  const now = o.now ?? (() => new Date());
  const minWait = o.reconnectMinMs ?? 1_000;
  const maxAttempts = o.maxAttempts ?? 3;
  const holdMs = o.claimHoldMs ?? 10 * 60_000;
  const key = `${s.user}@${s.host}:${defaultPort(s)}/${s.mailbox}`;
  const clientOptions = imapClientOptions(s, o.password);
  const log = o.log.child({ mailbox: key });
  const state: ImapPollerStatus = {
    mailbox: key,
    connected: false,
    connects: 0,
    taken: 0,
    lastError: null,
    lastErrorAt: null,
  };
  let stopped = true;
  let client: ImapFlow | null = null;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  let sweeping: Promise<void> | null = null;
  let again = false;

  const failed = (err: unknown, msg: string, extra: Record<string, unknown> = {}) => {
    state.lastError = `${msg}: ${(err as Error).message}`;
    state.lastErrorAt = now().toISOString();
    log.error({ err, ...extra }, msg);
  };

  function kick(c: ImapFlow): void {
    if (sweeping) {
      again = true;
      return;
    }
    sweeping = (async () => {
      do {
        again = false;
        await sweep(c);
      } while (again && !stopped && c.usable);
    })()
      .catch((err: unknown) => {
        failed(err, 'IMAP sweep failed; the connection is renewed');
        c.close();
      })
      .finally(() => {
        sweeping = null;
      });
  }

  async function sweep(c: ImapFlow): Promise<void> {
    const box = c.mailbox;
    if (!box || stopped) return;
    const validity = String(box.uidValidity);
    const last = await o.cursor.last(key, validity);
    const retry = await o.cursor.unfinished(key, validity, now());
    // The first time (or after the server renumbered the mailbox) only unread mail is new; after
    // that every UID above the last one taken, read by someone or not.
    const found =
      last === null
        ? await c.search({ seen: false }, { uid: true })
        : await c.search({ uid: `${last + 1}:*` }, { uid: true });
    const fresh = (found || []).filter((u) => last === null || u > last);
    const attempts = new Map(retry.map((r) => [r.uid, r.attempts]));
    const uids = [...new Set([...retry.map((r) => r.uid), ...fresh])].sort((a, b) => a - b);
    for (const uid of uids) {
      if (stopped) return;
      if ((attempts.get(uid) ?? 0) >= maxAttempts) {
        await o.cursor.finish(key, validity, uid, 'failed');
        log.error(
          { uid },
          `IMAP message given up after ${maxAttempts} attempts; left in the mailbox unflagged`,
        );
        continue;
      }
      if (!(await o.cursor.claim(key, validity, uid, now(), holdMs))) continue;
      await take(c, validity, uid);
    }
  }

  async function take(c: ImapFlow, validity: string, uid: number): Promise<void> {
    let head: Awaited<ReturnType<ImapFlow['fetchOne']>>;
    try {
      head = await c.fetchOne(String(uid), { envelope: true, size: true }, { uid: true });
    } catch (err) {
      await o.cursor.release(key, validity, uid, (err as Error).message);
      throw err;
    }
    if (!head) return o.cursor.finish(key, validity, uid, 'gone');
    if ((head.size ?? 0) > o.maxMessageBytes) {
      log.warn({ uid, size: head.size }, 'IMAP message larger than the mail size limit: not taken in');
      return o.cursor.finish(key, validity, uid, 'too_large');
    }
    let outcome: string;
    try {
      const messageId = head.envelope?.messageId ?? '';
      if (messageId && (await o.channel.knows(messageId))) outcome = 'duplicate';
      else {
        const full = await c.fetchOne(String(uid), { source: true }, { uid: true });
        if (!full || !full.source) return o.cursor.finish(key, validity, uid, 'gone');
        const r = await o.channel.receive(full.source);
        outcome = r.status;
        if (r.status === 'rejected')
          log.error(
            { uid, reason: r.reason },
            `IMAP message uid ${uid} is not a readable e-mail (${r.reason}): journalled as rejected, not answered`,
          );
      }
    } catch (err) {
      await o.cursor.release(key, validity, uid, (err as Error).message);
      if (!c.usable) throw err;
      failed(err, `IMAP message uid ${uid} could not be taken in; it is tried again on the next sweep`, {
        uid,
      });
      return;
    }
    await o.cursor.finish(key, validity, uid, outcome);
    state.taken++;
    try {
      if (s.processed === 'move' && s.moveTo) await c.messageMove(String(uid), s.moveTo, { uid: true });
      else await c.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
    } catch (err) {
      // The database already knows it is taken; only the mailbox's tidiness suffers.
      log.warn(
        { err, uid },
        `IMAP message taken in but could not be ${s.processed === 'move' ? 'moved' : 'flagged'}`,
      );
    }
  }

  /** A day after a message is finished its row is no longer needed: the highest UID keeps the place. */
  async function prune(c: ImapFlow): Promise<void> {
    if (!c.mailbox) return;
    const gone = await o.cursor.prune(key, String(c.mailbox.uidValidity), new Date(now().getTime() - DAY_MS));
    if (gone) log.debug({ gone }, 'forgot finished IMAP messages');
  }

  async function session(): Promise<boolean> {
    const c = new ImapFlow({ ...clientOptions });
    client = c;
    c.on('error', (err: Error) => log.warn({ err }, 'IMAP connection error'));
    const closed = new Promise<void>((r) => c.once('close', () => r()));
    let opened = false;
    let timer: NodeJS.Timeout | null = null;
    try {
      await c.connect();
      await c.mailboxOpen(s.mailbox);
      if (s.processed === 'move' && s.moveTo) {
        const folders = await c.list();
        if (!folders.some((f) => f.path === s.moveTo)) await c.mailboxCreate(s.moveTo);
      }
      opened = true;
      await prune(c);
      state.connected = true;
      state.connects++;
      log.info('IMAP mailbox open; waiting for mail (IDLE)');
      c.on('exists', () => kick(c));
      timer = setInterval(() => kick(c), s.pollMs);
      kick(c);
      await closed;
    } catch (err) {
      if (!stopped) failed(err, 'IMAP connection failed');
      c.close();
    } finally {
      if (timer) clearInterval(timer);
      state.connected = false;
      await sweeping;
      client = null;
    }
    if (!stopped && opened) log.warn('IMAP connection closed; reconnecting');
    return opened;
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (!stopped) {
      failures = (await session()) ? 0 : failures + 1;
      if (stopped) break;
      const wait = Math.min(s.reconnectMaxMs, minWait * 2 ** Math.max(0, failures - 1));
      await new Promise<void>((r) => {
        const t = setTimeout(r, wait);
        wake = () => {
          clearTimeout(t);
          r();
        };
      });
      wake = null;
    }
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      loop = run();
    },
    async stop() {
      stopped = true;
      wake?.();
      const c = client;
      if (c) await c.logout().catch(() => c.close());
      await loop;
      loop = null;
    },
    status: () => ({ ...state }),
    async idle() {
      while (sweeping) await sweeping;
    },
  };
}
