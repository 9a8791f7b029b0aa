// Real-browser tests of the web UI: the customer demo page with the chat widget, the staff
// console (agent) and the supervisor dashboard, driven with playwright-core on a system Chromium
// against a real desk running the demo ISP. Skipped when no Chromium is installed, unless
// FRONTLINE_REQUIRE_BROWSER=1 (then a missing browser fails the run).
import { describe, expect, it } from 'vitest';
import {
  BROWSER_TEST as T,
  chatOverApi,
  consoleLogin,
  poll,
  SKIP_BROWSER,
  useBrowserSuite,
} from './helpers.js';

describe.skipIf(SKIP_BROWSER)('web UI in a real browser', () => {
  const suite = useBrowserSuite();
  const newPage = () => suite.newPage();

  it(
    'customer demo page: the widget chats, a signed-in customer gets quick replies that send',
    { timeout: 240_000 },
    async () => {
      const { page, errors } = await newPage();
      await page.goto('/');
      await poll(() => page.title()).toContain('Demo Bredband');

      // Anonymous chat from the widget's own launcher.
      const widget = page.locator('#frontline-widget');
      const launcher = widget.getByRole('button', { name: 'Chatta med support' });
      await launcher.click();
      await poll(() => launcher.getAttribute('aria-expanded')).toBe('true');
      const dialog = page.getByRole('dialog', { name: / – Demo Bredband AB$/ });
      await dialog.waitFor();
      const log = dialog.getByRole('log', { name: 'Meddelanden' });
      await log.locator('[data-role="agent"]').first().waitFor();

      // Focus lands in the message field; mark the greeting to see that the log is not redrawn.
      const input = dialog.getByLabel('Skriv ditt meddelande…');
      await poll(() => input.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(
        true,
      );
      await log
        .locator('[data-role="agent"]')
        .first()
        .evaluate((el) => el.setAttribute('data-test-mark', 'greeting'));
      await input.fill('mitt internet fungerar inte');
      await dialog.getByRole('button', { name: 'Skicka' }).click();
      await log.locator('[data-role="customer"]', { hasText: 'mitt internet fungerar inte' }).waitFor();
      // Without signing in the agent first asks who the customer is.
      await log.locator('[data-role="agent"]', { hasText: 'kundnummer' }).waitFor();
      await poll(() => input.inputValue()).toBe('');
      // The aria-live log only appended: the greeting is the same element (no re-announcement).
      expect(await log.locator('[data-test-mark="greeting"]').count()).toBe(1);
      expect(await log.locator('[data-role="customer"]').count()).toBe(1);

      // Escape closes the panel and gives focus back to the launcher.
      await input.press('Escape');
      await poll(() => launcher.getAttribute('aria-expanded')).toBe('false');
      await poll(() => dialog.isHidden()).toBe(true);

      // Sign in as a demo customer: the widget starts a new, identified conversation.
      const picker = page.getByLabel('Kund', { exact: true });
      await poll(() => picker.locator('option').count()).toBeGreaterThan(1);
      const chosen = (await picker.locator('option').nth(2).textContent()) ?? '';
      const firstName = chosen.split(' ')[0];
      await picker.selectOption({ index: 2 });
      await page.getByRole('button', { name: 'Logga in och chatta' }).click();
      await page.getByRole('status').filter({ hasText: 'Inloggad som' }).waitFor();
      await dialog.waitFor();
      await log.locator('[data-role="agent"]', { hasText: `Hej ${firstName}` }).waitFor();
      await poll(() => log.locator('[data-role="customer"]').count()).toBe(0);
      await poll(() => dialog.getByText(/Ärende T-\d+/).count()).toBe(1);

      await input.fill('mitt internet fungerar inte');
      await input.press('Enter');
      await log.locator('[data-role="customer"]', { hasText: 'mitt internet fungerar inte' }).waitFor();

      // The agent diagnoses the line and asks a question with quick replies.
      const quick = dialog.getByRole('group', { name: 'Snabbsvar' }).getByRole('button');
      // The diagnosis talks to the simulated router; on a loaded machine that can take a while.
      await quick
        .first()
        .waitFor({ timeout: 100_000 })
        .catch(async (err: unknown) => {
          throw new Error(
            `no quick replies; the conversation shows: ${JSON.stringify(await log.allInnerTexts())}`,
            { cause: err },
          );
        });
      // The last option ("Nej", "Det kan jag inte", "5") never starts a slow router job.
      const option = (await quick.last().textContent()) ?? '';
      expect(option.length).toBeGreaterThan(0);
      const agentBefore = await log.locator('[data-role="agent"]').count();
      await quick.last().click();
      await log.locator('[data-role="customer"]', { hasText: option }).waitFor();
      await poll(() => log.locator('[data-role="agent"]').count()).toBeGreaterThan(agentBefore);

      // A reload keeps the conversation (sessionStorage) and the open panel.
      const shown = await log.locator('.msg').count();
      await page.reload();
      await dialog.waitFor();
      await log.locator('[data-role="customer"]', { hasText: option }).waitFor();
      await poll(() => log.locator('.msg').count()).toBe(shown);

      expect(errors).toEqual([]);
    },
  );

  it(
    'console: an agent signs in with Enter, opens a ticket from the queue and adds an internal note',
    T,
    async () => {
      const problemText = 'Routern blinkar rött och inget internet i lägenheten';
      const chat = await chatOverApi(suite.demo.url, problemText);
      const { page, errors } = await newPage();

      // A wrong password is announced; the form is submitted with Enter from the keyboard.
      await page.goto('/console');
      await page.getByRole('heading', { name: 'Frontline konsol' }).waitFor();
      const user = page.getByLabel('Användarnamn');
      await poll(() => user.evaluate((el) => el === document.activeElement)).toBe(true);
      await user.fill('agent');
      await page.getByLabel('Lösenord').fill('wrong-password');
      await page.getByLabel('Lösenord').press('Enter');
      await page.getByRole('alert').filter({ hasText: 'Fel användarnamn eller lösenord' }).waitFor();

      await consoleLogin(page, suite.demo.url, 'agent', 'agent-demo');
      await page.getByText('Alex Agent').waitFor();
      // The live-update socket connects.
      await poll(() => page.getByTestId('live').textContent()).toBe('Live');
      // The skip link moves focus to the main content.
      const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
      await skip.focus();
      await skip.press('Enter');
      await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      // Agents do not get the supervisor pages.
      const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
      await nav.getByRole('link', { name: 'Köer' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Översikt' }).count()).toBe(0);

      // The queue view lists the chat's ticket.
      await page.getByRole('heading', { name: 'Köer', level: 1 }).waitFor();
      const tickets = page.getByRole('table');
      const link = tickets.getByRole('link', { name: chat.ticketReference, exact: true });
      await link.waitFor();
      expect(await page.getByTestId('ticket-row').count()).toBeGreaterThan(0);

      // Full-text search on the customer's words narrows the list to that ticket.
      await page.getByRole('searchbox', { name: 'Sök' }).fill('lägenheten');
      await page.getByRole('searchbox', { name: 'Sök' }).press('Enter');
      await poll(() => decodeURIComponent(page.url())).toContain('q=lägenheten');
      await poll(() => page.getByTestId('ticket-row').count()).toBe(1);

      await link.click();
      await page.getByRole('heading', { name: chat.ticketReference, level: 1 }).waitFor();
      expect(page.url()).toMatch(/\/console\/tickets\/[^/]+$/);
      const timeline = page.getByRole('list', { name: 'Tidslinje' });
      await timeline.getByTestId('ev-message_in').filter({ hasText: problemText }).waitFor();

      // An internal note appears on the timeline.
      const note = `Kunden ringer från jobbet, nås efter 17 (${chat.ticketReference})`;
      await page.getByRole('radio', { name: 'Intern anteckning' }).check();
      await page.getByLabel('Intern anteckning (syns inte för kunden)').fill(note);
      await page.getByRole('button', { name: 'Spara anteckning' }).click();
      await page.getByRole('status').filter({ hasText: 'Sparat.' }).waitFor();
      await timeline.getByTestId('ev-note').filter({ hasText: note }).waitFor();
      await poll(() => page.getByLabel('Intern anteckning (syns inte för kunden)').inputValue()).toBe('');

      // Switch the console to English and back.
      const language = page.getByLabel('Språk');
      await language.selectOption('en');
      await page.getByRole('heading', { name: 'Timeline' }).waitFor();
      await page
        .getByRole('list', { name: 'Timeline' })
        .getByTestId('ev-note')
        .filter({ hasText: note })
        .waitFor();
      await poll(() => page.locator('html').getAttribute('lang')).toBe('en');
      await page.getByLabel('Language').selectOption('sv');
      await page.getByRole('heading', { name: 'Tidslinje' }).waitFor();
      await poll(() => page.locator('html').getAttribute('lang')).toBe('sv');

      // Back to the queues through the in-app link.
      await page.getByRole('link', { name: /Tillbaka till köerna/ }).click();
      await page.getByRole('heading', { name: 'Köer', level: 1 }).waitFor();

      expect(errors).toEqual([]);
    },
  );

  it('supervisor dashboard: charts render and the CSV exports answer', T, async () => {
    await chatOverApi(suite.demo.url, 'wifi fungerar inte i sovrummet');
    const { page, errors } = await newPage();
    await consoleLogin(page, suite.demo.url, 'supervisor', 'supervisor-demo');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('heading', { name: 'Översikt', level: 1 }).waitFor();
    await poll(() => page.url()).toMatch(/\/console\/dashboard$/);

    // Charts: a drawn canvas inside a labelled image region, with the numbers as a table too.
    const chart = page.getByTestId('chart-volume-hour');
    await chart.getByRole('img', { name: 'Volym per timme' }).waitFor();
    const canvas = chart.locator('canvas');
    await canvas.waitFor();
    const size = await canvas.boundingBox();
    expect(size?.width ?? 0).toBeGreaterThan(0);
    expect(size?.height ?? 0).toBeGreaterThan(0);
    expect(await page.locator('[data-testid^="chart-"] canvas').count()).toBe(4);
    await page.getByTestId('stat-conversations').waitFor();

    // The insights CSV link answers with the session's cookies.
    const csvLink = page.getByRole('link', { name: 'Kvalitetsinsikter (CSV)' });
    const href = await csvLink.getAttribute('href');
    expect(href).toBeTruthy();
    const res = await page.request.get(new URL(href!, suite.demo.url).toString());
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/csv');
    expect((await res.text()).split('\n')[0].length).toBeGreaterThan(0);
    // Without the session cookie the export is refused.
    const anonymous = await fetch(new URL(href!, suite.demo.url));
    expect(anonymous.status).toBe(401);

    // The stats CSV is built in the page and downloaded.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportera CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^frontline-stats-\d{4}-\d{2}-\d{2}\.csv$/);

    expect(errors).toEqual([]);
  });
});
