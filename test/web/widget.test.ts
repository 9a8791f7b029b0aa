// Real-browser tests of the chat widget on the demo page: a phone-sized screen, the page's
// language, a message that does not get through, reconnect catch-up, a person taking over, links
// and quick replies. Screenshots go to test-artifacts/screenshots/.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateDemoIsp } from '../../sim/index.js';
import {
  BROWSER_TEST as T,
  PHONE,
  poll,
  saveScreenshot,
  sendChat,
  SKIP_BROWSER,
  staffSession,
  startChat,
  useBrowserSuite,
} from './helpers.js';

/** The widget's dialog and its parts, by role and name (Swedish unless told). */
function widgetParts(page: Page, lang: 'sv' | 'en' = 'sv') {
  const sv = lang === 'sv';
  const dialog = page.getByRole('dialog', { name: / – Demo Bredband AB$/ });
  return {
    launcher: page
      .locator('#frontline-widget')
      .getByRole('button', { name: sv ? 'Chatta med support' : 'Chat with support' }),
    dialog,
    log: dialog.getByRole('log', { name: sv ? 'Meddelanden' : 'Messages' }),
    input: dialog.getByLabel(sv ? 'Skriv ditt meddelande…' : 'Type your message…'),
    send: dialog.getByRole('button', { name: sv ? 'Skicka' : 'Send', exact: true }),
    close: dialog.getByRole('button', { name: sv ? 'Stäng chatten' : 'Close the chat' }),
    restart: dialog.getByRole('button', { name: sv ? 'Starta ett nytt samtal' : 'Start a new conversation' }),
    quick: dialog.getByRole('group', { name: sv ? 'Snabbsvar' : 'Quick replies' }).getByRole('button'),
  };
}

/** True when the element's box lies inside the viewport. */
async function inViewport(page: Page, el: Locator): Promise<boolean> {
  const box = await el.boundingBox();
  const vp = page.viewportSize();
  if (!box || !vp) return false;
  return (
    box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width + 0.5 && box.y + box.height <= vp.height + 0.5
  );
}

/** How far (px) the log's last message reaches below the log's visible area (≤ 0: fully visible). */
const lastLineHiddenBy = (log: Locator) =>
  log.evaluate((el) => {
    const last = el.lastElementChild;
    return last ? last.getBoundingClientRect().bottom - el.getBoundingClientRect().bottom : 0;
  });

