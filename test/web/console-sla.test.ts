// Real-browser test of SLA in the console: the queue's SLA column shows business time left, about
// to breach, breached and paused (waiting for the customer), sorts by time left, and the agent's
// notifications and the supervisor's dashboard warn about the tickets near or past their SLA time.
import { describe, expect, it } from 'vitest';
import {
  BROWSER_TEST as T,
  chatOverApi,
  consoleLogin,
  poll,
  saveScreenshot,
  SKIP_BROWSER,
  staffSession,
  useBrowserSuite,
} from './helpers.js';

describe.skipIf(SKIP_BROWSER)('SLA in the console in a real browser', () => {
  const suite = useBrowserSuite();

  it('queue SLA column, sorting by time left, SLA notifications and the dashboard warnings', T, async () => {
    const url = suite.demo.url;
    const sup = await staffSession(url, 'supervisor', 'supervisor-demo');
    const [late, soon, waiting] = await Promise.all([
      chatOverApi(url, 'Mitt bredband är nere sedan i går kväll'),
      chatOverApi(url, 'Routern startar om sig själv hela tiden'),
      chatOverApi(url, 'Min tv-box hittar inte nätet'),
    ]);
    for (const chat of [late, soon, waiting]) {
      expect(
        (
          await sup.post(`/api/v1/console/tickets/${chat.ticketReference}/escalate`, {
            queue: 'agents',
            reason: 'Kunden vill prata med en människa',
          })
        ).status,
      ).toBe(200);
    }
    expect(
      (
        await sup.post(`/api/v1/console/tickets/${waiting.ticketReference}/status`, {
          status: 'pending_customer',
        })
      ).status,
    ).toBe(200);
    // Due times a few minutes past and half an hour ahead (business time left is never more than that).
    const db = suite.demo.desk.services.repos.db;
    const setDue = (ref: string, ms: number) =>
      db
        .updateTable('tickets')
        .set({ sla_due_at: new Date(Date.now() + ms).toISOString() })
        .where('reference', '=', ref)
        .execute();
    await setDue(late.ticketReference, -5 * 60_000);
    await setDue(soon.ticketReference, 30 * 60_000);

    const { page, errors } = await suite.newPage();
    await consoleLogin(page, url, 'agent', 'agent-demo');
    await page.goto('/console?queue=agents&sort=sla');
    const rows = page.getByTestId('ticket-row');
    const row = (ref: string) => rows.filter({ has: page.getByRole('link', { name: ref, exact: true }) });
    await row(waiting.ticketReference).waitFor();
    await poll(async () => (await row(late.ticketReference).getByTestId('sla').textContent()) ?? '').toMatch(
      /^försenad \d+ (s|min)$/,
    );
    expect(await row(soon.ticketReference).getByTestId('sla').textContent()).toMatch(
      /^snart försenad: \d+ (s|min) kvar$/,
    );
    expect(await row(waiting.ticketReference).getByTestId('sla').textContent()).toBe('pausad (väntar)');
    // Sorted by SLA: breached first, then the one about to breach, the paused one last.
    const order = await rows.getByRole('link').allTextContents();
    expect(order).toEqual([late.ticketReference, soon.ticketReference, waiting.ticketReference]);
    await saveScreenshot(page, 'console-queue-sla', { fullPage: false });

    // The agent (the agents queue, nobody owns the tickets yet) is told about both.
    const badge = page.getByTestId('notifications');
    await poll(async () => ((await badge.locator('.count').textContent()) ?? '').trim()).toBe('2');
    await badge.click();
    const list = page.getByRole('list', { name: 'Aviseringar' });
    for (const ref of [late.ticketReference, soon.ticketReference]) {
      await list.getByRole('link', { name: `SLA-tiden för ${ref} går snart ut eller har gått ut` }).waitFor();
    }
    await list.getByRole('link', { name: new RegExp(soon.ticketReference) }).click();
    await page.getByRole('heading', { name: soon.ticketReference, level: 1 }).waitFor();
    expect(await page.getByTestId('ticket-sla').textContent()).toMatch(/^snart försenad/);

    // The supervisor's dashboard warns per queue.
    const dash = await suite.newPage();
    await consoleLogin(dash.page, url, 'supervisor', 'supervisor-demo');
    await dash.page.goto('/console/dashboard');
    await poll(async () => (await dash.page.getByTestId('sla-warnings').textContent()) ?? '').toContain(
      'Kundtjänst: 1 försenade, 1 inom en timme kontorstid',
    );
    expect([...errors, ...dash.errors]).toEqual([]);
  });
});
