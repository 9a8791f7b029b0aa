// Helpers for the real-browser tests: find a Chromium binary, make sure the Vite build exists,
// start a desk with the demo ISP on a temporary SQLite file, and small page helpers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { createDemoDesk as createDesk } from '../../src/demo/desk.js';
import { generateDemoIsp } from '../../sim/index.js';
import { testDeskEnv } from '../helpers/desk-env.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** True when the run must not skip the browser tests (CI with a browser installed). */
export const BROWSER_REQUIRED = process.env.FRONTLINE_REQUIRE_BROWSER === '1';

const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The Chromium to drive: $CHROMIUM_PATH when set, else the first system binary found; null if none. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Newest modification time (ms) of the web sources: web/** without the build output. */
function newestWebSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestWebSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Runs the Vite build (synchronously) when web/dist is missing or older than the web sources, so
 * the browser tests never exercise a stale UI.
 */
export function ensureWebBuild(): void {
  const webDir = join(REPO_ROOT, 'web');
  const webRoot = join(webDir, 'dist');
  const outputs = ['index.html', 'console/index.html', 'widget/widget.js'].map((f) => join(webRoot, f));
  const ready = () => outputs.every((f) => existsSync(f));
  const fresh = () => Math.min(...outputs.map((f) => statSync(f).mtimeMs)) >= newestWebSource(webDir);
  if (ready() && fresh()) return;
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build-web.mjs')], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0 || !ready()) {
    throw new Error(`web build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
}

export interface DemoDesk {
  url: string;
  desk: Awaited<ReturnType<typeof createDesk>>;
  stop(): Promise<void>;
}

/**
 * A desk with the demo ISP (6 subscribers unless told otherwise), demo staff and demo page, on a
 * temporary SQLite file.
 */
export async function startDemoDesk(opts: { subscribers?: number } = {}): Promise<DemoDesk> {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-web-'));
  const config = loadConfig({
    ...testDeskEnv(join(dir, 'frontline.db')),
    DEMO_SUBSCRIBERS: String(opts.subscribers ?? 6),
    DEMO_CONVERSATIONS: 'false',
    // Every test signs staff in from the same address; the per-address login limit is not under test here.
    RATE_LIMIT_LOGIN: '1000',
  });
  // Staff e-mail notices are mailed within a second (the browser tests wait for them).
  const desk = await createDesk(config, { logger: false, schedule: { staffNoticeMs: 1000 } });
  try {
    const { url } = await desk.start();
    return {
      url,
      desk,
      stop: async () => {
        await desk.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await desk.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

export interface ChatStart {
  conversationId: string;
  token: string;
  ticketReference: string;
}

export interface ChatMessage {
  id: string;
  role: 'customer' | 'agent' | 'staff' | 'system';
  text: string;
  askKey: string | null;
  final: boolean;
}

async function postJson<R>(url: string, body: unknown, token?: string): Promise<{ status: number; body: R }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as R };
}

/** Starts a web chat over the public API; with a customer number it is a signed-in portal chat (no PIN asked). */
export async function startChat(
  url: string,
  opts: { language?: 'sv' | 'en'; customerNumber?: string } = {},
): Promise<ChatStart> {
  let portalToken: string | undefined;
  if (opts.customerNumber) {
    const t = await postJson<{ portalToken: string }>(`${url}/api/v1/demo/portal-token`, {
      customerNumber: opts.customerNumber,
    });
    if (t.status !== 200) throw new Error(`portal token answered ${t.status}`);
    portalToken = t.body.portalToken;
  }
  const start = await postJson<ChatStart>(`${url}/api/v1/chat/conversations`, {
    language: opts.language ?? 'sv',
    ...(portalToken ? { portalToken } : {}),
  });
  if (start.status !== 201) throw new Error(`chat start answered ${start.status}`);
  return start.body;
}

let clientMessageSeq = 0;

/** Sends one customer message; returns the agent's replies and whether the conversation ended. */
export async function sendChat(
  url: string,
  chat: ChatStart,
  text: string,
): Promise<{ replies: ChatMessage[]; ended: boolean }> {
  clientMessageSeq += 1;
  const sent = await postJson<{ replies: ChatMessage[]; ended: boolean }>(
    `${url}/api/v1/chat/conversations/${encodeURIComponent(chat.conversationId)}/messages`,
    { text, clientMessageId: `web-test-${process.pid}-${clientMessageSeq}` },
    chat.token,
  );
  if (sent.status !== 200) throw new Error(`chat message answered ${sent.status}`);
  return sent.body;
}

/** The conversation's messages as the customer's chat sees them (GET with the conversation token). */
export async function chatMessages(url: string, chat: ChatStart): Promise<ChatMessage[]> {
  const res = await fetch(
    `${url}/api/v1/chat/conversations/${encodeURIComponent(chat.conversationId)}/messages`,
    {
      headers: { authorization: `Bearer ${chat.token}` },
    },
  );
  if (!res.ok) throw new Error(`chat messages answered ${res.status}`);
  return ((await res.json()) as { messages: ChatMessage[] }).messages;
}

/** Starts an anonymous web chat over the public API and sends one customer message; returns the ticket reference. */
export async function chatOverApi(url: string, text: string): Promise<ChatStart> {
  const chat = await startChat(url);
  await sendChat(url, chat, text);
  return chat;
}

/** What a cooperative customer answers to the agent's ask keys (Swedish or English). */
function answerFor(askKey: string | null, language: 'sv' | 'en'): string {
  if (askKey === 'csat.score') return '5';
  if (askKey?.startsWith('consent.')) return language === 'sv' ? 'ja' : 'yes';
  if (askKey === 'contact.availability') return language === 'sv' ? 'i morgon förmiddag' : 'tomorrow morning';
  return language === 'sv' ? 'vet inte' : "I don't know";
}

/**
 * Has a whole conversation with the automated agent: the opening message, then an answer to each
 * ask until the agent ends the conversation or hands it over (at most `maxTurns` messages). A closing
 * that asks for the satisfaction score has not ended the conversation yet: the customer gives 5.
 */
export async function converseUntilEnded(
  url: string,
  chat: ChatStart,
  opening: string,
  language: 'sv' | 'en',
  maxTurns = 12,
): Promise<ChatMessage[]> {
  let text = opening;
  for (let turn = 0; turn < maxTurns; turn++) {
    const { replies, ended } = await sendChat(url, chat, text);
    // Done when the agent ends the chat, or has handed the case over (it names the case and asks nothing more).
    const handedOver =
      replies.length > 0 &&
      replies.at(-1)?.askKey == null &&
      replies.some((r) => r.text.includes(chat.ticketReference));
    if (ended || handedOver) return replies;
    text = answerFor(replies.at(-1)?.askKey ?? null, language);
  }
  throw new Error(`the conversation ${chat.ticketReference} did not end within ${maxTurns} messages`);
}

/**
 * The demo customer with a congested Wi-Fi channel, in a signed-in Swedish chat that asked for a
 * person: the ticket waits in a human queue, and its diagnosis suggests a channel change that needs
 * the customer's consent.
 */
export async function escalatedWifiChat(url: string) {
  const customer = generateDemoIsp({ count: 6 }).subscribers.find((s) =>
    s.faults.some((f) => f.kind === 'wifi_channel_congestion'),
  );
  if (!customer) throw new Error('no Wi-Fi congestion subscriber among the demo subscribers');
  const chat = await startChat(url, { language: 'sv', customerNumber: customer.customerNumber });
  await converseUntilEnded(url, chat, 'Jag vill prata med en människa', 'sv');
  return { customer, chat };
}

/**
 * Saves a screenshot as test-artifacts/screenshots/<name>.png (the folder is git-ignored): the
 * whole page, or only its top (the viewport) for long pages (`fullPage: false`).
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  opts: { fullPage?: boolean } = {},
): Promise<string> {
  const dir = join(REPO_ROOT, 'test-artifacts', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  const fullPage = opts.fullPage ?? true;
  // A viewport shot shows the top of the page, wherever the last click scrolled to.
  if (!fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage });
  return path;
}

/** Collects uncaught page errors so a test can assert the UI threw nothing. */
export function trackPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Signs in on the console's login form (labels in either language), submitting with Enter. */
export async function consoleLogin(
  page: Page,
  url: string,
  username: string,
  password: string,
): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel(/^(Användarnamn|Username)$/).fill(username);
  const pw = page.getByLabel(/^(Lösenord|Password)$/);
  await pw.fill(password);
  await pw.press('Enter');
  await page.getByRole('button', { name: /^(Logga ut|Sign out)$/ }).waitFor();
}

/** An iPhone-sized screen (CSS pixels). */
export const PHONE = { width: 390, height: 844 };

/** Per-test options of the browser tests: room for a real browser and a real desk on a loaded machine. */
export const BROWSER_TEST = { timeout: 120_000 };

/** expect.poll with room for a real browser and a real desk (vitest's default is 1 s). */
export const poll = <V>(fn: () => V | Promise<V>) => expect.poll(fn, { timeout: 45_000 });

export interface NewPageOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  /** Lets the test inject scripts (axe) past the pages' Content-Security-Policy. */
  bypassCSP?: boolean;
}

export interface BrowserSuite {
  /** The running demo desk (set once beforeAll has run). */
  readonly demo: DemoDesk;
  /** A fresh browser context (Swedish unless told otherwise) and page on the desk, closed after the suite. */
  newPage(opts?: NewPageOptions): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
}

/**
 * Registers beforeAll/afterAll that build the web UI if needed and start a demo desk and a
 * Chromium side by side; call it inside the describe block.
 */
export function useBrowserSuite(opts: { subscribers?: number } = {}): BrowserSuite {
  let browser: Browser | undefined;
  let demo: DemoDesk | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const executablePath = findChromium();
    if (!executablePath) {
      throw new Error(
        'FRONTLINE_REQUIRE_BROWSER=1 but no Chromium was found (set CHROMIUM_PATH or install chromium)',
      );
    }
    ensureWebBuild();
    // The desk and the browser start side by side; afterAll cleans up whichever came up.
    const [d, b] = await Promise.allSettled([
      startDemoDesk(opts),
      chromium.launch({ executablePath, args: ['--no-sandbox'] }),
    ]);
    if (d.status === 'fulfilled') demo = d.value;
    if (b.status === 'fulfilled') browser = b.value;
    if (d.status === 'rejected') throw d.reason;
    if (b.status === 'rejected') throw b.reason;
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await demo?.stop();
  });

  return {
    get demo() {
      if (!demo) throw new Error('the demo desk is not running');
      return demo;
    },
    async newPage({ locale = 'sv-SE', viewport, bypassCSP = false }: NewPageOptions = {}) {
      if (!browser || !demo) throw new Error('the browser suite is not running');
      // The demo page, widget, console and help centre pick their language from the locale.
      const context = await browser.newContext({
        locale,
        baseURL: demo.url,
        bypassCSP,
        ...(viewport ? { viewport, isMobile: viewport.width < 600, hasTouch: viewport.width < 600 } : {}),
      });
      // Waits and clicks get more than playwright's 30 s: a turn with a router job is slow on a loaded machine.
      context.setDefaultTimeout(45_000);
      contexts.push(context);
      const page = await context.newPage();
      return { context, page, errors: trackPageErrors(page) };
    },
  };
}

/** True when the browser tests should be skipped: no Chromium and not required. */
export const SKIP_BROWSER = !findChromium() && !BROWSER_REQUIRED;

/** A staff member's API session (cookies and CSRF header), for driving the console's API next to a page. */
export async function staffSession(url: string, username: string, password: string) {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`staff login answered ${res.status}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async <R>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: R }> => {
    const r = await fetch(`${url}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    return { status: r.status, body: (text ? JSON.parse(text) : {}) as R };
  };
  return {
    get: <R>(path: string) => call<R>('GET', path),
    post: <R>(path: string, body: unknown = {}) => call<R>('POST', path, body),
  };
}

/** axe-core's violations on the page (WCAG 2.1 A and AA rules): rule id, impact and where. */
export async function axeViolations(
  page: Page,
): Promise<{ id: string; impact: string | null; targets: string[] }[]> {
  const axePath = join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
}
