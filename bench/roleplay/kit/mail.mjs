// The e-mail side of the kit (mail.sh): send to the desk's inbound SMTP, read what the desk sent
// (the sink's .eml files: the mail as sent, not the masked copy the desk keeps), reply in thread.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { fail, sleep } from './http.mjs';

const env = process.env;
const outbox = env.RP_OUTBOX;
const support = env.RP_SUPPORT_ADDRESS;
const STABLE_MS = Number(env.RP_STABLE_MS ?? 3000);
const MAIL_WAIT_MS = Number(env.RP_MAIL_WAIT_MS ?? 60_000);

/** Every mail in the sink, oldest first, with its envelope. */
async function sunk() {
  if (!existsSync(outbox)) return [];
  const names = readdirSync(outbox)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  const out = [];
  for (const name of names) {
    const raw = readFileSync(join(outbox, name));
    const envFile = join(outbox, name.replace(/\.eml$/, '.json'));
    const envelope = existsSync(envFile) ? JSON.parse(readFileSync(envFile, 'utf8')) : { rcptTo: [] };
    out.push({ name, envelope, mail: await simpleParser(raw) });
  }
  return out;
}

const addrs = (field) =>
  field ? [field].flat().flatMap((f) => f.value.map((v) => (v.address ?? '').toLowerCase())) : [];

function isTo(m, address) {
  const a = address.toLowerCase();
  return (
    m.envelope.rcptTo.some((r) => r.toLowerCase() === a) ||
    addrs(m.mail.to).includes(a) ||
    addrs(m.mail.cc).includes(a)
  );
}

const mailsTo = async (address) => (await sunk()).filter((m) => isTo(m, address));

function printMail(m, i) {
  const h = m.mail;
  console.log(`=== ${i !== undefined ? `#${i + 1} ` : ''}${m.name}`);
  console.log(`From: ${h.from?.text ?? ''}`);
  console.log(
    `To: ${
      h.to
        ? [h.to]
            .flat()
            .map((t) => t.text)
            .join(', ')
        : ''
    }`,
  );
  console.log(`Date: ${h.date ? h.date.toISOString() : ''}`);
  console.log(`Subject: ${h.subject ?? ''}`);
  console.log(`Message-ID: ${h.messageId ?? ''}`);
  if (h.inReplyTo) console.log(`In-Reply-To: ${h.inReplyTo}`);
  if (h.attachments?.length)
    console.log(`Attachments: ${h.attachments.map((a) => a.filename ?? a.contentType).join(', ')}`);
  console.log('');
  console.log((h.text ?? '(no text part)').trimEnd());
  console.log('');
}

function transport() {
  return nodemailer.createTransport({
    host: '127.0.0.1',
    port: Number(env.RP_SMTP_PORT),
    secure: false,
    ignoreTLS: true,
  });
}

/** After a send: prints the desk's new mails to `address` once none has come for STABLE_MS. */
async function awaitAnswers(address, before) {
  const t0 = Date.now();
  let count = before;
  let changed = Date.now();
  for (;;) {
    await sleep(500);
    const n = (await mailsTo(address)).length;
    if (n !== count) {
      count = n;
      changed = Date.now();
    }
    if (count > before && Date.now() - changed >= STABLE_MS) break;
    if (Date.now() - t0 > MAIL_WAIT_MS) break;
  }
  const all = await mailsTo(address);
  const fresh = all.slice(before);
  if (!fresh.length)
    console.log(`# no mail to ${address} within ${MAIL_WAIT_MS / 1000} s (mail.sh inbox ${address} later)`);
  fresh.forEach((m, i) => printMail(m, before + i));
}

async function send({ from, subject, text, inReplyTo, references, wait }) {
  const before = (await mailsTo(from)).length;
  const info = await transport().sendMail({
    from,
    to: support,
    subject,
    text,
    ...(inReplyTo ? { inReplyTo, references } : {}),
  });
  console.log(`# sent ${info.messageId} from ${from} to ${support}: ${subject}`);
  if (wait) await awaitAnswers(from, before);
}

function quoted(mail) {
  const when = mail.date ? mail.date.toUTCString() : 'earlier';
  const body = (mail.text ?? '')
    .trimEnd()
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'));
  return [`On ${when}, ${mail.from?.text ?? support} wrote:`, ...body].join('\n');
}

const [cmd, ...a] = process.argv.slice(2);
const flags = new Set(a.filter((x) => x.startsWith('--')));
const args = a.filter((x) => !x.startsWith('--'));
const wait = !flags.has('--no-wait');
try {
  if (cmd === 'address') console.log(support);
  else if (cmd === 'send') {
    const [from, subject, body] = args;
    if (!from || subject === undefined || body === undefined)
      fail('usage: mail.sh LETTER send FROM "Subject" "body"');
    await send({ from, subject, text: body, wait });
  } else if (cmd === 'inbox') {
    const [address] = args;
    if (!address) fail('usage: mail.sh LETTER inbox ADDRESS');
    const list = await mailsTo(address);
    if (!list.length) console.log(`# no mail to ${address}`);
    else {
      console.log(`# ${list.length} mail(s) to ${address}:`);
      list.forEach((m, i) =>
        console.log(`#  ${i + 1}. ${m.mail.date?.toISOString() ?? ''}  ${m.mail.subject ?? ''}`),
      );
      console.log('');
      list.forEach((m, i) => printMail(m, i));
    }
  } else if (cmd === 'reply') {
    const [address, body] = args;
    if (!address || body === undefined)
      fail('usage: mail.sh LETTER reply ADDRESS "body" [--no-quote] [--no-wait]');
    const list = await mailsTo(address);
    if (!list.length) fail(`no mail to ${address} to answer`);
    const last = list[list.length - 1].mail;
    const subject = /^\s*(re|sv|aw)\s*:/i.test(last.subject ?? '')
      ? last.subject
      : `Re: ${last.subject ?? ''}`;
    const refs = [last.references ?? []].flat().filter(Boolean);
    if (last.messageId && !refs.includes(last.messageId)) refs.push(last.messageId);
    const text = flags.has('--no-quote') ? body : `${body}\n\n${quoted(last)}\n`;
    await send({ from: address, subject, text, inReplyTo: last.messageId, references: refs, wait });
  } else
    fail('usage: mail.sh LETTER address | send FROM "Subject" "body" | inbox ADDRESS | reply ADDRESS "body"');
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
