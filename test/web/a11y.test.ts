// axe-core on every page of the desk: the demo page with the chat open, the console's sign-in page,
// each console page as an agent and as a supervisor, the audit log and the help centre; and the audit-log view's filter.
import { describe, expect, it } from 'vitest';
import { generateDemoIsp } from '../../sim/index.js';
import {
  axeViolations,
  BROWSER_TEST as T,
  consoleLogin,
  PHONE,
  poll,
  sendChat,
  SKIP_BROWSER,
  staffSession,
  startChat,
  useBrowserSuite,
} from './helpers.js';

describe.skipIf(SKIP_BROWSER)('accessibility (axe) in a real browser', () => {
  const suite = useBrowserSuite();

  it('demo page and widget, desktop and phone: no axe violations', T, async () => {
    for (const viewport of [undefined, PHONE]) {
      const { page } = await suite.newPage({ bypassCSP: true, viewport });
      await page.goto('/');
      await page.locator('#frontline-widget').getByRole('button', { name: 'Chatta med support' }).click();
      await page.getByRole('dialog').getByRole('log').locator('[data-role="agent"]').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  it('console sign-in page, desktop and phone: no axe violations', T, async () => {
    for (const viewport of [undefined, PHONE]) {
      const { page, errors } = await suite.newPage({ bypassCSP: true, viewport });
      await page.goto('/console');
      await page.getByLabel('Lösenord').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    }
  });

  it(
    'console pages (queues, ticket, dashboard, QA, knowledge base, audit log): no axe violations',
    T,
    async () => {
      // A signed-in customer: the portal session's verification is in the audit log.
      const customer = generateDemoIsp({ count: 6 }).subscribers[1];
      const chat = await startChat(suite.demo.url, { customerNumber: customer.customerNumber });
      await sendChat(suite.demo.url, chat, 'Mitt wifi försvinner hela tiden');
      const { page, errors } = await suite.newPage({ bypassCSP: true });
      await consoleLogin(page, suite.demo.url, 'supervisor', 'supervisor-demo');
      await page.getByTestId('ticket-row').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`/console/tickets/${chat.ticketReference}`);
      await page.getByRole('heading', { name: chat.ticketReference, level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Kör diagnostik' }).click();
      await page.getByTestId('diagnosis').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
      await nav.getByRole('link', { name: 'Översikt' }).click();
      await page.getByTestId('stat-conversations').waitFor();
      await page.locator('[data-testid^="chart-"] canvas').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // Each chart's canvas is named with its title and numbers.
      expect(await page.getByTestId('chart-volume-hour').getByRole('img').getAttribute('aria-label')).toMatch(
        /^Volym per timme: 00 \d+/,
      );

      await nav.getByRole('link', { name: 'Kvalitetsgranskning' }).click();
      await page.getByRole('heading', { name: 'Kvalitetsgranskning', level: 1 }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await nav.getByRole('link', { name: 'Kunskapsbank' }).click();
      await page.getByRole('button', { name: 'Ny artikel' }).click();
      await page.getByLabel('Text (Markdown)').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // The audit log: the customer's verification is there, filtered by the customer.
      await nav.getByRole('link', { name: 'Granskningslogg' }).click();
      await page.getByRole('heading', { name: 'Granskningslogg', level: 1 }).waitFor();
      await page.getByLabel('Kundnummer').fill(customer.customerNumber);
      await page.getByRole('button', { name: 'Filtrera' }).click();
      await page.getByTestId('audit-row').filter({ hasText: 'identity.verified' }).first().waitFor();
      await page.getByLabel('Utförd av').fill('tier2');
      await page.getByRole('button', { name: 'Filtrera' }).click();
      await poll(() => page.getByTestId('audit-row').filter({ hasText: 'identity.verified' }).count()).toBe(
        0,
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it(
    "a router's tasks page, desktop and phone: no axe violations, nothing wider than the screen",
    T,
    async () => {
      const sup = await staffSession(suite.demo.url, 'supervisor', 'supervisor-demo');
      let id = '';
      await poll(async () => {
        const list = await sup.get<{ items: { id: string; status: string }[] }>('/api/v1/devices');
        id = list.body.items.find((d) => d.status === 'online')?.id ?? '';
        return id;
      }).not.toBe('');
      for (const viewport of [undefined, PHONE]) {
        const { page, errors } = await suite.newPage({ bypassCSP: true, viewport });
        await consoleLogin(page, suite.demo.url, 'supervisor', 'supervisor-demo');
        await page.goto(`/console/routers/${encodeURIComponent(id)}/tasks`);
        await page.locator('#router-tasks-h').waitFor();
        await page.getByTestId('router-summary').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        if (viewport)
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
            PHONE.width,
          );
        expect(errors).toEqual([]);
      }
    },
  );

  it(
    'console on a phone (queues and a ticket): no axe violations, nothing wider than the screen',
    T,
    async () => {
      const chat = await startChat(suite.demo.url, {});
      await sendChat(suite.demo.url, chat, 'Internet är nere');
      const { page, errors } = await suite.newPage({ bypassCSP: true, viewport: PHONE });
      await consoleLogin(page, suite.demo.url, 'agent', 'agent-demo');
      await page.getByTestId('ticket-row').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await page.goto(`/console/tickets/${chat.ticketReference}`);
      await page.getByRole('heading', { name: chat.ticketReference, level: 1 }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      expect(errors).toEqual([]);
    },
  );

  it(
    'supervisor pages on a phone (dashboard, QA, knowledge base, audit log): no axe violations, nothing wider than the screen',
    T,
    async () => {
      const chat = await startChat(suite.demo.url, {});
      await sendChat(suite.demo.url, chat, 'Internet är nere');
      const { page, errors } = await suite.newPage({ bypassCSP: true, viewport: PHONE });
      await consoleLogin(page, suite.demo.url, 'supervisor', 'supervisor-demo');
      await page.getByTestId('ticket-row').first().waitFor();
      const pages: [string, () => Promise<void>][] = [
        ['/console/dashboard', () => page.locator('[data-testid^="chart-"] canvas').first().waitFor()],
        ['/console/qa', () => page.getByRole('heading', { name: 'Kvalitetsgranskning', level: 1 }).waitFor()],
        ['/console/kb', () => page.getByRole('button', { name: 'Ny artikel' }).waitFor()],
        ['/console/audit', () => page.getByRole('heading', { name: 'Granskningslogg', level: 1 }).waitFor()],
      ];
      for (const [path, ready] of pages) {
        await page.goto(path);
        await ready();
        expect(await axeViolations(page), path).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(
          PHONE.width,
        );
      }
      expect(errors).toEqual([]);
    },
  );

  it('help centre: no axe violations', T, async () => {
    const { page } = await suite.newPage({ bypassCSP: true });
    await page.goto('/help?lang=sv');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
