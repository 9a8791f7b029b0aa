// Tickets through the staff console API, signed in as the demo supervisor (tk.sh list | show TICKET).
import { fail, ok, request } from './http.mjs';

const USER = process.env.RP_STAFF_USER ?? 'supervisor';
const PASSWORD = process.env.RP_STAFF_PASSWORD ?? 'supervisor-demo';

async function login() {
  const r = await request('POST', '/api/v1/auth/login', { body: { username: USER, password: PASSWORD } });
  if (r.status !== 200) fail(`staff login as ${USER} failed: ${r.status} ${JSON.stringify(r.body)}`);
  const cookies = [r.headers['set-cookie'] ?? []].flat().map((c) => c.split(';')[0]);
  return { cookie: cookies.join('; ') };
}

const one = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim();
const cut = (s, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const time = (iso) => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '');

// Every ticket (the REST list: the console's queues hide a ticket until the customer wrote on it, e.g.
// a linked case opened inside another ticket's chat), oldest first.
async function allTickets(headers) {
  const items = [];
  let cursor = null;
  do {
    const q = `/api/v1/tickets?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await ok('GET', q, { headers });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items.sort((a, b) => a.reference.localeCompare(b.reference));
}

async function list(headers) {
  const items = await allTickets(headers);
  if (!items.length) return console.log('# no tickets');
  const customers = new Map();
  for (const t of items) {
    if (!t.customerId || customers.has(t.customerId)) continue;
    const c = await request('GET', `/api/v1/customers/${encodeURIComponent(t.customerId)}`, { headers });
    customers.set(t.customerId, c.status === 200 ? `${c.body.customerNumber} ${c.body.name}` : t.customerId);
  }
  for (const t of items) {
    const who = t.customerId ? customers.get(t.customerId) : 'unidentified';
    console.log(
      [
        t.reference,
        t.channel,
        t.status,
        t.queue ?? '-',
        t.priority,
        t.intent ?? '-',
        who,
        cut(one(t.subject ?? ''), 50),
      ]
        .join('  ')
        .trimEnd(),
    );
  }
}

/** One timeline event as one line. */
function line(e) {
  const actor = e.actor?.kind === 'staff' ? `staff:${e.actor.id}` : (e.actor?.kind ?? '?');
  const head = `${time(e.at)}  ${actor.padEnd(8)} ${e.type}`;
  switch (e.type) {
    case 'message_in':
      return `${head} [${e.channel}] ${cut(one(e.text), 200)}`;
    case 'message_out':
      return `${head} [${e.channel}${e.internal ? ', internal' : ''}${e.askKey ? `, ${e.askKey}` : ''}] ${cut(one(e.text), 200)}`;
    case 'triage':
      return `${head} intent=${e.intent} (${e.confidence.toFixed(2)}${e.runnerUp ? `, then ${e.runnerUp}` : ''}) ${e.language} ${e.priority}${e.reasons?.length ? ` — ${cut(e.reasons.join('; '), 120)}` : ''}`;
    case 'finding':
      return `${head} ${e.finding.severity} ${e.finding.code} (${e.probe})`;
    case 'action_requested':
      return `${head} ${e.action} — ${cut(one(e.reason), 140)}`;
    case 'action_done':
      return `${head} ${e.action}`;
    case 'action_failed':
      return `${head} ${e.action} ${e.code ?? ''} ${cut(one(e.error), 140)}`;
    case 'customer_step':
      return `${head} ${e.step}: ${e.result}`;
    case 'note':
      return `${head}${e.internal ? ' (internal)' : ''} ${cut(one(e.text), 200)}`;
    case 'status_change':
      return `${head} ${e.from} → ${e.to}${e.reason ? ` (${cut(one(e.reason), 120)})` : ''}`;
    case 'escalation':
      return `${head} → ${e.queue}: ${cut(one(e.reason), 160)}`;
    case 'queue_change':
      return `${head} ${e.from ?? '-'} → ${e.to}`;
    case 'resolution':
      return `${head} ${e.outcome}${e.queue ? `/${e.queue}` : ''} ${e.disposition} — ${cut(one(e.summary?.staff), 200)}`;
    case 'csat':
      return `${head} ${e.score}/5${e.comment ? ` "${one(e.comment)}"` : ''}`;
    default:
      return `${head} ${cut(JSON.stringify(e), 200)}`;
  }
}

async function resolveId(headers, ref) {
  const r = await request('GET', `/api/v1/tickets/${encodeURIComponent(ref)}`, { headers });
  if (r.status !== 200) fail(`no ticket ${ref} (${r.status})`);
  return r.body.id ?? r.body.ticket?.id;
}

async function show(headers, ref) {
  const id = await resolveId(headers, ref);
  const d = await ok('GET', `/api/v1/console/tickets/${encodeURIComponent(id)}`, { headers });
  const t = d.ticket;
  const c = d.customer360 && !d.customer360.error ? d.customer360.customer : null;
  console.log(`${t.reference}  (id ${t.id})`);
  console.log(
    `state:    ${t.status}${t.disposition ? `, disposition ${t.disposition}` : ''}${t.resolvedAt ? `, resolved ${time(t.resolvedAt)}` : ''}`,
  );
  console.log(
    `queue:    ${t.queue ?? '-'}${t.assignee ? `, assignee ${t.assignee}` : ''}${d.takenOverBy ? `, taken over by ${d.takenOverBy}` : ''}`,
  );
  console.log(
    `customer: ${c ? `${c.customerNumber} ${c.name}` : 'unidentified'}${d.grants?.verified ? ' (verified)' : ''}`,
  );
  console.log(
    `priority: ${t.priority}   channel: ${t.channel}   language: ${t.language}   intent: ${t.intent ?? '-'}`,
  );
  if (t.subject) console.log(`subject:  ${one(t.subject)}`);
  for (const e of d.escalations ?? [])
    console.log(
      `escalation: ${e.queue} at ${time(e.createdAt)} — ${cut(one(e.reason), 120)}${e.acceptedAt ? `, accepted ${time(e.acceptedAt)}` : ''}${e.returnedAt ? `, returned ${time(e.returnedAt)}` : ''}`,
    );
  const csat = d.timeline.filter((e) => e.type === 'csat');
  console.log(
    `csat:     ${csat.length ? csat.map((e) => `${e.score}/5${e.comment ? ` "${one(e.comment)}"` : ''}`).join(', ') : 'none'}`,
  );
  console.log('timeline:');
  for (const e of d.timeline) console.log(`  ${line(e)}`);
}

const [cmd, arg] = process.argv.slice(2);
try {
  const headers = await login();
  if (cmd === 'list') await list(headers);
  else if (cmd === 'show' && arg) await show(headers, arg);
  else fail('usage: tk.sh LETTER list | show TICKET (T-000001 or the ticket id)');
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
