// The chat side of the kit (chat.sh): new / say / show over the public chat API (/api/v1/chat).
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, ok, request, sleep } from './http.mjs';

const chats = join(process.env.RP_STATE, 'chats');
const STABLE_MS = Number(process.env.RP_STABLE_MS ?? 3000);
const MAX_WAIT_MS = Number(process.env.RP_MAX_WAIT_MS ?? 120_000);

function session(id) {
  const file = join(chats, `${id}.json`);
  if (!existsSync(file)) fail(`unknown conversation ${id} (not started with chat.sh new on this desk)`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

const who = { customer: '>', agent: '<', staff: '< [staff]', system: '# [system]' };

function print(m) {
  const lines = m.text.split('\n');
  const head = `${who[m.role] ?? m.role} `;
  console.log(head + lines[0]);
  for (const l of lines.slice(1)) console.log(l ? ' '.repeat(head.length) + l : '');
  if (m.role !== 'customer' && m.options && m.options.length)
    console.log(`    [options: ${m.options.join(' | ')}]`);
}

async function history(s, after) {
  const q = after ? `?after=${encodeURIComponent(after)}` : '';
  return ok('GET', `/api/v1/chat/conversations/${encodeURIComponent(s.conversationId)}/messages${q}`, {
    headers: { authorization: `Bearer ${s.token}` },
  });
}

async function cmdNew(args) {
  let portal;
  let lang = 'sv';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--portal') portal = args[++i];
    else if (args[i] === '--lang') lang = args[++i];
    else fail(`unknown option ${args[i]}`);
  }
  if (!['sv', 'en'].includes(lang)) fail('--lang is sv or en');
  const body = { language: lang };
  let name = null;
  if (portal) {
    const p = await ok('POST', '/api/v1/demo/portal-token', { body: { customerNumber: portal } });
    body.portalToken = p.portalToken;
    name = p.customer.name;
  }
  const started = await ok('POST', '/api/v1/chat/conversations', { body });
  const s = {
    conversationId: started.conversationId,
    token: started.token,
    reference: started.ticketReference,
    lang,
    portal: portal ?? null,
  };
  writeFileSync(join(chats, `${s.conversationId}.json`), JSON.stringify(s, null, 2) + '\n');
  // The id alone on stdout (ID=$(chat.sh z new)); the rest on stderr.
  console.log(s.conversationId);
  console.error(
    `# ticket ${s.reference}, ${lang}${portal ? `, portal session as ${portal} (${name})` : ', anonymous'}`,
  );
  const out = console.log;
  console.log = console.error;
  for (const m of started.messages) print({ ...m, role: 'agent' });
  console.log = out;
}

async function cmdSay(id, text) {
  if (!id || !text) fail('usage: chat.sh LETTER say ID "text"');
  const s = session(id);
  const sent = await request('POST', `/api/v1/chat/conversations/${encodeURIComponent(id)}/messages`, {
    body: { text, clientMessageId: randomUUID() },
    headers: { authorization: `Bearer ${s.token}` },
  });
  if (sent.status >= 400) fail(`send failed: ${sent.status} ${JSON.stringify(sent.body)}`);
  // The response comes when the turn is done; interim replies pushed during it, and anything pushed
  // shortly after, are in the transcript after the customer's message. Wait until it is still.
  const since = sent.body.messageId;
  const t0 = Date.now();
  let last = '';
  let stableSince = Date.now();
  let h;
  for (;;) {
    h = await history(s, since);
    const key = h.messages.map((m) => m.id).join(',') + `|${h.ended}`;
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    }
    if (Date.now() - stableSince >= STABLE_MS || Date.now() - t0 > MAX_WAIT_MS) break;
    await sleep(500);
  }
  // The transcript is the stored copy (secrets masked, as in the console); the turn's own replies
  // are what the customer's widget shows, so their text wins.
  const live = new Map(sent.body.replies.map((r) => [r.id, r]));
  const seen = new Set(h.messages.map((m) => m.id));
  const replies = [
    ...h.messages.map((m) => (live.has(m.id) ? { ...m, text: live.get(m.id).text } : m)),
    ...sent.body.replies.filter((r) => !seen.has(r.id)),
  ];
  for (const m of replies) if (m.role !== 'customer') print(m);
  if (!replies.some((m) => m.role !== 'customer')) console.log('# (no reply)');
  for (const m of h.messages)
    if (m.role === 'customer') console.log(`# (also from the customer since: ${m.text})`);
  if (h.ended) console.log('# [conversation ended]');
}

async function cmdShow(id) {
  if (!id) fail('usage: chat.sh LETTER show ID');
  const s = session(id);
  const h = await history(s);
  console.log(
    `# ticket ${s.reference}, ${s.lang}${s.portal ? `, portal ${s.portal}` : ''}, conversation ${id}`,
  );
  for (const m of h.messages) print(m);
  if (h.ended) console.log('# [conversation ended]');
}

const [cmd, ...rest] = process.argv.slice(2);
try {
  if (cmd === 'new') await cmdNew(rest);
  else if (cmd === 'say') await cmdSay(rest[0], rest.slice(1).join(' '));
  else if (cmd === 'show') await cmdShow(rest[0]);
  else fail('usage: chat.sh LETTER new [--portal CUSTOMERNUMBER] [--lang sv|en] | say ID "text" | show ID');
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
