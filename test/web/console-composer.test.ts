// Real-browser tests of the reply box when the agent sends again before the previous reply is
// through: each send waits its turn and goes out in the order written (none dropped), and a reply
// that cannot be sent comes back into the box, with every reply queued behind it, and says so.
// The first reply's request is held in the browser (page.route) so "still on its way" is certain,
// not a matter of timing.
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import {
  BROWSER_TEST as T,
  chatMessages,
  chatOverApi,
  consoleLogin,
  poll,
  SKIP_BROWSER,
  staffSession,
  useBrowserSuite,
  type ChatStart,
} from './helpers.js';

/** Holds the console's reply requests until the test lets each go on (or fail). */
async function holdReplies(page: Page) {
  const held: Route[] = [];
  let holding = true;
  await page.route('**/api/v1/console/tickets/*/reply', async (route) => {
    if (holding) held.push(route);
    else await route.continue();
  });
  return {
    count: () => held.length,
    /** Answers the oldest held request with a server error instead of sending it on. */
    fail: async () => {
      await held.shift()!.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Service unavailable', status: 503 }),
      });
    },
    /** Stops holding: the held requests and every later one go on to the desk. */
    release: async () => {
      holding = false;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

describe.skipIf(SKIP_BROWSER)('console reply box: replies sent in quick succession', () => {
  const suite = useBrowserSuite();

  /** A ticket in the agents' queue, opened by the agent in the console, with the reply box focused. */
  async function openTicket(opening: string): Promise<{ page: Page; errors: string[]; chat: ChatStart }> {
    const url = suite.demo.url;
    const chat = await chatOverApi(url, opening);
    const sup = await staffSession(url, 'supervisor', 'supervisor-demo');
    const escalated = await sup.post(`/api/v1/console/tickets/${chat.ticketReference}/escalate`, {
      queue: 'agents',
      reason: 'Kunden vill prata med en människa',
    });
    expect(escalated.status).toBe(200);
    const { page, errors } = await suite.newPage();
    await consoleLogin(page, url, 'agent', 'agent-demo');
    await page.goto(`${url}/console/tickets/${chat.ticketReference}`);
    await page.getByRole('heading', { name: chat.ticketReference, level: 1 }).waitFor();
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('composer-text');
    return { page, errors, chat };
  }

  const staffTexts = async (chat: ChatStart) =>
    (await chatMessages(suite.demo.url, chat)).filter((m) => m.role === 'staff').map((m) => m.text);

  it(
    'a reply sent while the previous one is on its way is sent after it, in order; none is dropped',
    T,
    async () => {
      const { page, errors, chat } = await openTicket('Mitt bredband är nere sedan i morse');
      const replies = await holdReplies(page);
      const box = page.locator('#composer-text');

      await page.keyboard.type('Hej! Jag tittar på det.');
      await page.keyboard.press('Enter');
      await poll(replies.count).toBe(1);
      // The first reply is on its way: the agent goes on writing and sends twice more.
      await page.keyboard.type('Ser att routern är ansluten.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Starta om den så återkommer jag.');
      await page.keyboard.press('Control+Enter');
      expect(await box.inputValue()).toBe('');
      await page.getByTestId('composer-waiting').getByText('Skickar (3 på väg)…').waitFor();
      // Only one reply is on its way at a time.
      expect(replies.count()).toBe(1);

      await replies.release();
      await poll(() => staffTexts(chat)).toEqual([
        'Hej! Jag tittar på det.',
        'Ser att routern är ansluten.',
        'Starta om den så återkommer jag.',
      ]);
      // The last one was "send and set status": waiting for the customer.
      await poll(() => page.getByTestId('ticket-status').getAttribute('data-status')).toBe(
        'pending_customer',
      );
      await poll(() => page.getByTestId('composer-waiting').textContent()).toBe('');
      expect(errors).toEqual([]);
    },
  );

  it(
    'a reply that cannot be sent comes back into the box with the ones queued behind it, and says so',
    T,
    async () => {
      const { page, errors, chat } = await openTicket('Min router blinkar rött');
      const replies = await holdReplies(page);
      const box = page.locator('#composer-text');

      await page.keyboard.type('Första svaret');
      await page.keyboard.press('Enter');
      await poll(replies.count).toBe(1);
      await page.keyboard.type('Andra svaret');
      await page.keyboard.press('Enter');
      await replies.fail();

      await page
        .getByRole('alert')
        .getByText(/Inte skickat, texten är tillbaka i svarsrutan/)
        .waitFor();
      await poll(() => box.inputValue()).toBe('Första svaret\n\nAndra svaret');
      expect(replies.count()).toBe(0);
      expect(await staffTexts(chat)).toEqual([]);

      // Sent again, it goes out.
      await replies.release();
      await box.focus();
      await page.keyboard.press('Enter');
      await poll(() => staffTexts(chat)).toEqual(['Första svaret\n\nAndra svaret']);
      expect(await box.inputValue()).toBe('');
      expect(errors).toEqual([]);
    },
  );
});
