// Helpers for the real-browser tests: find a Chromium binary, make sure the Vite build exists,
// start a desk with the demo ISP on a temporary SQLite file, and small page helpers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../src/server/config.js';
import { createDesk } from '../../src/server/desk.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** True when the run must not skip the browser tests (CI with a browser installed). */
export const BROWSER_REQUIRED = process.env.FRONTLINE_REQUIRE_BROWSER === '1';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

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
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build-web.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.status !== 0 || !ready()) {
    throw new Error(`web build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
}

export interface DemoDesk {
  url: string;
  desk: Awaited<ReturnType<typeof createDesk>>;
  stop(): Promise<void>;
}

/** A desk with the demo ISP (6 subscribers), demo staff and demo page, on a temporary SQLite file. */
export async function startDemoDesk(): Promise<DemoDesk> {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-web-'));
  const config = loadConfig({
    DATABASE_URL: join(dir, 'frontline.db'),
    PORT: '0',
    ACS_PORT: '0',
    SMTP_PORT: '0',
    HOST: '127.0.0.1',
    DEMO_SUBSCRIBERS: '6',
  });
  const desk = await createDesk(config, { logger: false });
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

interface ChatStart {
  conversationId: string;
  token: string;
  ticketReference: string;
}

/** Starts an anonymous web chat over the public API and sends one customer message; returns the ticket reference. */
export async function chatOverApi(url: string, text: string): Promise<ChatStart> {
  const start = await fetch(`${url}/api/v1/chat/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ language: 'sv' }),
  });
  if (start.status !== 201) throw new Error(`chat start answered ${start.status}`);
  const s = (await start.json()) as ChatStart;
  const sent = await fetch(`${url}/api/v1/chat/conversations/${encodeURIComponent(s.conversationId)}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
    body: JSON.stringify({ text, clientMessageId: `web-test-${Date.now()}` }),
  });
  if (!sent.ok) throw new Error(`chat message answered ${sent.status}`);
  return s;
}

/** Collects uncaught page errors so a test can assert the UI threw nothing. */
export function trackPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Signs in on the console's login form (labels in either language), submitting with Enter. */
export async function consoleLogin(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel(/^(Användarnamn|Username)$/).fill(username);
  const pw = page.getByLabel(/^(Lösenord|Password)$/);
  await pw.fill(password);
  await pw.press('Enter');
  await page.getByRole('button', { name: /^(Logga ut|Sign out)$/ }).waitFor();
}
