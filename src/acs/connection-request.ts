import { Agent, request } from 'node:http';
import { authorizationFor, type Credentials } from './digest.js';

// Connection request (TR-069 3.2.2): an HTTP GET to the CPE's ConnectionRequestURL, answered with
// Digest (Basic only when allowed). 200/204 means the CPE will open a session.
//
// The challenge and the answer go over one kept-alive connection when the router keeps it open
// (one TCP handshake instead of two), and a router asked again within a couple of seconds (a
// re-kick, the next task) reuses it. An idle connection is closed after 2 s (sooner when the router
// says so); a router that closes it meanwhile costs one retry on a new connection.
const keepAlive = new Agent({ keepAlive: true, timeout: 2000, maxFreeSockets: 16 });

export type CrResult =
  { ok: true; status: number; via?: 'http' | 'udp' } | { ok: false; reason: string; status?: number };

type Answer = { status: number; challenge?: string };

async function get(url: URL, authorization: string | null, timeoutMs: number): Promise<Answer> {
  try {
    return await getOnce(url, authorization, timeoutMs, keepAlive);
  } catch (e) {
    // A kept-alive connection the router closed just as it was reused: once more on a new one.
    if (!(e as { reusedSocket?: boolean }).reusedSocket) throw e;
    return getOnce(url, authorization, timeoutMs, false);
  }
}

function getOnce(
  url: URL,
  authorization: string | null,
  timeoutMs: number,
  agent: Agent | false,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'GET', agent, headers: authorization ? { authorization } : {}, timeout: timeoutMs },
      (res) => {
        res.resume();
        const challenge = res.headers['www-authenticate'];
        resolve({
          status: res.statusCode ?? 0,
          challenge: Array.isArray(challenge) ? challenge[0] : challenge,
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (err) => {
      const code = (err as NodeJS.ErrnoException).code;
      if (req.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE'))
        Object.assign(err, { reusedSocket: true });
      reject(err);
    });
    req.end();
  });
}

export async function sendConnectionRequest(
  rawUrl: string,
  creds: Credentials | null,
  opts: { timeoutMs: number; allowBasic: boolean },
): Promise<CrResult> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, reason: 'invalid ConnectionRequestURL' };
  }
  if (url.protocol !== 'http:') return { ok: false, reason: `unsupported scheme ${url.protocol}` };
  try {
    const first = await get(url, null, opts.timeoutMs);
    if (first.status === 200 || first.status === 204) return { ok: true, status: first.status };
    if (first.status !== 401 || !first.challenge)
      return { ok: false, reason: `HTTP ${first.status}`, status: first.status };
    if (!creds) return { ok: false, reason: 'no connection request credentials', status: 401 };
    const auth = authorizationFor(first.challenge, 'GET', url.pathname + url.search, creds, opts.allowBasic);
    if (!auth) return { ok: false, reason: 'unsupported authentication scheme', status: 401 };
    const second = await get(url, auth, opts.timeoutMs);
    if (second.status === 200 || second.status === 204) return { ok: true, status: second.status };
    return {
      ok: false,
      reason: second.status === 401 ? 'connection request credentials rejected' : `HTTP ${second.status}`,
      status: second.status,
    };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}