describe.skipIf(SKIP_BROWSER)('chat widget in a real browser', () => {
  const suite = useBrowserSuite();

  it(
    'phone: the demo page fits 390 px, the chat is full-screen with close and Send in view, "ended" only at the end, last line above the quick replies',
    T,
    async () => {
      const { page, errors } = await suite.newPage({ viewport: PHONE });
      await page.goto('/');
      await poll(() => page.title()).toContain('Demo Bredband');
      const w = widgetParts(page);
      await page.getByLabel('Kund', { exact: true }).locator('option').nth(2).waitFor({ state: 'attached' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await saveScreenshot(page, 'phone-demo-page');

      await w.launcher.click();
      await w.log.locator('[data-role="agent"]').first().waitFor();
      // The panel covers the screen; its close and Send buttons are on it.
      const panel = await w.dialog.boundingBox();
      expect(panel).toEqual({ x: 0, y: 0, width: PHONE.width, height: PHONE.height });
      expect(await inViewport(page, w.close)).toBe(true);
      expect(await inViewport(page, w.send)).toBe(true);
      // After the greeting the conversation is open: the input shows, "start a new one" does not.
      expect(await w.input.isVisible()).toBe(true);
      expect(await w.restart.isVisible()).toBe(false);
      expect(await w.dialog.getByText('Samtalet är avslutat.').isVisible()).toBe(false);
      await saveScreenshot(page, 'phone-widget-greeting');

      // A signed-in customer describes a problem; the agent asks with quick replies.
      await w.close.click();
      const picker = page.getByLabel('Kund', { exact: true });
      await picker.selectOption({ index: 2 });
      const firstName = ((await picker.locator('option').nth(2).textContent()) ?? '').split(' ')[0];
      await page.getByRole('button', { name: 'Logga in och chatta' }).click();
      // The signed-in conversation greets by name (the anonymous one said plain "Hej!").
      await w.log.locator('[data-role="agent"]', { hasText: `Hej ${firstName}` }).waitFor();
      await w.input.fill('mitt internet fungerar inte');
      await w.send.click();
      await w.quick.first().waitFor();
      // The newest line is not hidden behind the quick replies.
      await poll(() => lastLineHiddenBy(w.log)).toBeLessThanOrEqual(1);
      expect(await inViewport(page, w.quick.first())).toBe(true);
      expect(await w.restart.isVisible()).toBe(false);
      await saveScreenshot(page, 'phone-widget-quick-replies');
      expect(errors).toEqual([]);
    },
  );

  it(
    'follows the page language: an English browser gets the English page, widget and agent; the page toggle switches an unused chat',
    T,
    async () => {
      const english = await suite.newPage({ locale: 'en-US' });
      await english.page.goto('/');
      await english.page.getByRole('heading', { name: 'Fast broadband, help around the clock' }).waitFor();
      const en = widgetParts(english.page, 'en');
      await en.launcher.click();
      await en.log.locator('[data-role="agent"]', { hasText: "Hi, I'm Frontline" }).waitFor();
      expect(english.errors).toEqual([]);

      // A Swedish visitor switches the page to English before writing: the chat follows, greeting included.
      const swedish = await suite.newPage();
      await swedish.page.goto('/');
      const sv = widgetParts(swedish.page);
      await sv.launcher.click();
      await sv.log.locator('[data-role="agent"]', { hasText: 'Hej! Jag är Frontline' }).waitFor();
      await swedish.page.getByRole('button', { name: 'English' }).click();
      const after = widgetParts(swedish.page, 'en');
      await after.log.locator('[data-role="agent"]', { hasText: "Hi, I'm Frontline" }).waitFor();
      await poll(() => after.log.locator('[data-role="agent"]').count()).toBe(1);
      await after.input.fill('My internet is down');
      await after.send.click();
      await after.log.locator('[data-role="agent"]', { hasText: /customer number/i }).waitFor();
      expect(swedish.errors).toEqual([]);
    },
  );

  it(
    'a message that does not get through is marked failed and is sent on retry; reconnect catch-up asks with a server id',
    T,
    async () => {
      const { page, errors } = await suite.newPage();
      // The "server" is down for the chat: the socket is refused and message posts fail.
      let up = false;
      await page.routeWebSocket(/\/api\/v1\/chat\/ws/, (ws) => {
        if (up) ws.connectToServer();
        else ws.close();
      });
      await page.route('**/api/v1/chat/conversations/*/messages', (route) =>
        !up && route.request().method() === 'POST' ? route.abort('connectionrefused') : route.continue(),
      );
      const catchUps: number[] = [];
      page.on('response', (r) => {
        if (/\/api\/v1\/chat\/conversations\/[^/]+\/messages\?after=/.test(r.url()))
          catchUps.push(r.status());
      });

      await page.goto('/');
      const w = widgetParts(page);
      await w.launcher.click();
      await w.log.locator('[data-role="agent"]').first().waitFor();
      await w.input.fill('mitt internet fungerar inte');
      await w.input.press('Enter');
      const mine = w.log.locator('[data-role="customer"]', { hasText: 'mitt internet fungerar inte' });
      await mine.getByText('Inte skickat.').waitFor();
      const retry = mine.getByRole('button', { name: 'Försök igen' });
      await retry.waitFor();
      await saveScreenshot(page, 'widget-message-failed', { fullPage: false });

      // The desk is reachable again: the socket reconnects and catches up after the last server message.
      up = true;
      await poll(() => catchUps.length).toBeGreaterThan(0);
      expect(catchUps.every((s) => s === 200)).toBe(true);
      await retry.click();
      await poll(() => mine.getByText('Inte skickat.').count()).toBe(0);
      await w.log.locator('[data-role="agent"]', { hasText: 'kundnummer' }).waitFor();
      expect(await w.log.locator('[data-role="customer"]').count()).toBe(1);
      expect(errors).toEqual([]);
    },
  );

  /**
   * A signed-in demo customer with this fault says what is wrong over the API; the agent fixes it and
   * the customer confirms, until the closing asks for the 1–5 score.
   */
  async function caseClosed(fault: string) {
    const customer = generateDemoIsp({ count: 6 }).subscribers.find((s) =>
      s.faults.some((f) => f.kind === fault),
    );
    if (!customer?.trySay) throw new Error(`no ${fault} subscriber among the demo subscribers`);
    const url = suite.demo.url;
    const chat = await startChat(url, { language: 'sv', customerNumber: customer.customerNumber });
    let last = await sendChat(url, chat, customer.trySay);
    for (let turn = 0; turn < 6 && last.replies.at(-1)?.askKey !== 'csat.score'; turn++) {
      const ask = last.replies.at(-1)?.askKey ?? '';
      last = await sendChat(url, chat, ask.startsWith('consent.') ? 'ja' : 'ja, nu fungerar det');
    }
    expect(last.replies.at(-1)).toMatchObject({ askKey: 'csat.score', final: true });
    // The case is closed, but the conversation has not ended: the desk waits for the score.
    expect(last.ended).toBe(false);
    return chat;
  }

  /** Opens the demo page with the widget resuming the conversation (as after a page reload in the same tab). */
  async function resumeInWidget(chat: Awaited<ReturnType<typeof startChat>>) {
    const { context, page, errors } = await suite.newPage();
    const session = { ...chat, lang: 'sv' };
    await context.addInitScript((s) => {
      sessionStorage.setItem('frontline.chat.v1', s);
      sessionStorage.setItem('frontline.chat.open', '1');
    }, JSON.stringify(session));
    await page.goto('/');
    return { page, errors, w: widgetParts(page) };
  }

  const scores = async (ticketId: string) =>
    (await suite.demo.desk.services.repos.tickets.timeline(ticketId)).flatMap((e) =>
      e.type === 'csat' ? [e.score] : [],
    );

  it(
    'the closing asks for the score: the customer clicks one in the widget and it lands on the ticket; then the conversation has ended (input hidden, "start a new conversation")',
    T,
    async () => {
      const chat = await caseClosed('dns_misconfigured');
      const { page, errors, w } = await resumeInWidget(chat);
      await w.log.locator('[data-role="agent"]', { hasText: 'Hur nöjd är du' }).waitFor();
      // The 1–5 options and the input are there; "ended" is not, yet.
      await poll(() => w.quick.allTextContents()).toEqual(['1', '2', '3', '4', '5']);
      expect(await w.input.isVisible()).toBe(true);
      expect(await w.restart.isVisible()).toBe(false);
      expect(await w.dialog.getByText('Samtalet är avslutat.').isVisible()).toBe(false);
      await saveScreenshot(page, 'widget-score-question', { fullPage: false });

      await w.quick.getByText('4', { exact: true }).click();
      await w.log.locator('[data-role="agent"]', { hasText: 'Tack för ditt omdöme!' }).waitFor();
      expect(await scores(chat.conversationId)).toEqual([4]);
      // Nothing more is asked: the conversation has ended, also for a widget that resumes it after a reload.
      for (const reload of [false, true]) {
        if (reload) await page.reload();
        await w.dialog.getByText('Samtalet är avslutat.').waitFor();
        await w.restart.waitFor();
        // The input used to stay (a CSS display overrode its hidden attribute).
        expect(await w.input.isVisible()).toBe(false);
        expect(await w.send.isVisible()).toBe(false);
        expect(await w.quick.count()).toBe(0);
      }
      expect(errors).toEqual([]);
    },
  );

  it(
    'at the score question the customer may write: a question is answered, the input stays, a typed score is taken',
    T,
    async () => {
      const chat = await caseClosed('cpe_hung');
      const { errors, w } = await resumeInWidget(chat);
      await w.quick.first().waitFor();
      const agent = w.log.locator('[data-role="agent"]');
      const before = await agent.count();
      await w.input.fill('kan det hända igen?');
      await w.input.press('Enter');
      await poll(() => agent.count()).toBeGreaterThan(before);
      // The score is still open: the customer can write, and "ended" does not show.
      expect(await w.input.isVisible()).toBe(true);
      expect(await w.restart.isVisible()).toBe(false);
      await w.input.fill('5');
      await w.input.press('Enter');
      await w.log.locator('[data-role="agent"]', { hasText: 'Tack för ditt omdöme!' }).waitFor();
      expect(await scores(chat.conversationId)).toEqual([5]);
      await w.dialog.getByText('Samtalet är avslutat.').waitFor();
      expect(errors).toEqual([]);
    },
  );

  it(
    'after a person takes over, "Support is typing…" goes away; links in a message are clickable',
    T,
    async () => {
      const { page, errors } = await suite.newPage();
      await page.goto('/');
      const w = widgetParts(page);
      await w.launcher.click();
      await w.log.locator('[data-role="agent"]').first().waitFor();
      await w.input.fill('jag vill ha hjälp med min router');
      await w.input.press('Enter');
      await poll(() => w.log.locator('[data-role="agent"]').count()).toBeGreaterThan(1);
      const reference = ((await w.dialog.getByText(/Ärende T-\d+/).textContent()) ?? '').replace(
        'Ärende ',
        '',
      );

      const staff = await staffSession(suite.demo.url, 'agent', 'agent-demo');
      expect((await staff.post(`/api/v1/console/tickets/${reference}/takeover`)).status).toBe(200);
      await w.log.locator('[data-role="system"]').first().waitFor();

      // The customer writes; the agent stays quiet because a person has the conversation.
      await w.input.fill('hallå?');
      await w.input.press('Enter');
      const typing = w.dialog.getByText('Supporten skriver…');
      await typing.waitFor();
      await poll(() => typing.count()).toBe(0);

      const reply = `Läs mer på ${suite.demo.url}/help/wifi?lang=sv eller /help.`;
      expect((await staff.post(`/api/v1/console/tickets/${reference}/reply`, { text: reply })).status).toBe(
        200,
      );
      const staffMsg = w.log.locator('[data-role="staff"]');
      await staffMsg.waitFor();
      const links = staffMsg.getByRole('link');
      await poll(() => links.count()).toBe(2);
      expect(await links.nth(0).getAttribute('href')).toBe(`${suite.demo.url}/help/wifi?lang=sv`);
      expect(await links.nth(1).getAttribute('href')).toBe(`${suite.demo.url}/help`);
      expect(errors).toEqual([]);
    },
  );
});
