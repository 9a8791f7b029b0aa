// Real-browser tests of the console's daily desk work: the queue list (open tickets only by
// default, no empty chats, customer / last message / waiting columns, "next ticket"), the ticket
// workspace (Enter sends, Shift+Enter is a new line, send and set status, move keeps the assignee,
// errors look like errors) and saving a QA review. Screenshots go to test-artifacts/screenshots/.
import { describe, expect, it } from 'vitest';
import {
  BROWSER_TEST as T,
  chatMessages,
  chatOverApi,
  consoleLogin,
  converseUntilEnded,
  PHONE,
  poll,
  saveScreenshot,
  sendChat,
  SKIP_BROWSER,
  staffSession,
  startChat,
  useBrowserSuite,
} from './helpers.js';

interface TicketBody {
  ticket: { id: string; reference: string; status: string; assignee: string | null; queue: string | null };
}

describe.skipIf(SKIP_BROWSER)('console desk work in a real browser', () => {
  const suite = useBrowserSuite();

  it(
    'queue: open tickets only by default, no chat nobody wrote in, customer and last message shown, "next ticket" opens one',
    T,
    async () => {
      const url = suite.demo.url;
      const written = await chatOverApi(url, 'Mitt bredband är nere sedan i går kväll');
      const empty = await startChat(url);
      const done = await chatOverApi(url, 'Min router piper konstigt');
      const sup = await staffSession(url, 'supervisor', 'supervisor-demo');
      expect(
        (
          await sup.post(`/api/v1/console/tickets/${done.ticketReference}/resolve`, {
            summary: 'Löst i telefon',
          })
        ).status,
      ).toBe(200);

      const { page, errors } = await suite.newPage();
      await consoleLogin(page, url, 'agent', 'agent-demo');
      await page.getByRole('heading', { name: 'Köer', level: 1 }).waitFor();
      const rows = page.getByTestId('ticket-row');
      const row = (ref: string) => rows.filter({ has: page.getByRole('link', { name: ref, exact: true }) });
      await row(written.ticketReference).waitFor();
      // "Alla öppna" (the default) does not list the resolved ticket; the empty chat is in no list.
      expect(await page.getByLabel('Status').locator('option:checked').textContent()).toBe('Alla öppna');
      expect(await row(done.ticketReference).count()).toBe(0);
      expect(await row(empty.ticketReference).count()).toBe(0);
      // The last message of the conversation is shown (the agent answered, so nobody is waiting).
      const last = (await chatMessages(url, written)).at(-1)!;
      await poll(
        async () =>
          (await row(written.ticketReference).getByTestId('last-message').getAttribute('title')) ?? '',
      ).toBe(last.text.slice(0, 140));
      expect(((await row(written.ticketReference).getByTestId('waiting').textContent()) ?? '').trim()).toBe(
        '–',
      );
      await saveScreenshot(page, 'console-queue', { fullPage: false });

      await page.getByLabel('Status').selectOption({ label: 'Alla (även lösta)' });
      await row(done.ticketReference).getByText('Löst', { exact: true }).waitFor();
      expect(await row(empty.ticketReference).count()).toBe(0);
      await page.getByLabel('Status').selectOption({ label: 'Alla öppna' });
      await poll(() => row(done.ticketReference).count()).toBe(0);

      // "Next ticket" opens the open, unassigned ticket that has waited longest.
      await page.getByRole('button', { name: 'Nästa ärende' }).click();
      await page.getByRole('heading', { level: 1, name: /^T-\d+/ }).waitFor();
      expect(page.url()).toMatch(/\/console\/tickets\/[^/]+$/);
      expect(errors).toEqual([]);
    },
  );

  it(
    'ticket: Enter sends and Shift+Enter makes a new line; send and set status; move to a queue keeps the assignee; errors are alerts',
    T,
    async () => {
      const url = suite.demo.url;
      const chat = await chatOverApi(url, 'Jag behöver hjälp med min faktura och mitt wifi');
      const { page, errors } = await suite.newPage();
      await consoleLogin(page, url, 'supervisor', 'supervisor-demo');
      await page.goto(`/console/tickets/${chat.ticketReference}`);
      await page.getByRole('heading', { name: chat.ticketReference, level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Ta över samtalet' }).click();
      await page.getByText('Övertaget av supervisor').waitFor();

      // Enter sends the reply (Shift+Enter first adds a second line); the customer's chat gets it.
      const box = page.getByLabel('Svar till kunden (skickas i ärendets kanal)');
      await box.fill('Hej! Jag tittar på det nu.');
      await box.press('Shift+Enter');
      await box.pressSequentially('Återkommer strax.');
      expect(await box.inputValue()).toBe('Hej! Jag tittar på det nu.\nÅterkommer strax.');
      await box.press('Enter');
      await poll(() => box.inputValue()).toBe('');
      await poll(async () =>
        (await chatMessages(url, chat)).filter((m) => m.role === 'staff').map((m) => m.text),
      ).toEqual(['Hej! Jag tittar på det nu.\nÅterkommer strax.']);

      // A macro fills the reply; "send and set status" sends it and sets the ticket waiting for the customer.
      await page.getByLabel('Makro').selectOption({ label: 'Be kunden starta om routern (/restart-router)' });
      expect(await box.inputValue()).toContain('strömsladden');
      await page.getByLabel('Status efter svaret').selectOption('pending_customer');
      await page.getByRole('button', { name: 'Skicka och sätt status' }).click();
      await poll(() => page.getByTestId('ticket-status').textContent()).toBe('Väntar på kund');

      // Moving the ticket to another queue (saved on choosing it) keeps its assignee.
      await page.getByLabel('Flytta till kö').selectOption({ label: 'Fälttekniker' });
      await page.getByTestId('status-msg').filter({ hasText: 'Sparat.' }).waitFor();
      const sup = await staffSession(url, 'supervisor', 'supervisor-demo');
      await poll(
        async () =>
          (await sup.get<TicketBody>(`/api/v1/console/tickets/${chat.ticketReference}`)).body.ticket,
      ).toMatchObject({
        queue: 'field',
        assignee: 'supervisor',
      });

      // A failure is an alert, not a quiet "Saved.".
      await page.route('**/api/v1/console/tickets/*/reply', (route) =>
        route.fulfill({
          status: 502,
          contentType: 'application/problem+json',
          body: JSON.stringify({ title: 'Bad gateway', status: 502 }),
        }),
      );
      await box.fill('Det här går inte fram');
      await box.press('Enter');
      const alert = page.getByRole('alert').filter({ hasText: 'Något gick fel' });
      await alert.waitFor();
      expect(await page.getByRole('status').filter({ hasText: 'Sparat.' }).count()).toBe(0);
      await page.unroute('**/api/v1/console/tickets/*/reply');
      await saveScreenshot(page, 'console-ticket-workspace', { fullPage: false });
      expect(errors).toEqual([]);
    },
  );

  it(
    'ticket workspace on a desktop: the conversation first (newest at the bottom), a message arriving is marked and scrolled to, a resolved ticket reopens',
    T,
    async () => {
      const url = suite.demo.url;
      const chat = await chatOverApi(url, 'Mitt internet är nere sedan i morse');
      const { page, errors } = await suite.newPage({ viewport: { width: 1440, height: 900 } });
      await consoleLogin(page, url, 'agent', 'agent-demo');
      await page.goto(`/console/tickets/${chat.ticketReference}`);
      const timeline = page.getByRole('list', { name: 'Tidslinje' });
      const first = timeline.getByTestId('ev-message_in').first();
      await first.getByText('Mitt internet är nere sedan i morse').waitFor();
      // The customer's first message is on the first screen (it used to start below six forms, at y≈894).
      const at = await first.boundingBox();
      expect(at && at.y + at.height).toBeLessThanOrEqual(900);
      // Oldest first, newest at the bottom.
      const times = await timeline
        .locator('time')
        .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
      expect(times).toEqual([...times].sort());

      // The customer writes while the page is open: marked as new, and the conversation scrolls to it.
      await sendChat(url, chat, 'Hallå? Är ni kvar?');
      const arrived = timeline.getByTestId('ev-message_in').filter({ hasText: 'Hallå? Är ni kvar?' });
      await arrived.getByText('Nytt', { exact: true }).waitFor();
      await page.getByTestId('fresh-count').getByText('1 nya').waitFor();
      const scroller = page.locator('.conv-scroll');
      await poll(() =>
        scroller.evaluate((el) => Math.abs(el.scrollHeight - el.clientHeight - el.scrollTop) <= 2),
      ).toBe(true);

      // Resolved, the ticket offers "Öppna igen", which opens it again.
      const sup = await staffSession(url, 'supervisor', 'supervisor-demo');
      await sup.post(`/api/v1/console/tickets/${chat.ticketReference}/resolve`, {
        summary: 'Löst i telefon',
      });
      const status = page.getByTestId('ticket-status');
      await poll(() => status.getAttribute('data-status')).toBe('resolved');
      await page.getByRole('button', { name: 'Öppna igen' }).click();
      await poll(() => status.getAttribute('data-status')).toBe('open');
      expect(errors).toEqual([]);
    },
  );

  it('ticket page on a phone: the conversation and the reply box come first', T, async () => {
    const chat = await chatOverApi(suite.demo.url, 'Internet är långsamt på kvällen');
    const { page, errors } = await suite.newPage({ viewport: PHONE });
    await consoleLogin(page, suite.demo.url, 'agent', 'agent-demo');
    await page.goto(`/console/tickets/${chat.ticketReference}`);
    const first = page.getByRole('list', { name: 'Tidslinje' }).getByTestId('ev-message_in').first();
    await first.waitFor();
    // Without scrolling the page: the customer's message is on the first screen, the reply box right after it.
    await first.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeLessThanOrEqual(PHONE.height / 2);
    const reply = page.getByLabel('Svar till kunden (skickas i ärendets kanal)');
    const box = await reply.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height * 1.5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await saveScreenshot(page, 'phone-console-ticket', { fullPage: false });
    expect(errors).toEqual([]);
  });

  it(
    'notifications: a ticket landing in my queue and a customer reply on my ticket show in the header badge',
    T,
    async () => {
      const url = suite.demo.url;
      const { page, errors } = await suite.newPage();
      await consoleLogin(page, url, 'agent', 'agent-demo');
      await poll(() => page.getByTestId('live').textContent()).toBe('Live');
      const badge = page.getByTestId('notifications');

      const chat = await startChat(url, { language: 'sv' });
      await converseUntilEnded(url, chat, 'Jag vill prata med en människa', 'sv');
      await badge.click();
      const list = page.getByRole('list', { name: 'Aviseringar' });
      await list.getByRole('link', { name: `Nytt ärende i din kö: ${chat.ticketReference}` }).waitFor();

      // Taking the ticket clears its notice; the customer's next message notifies the owner.
      await list.getByRole('link', { name: `Nytt ärende i din kö: ${chat.ticketReference}` }).click();
      await page.getByRole('heading', { name: chat.ticketReference, level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Ta över samtalet' }).click();
      await page.getByText('Övertaget av agent').waitFor();
      await page.getByRole('link', { name: /Tillbaka till köerna/ }).click();
      await sendChat(url, chat, 'Hallå, är det någon där?');
      await poll(async () => ((await badge.locator('.count').textContent()) ?? '').trim()).toBe('1');
      await badge.click();
      await list.getByRole('link', { name: `Kunden har svarat på ${chat.ticketReference}` }).waitFor();
      expect(errors).toEqual([]);
    },
  );

  it(
    'e-mail notifications: an agent asks for mail about new tickets in the queue and gets one when a ticket lands there',
    T,
    async () => {
      const url = suite.demo.url;
      const { page, errors } = await suite.newPage();
      await consoleLogin(page, url, 'agent', 'agent-demo');
      await page.getByTestId('notifications').click();
      const form = page.getByRole('form', { name: 'Aviseringar med e-post' });
      await form.getByLabel('E-postadress').fill('alex.agent@isp.example');
      await form.getByLabel('Nya ärenden i mina köer').check();
      await form.getByRole('button', { name: 'Spara' }).click();
      await form.getByRole('status').getByText('Sparat.').waitFor();

      const chat = await chatOverApi(url, 'Min router blinkar rött');
      const sup = await staffSession(url, 'supervisor', 'supervisor-demo');
      expect(
        (
          await sup.post(`/api/v1/console/tickets/${chat.ticketReference}/escalate`, {
            queue: 'agents',
            reason: 'Kunden vill prata med en människa',
          })
        ).status,
      ).toBe(200);
      const mailed = async () =>
        (await suite.demo.desk.services.caps.emailStore.outbox())
          .filter((m) => m.to === 'alex.agent@isp.example')
          .map((m) => m.subject);
      await poll(mailed).toEqual([`Frontline: Nytt ärende i din kö: ${chat.ticketReference}`]);
      expect(errors).toEqual([]);
    },
  );

  it(
    'a ticket moved into my queue: the header badge, a browser notification and an e-mail, each saying it was moved',
    T,
    async () => {
      const url = suite.demo.url;
      const { context, page, errors } = await suite.newPage();
      // The browser's notification API, recorded (a headless browser shows none).
      await context.addInitScript(() => {
        const shown: string[] = [];
        Object.assign(window, { shownNotifications: shown });
        window.Notification = class {
          static permission: NotificationPermission = 'granted';
          static requestPermission = () => Promise.resolve('granted' as NotificationPermission);
          constructor(title: string) {
            shown.push(title);
          }
        } as unknown as typeof Notification;
      });
      await consoleLogin(page, url, 'tier2', 'tier2-demo');
      await page.getByTestId('notifications').click();
      const form = page.getByRole('form', { name: 'Aviseringar med e-post' });
      await form.getByLabel('E-postadress').fill('tove.tier2@isp.example');
      await form.getByLabel('Nya ärenden i mina köer').check();
      await form.getByRole('button', { name: 'Spara' }).click();
      await form.getByRole('status').getByText('Sparat.').waitFor();
      await page.getByTestId('notifications').click();
      await poll(() => page.getByTestId('live').textContent()).toBe('Live');

      // A ticket in the agents' queue, owned by the agent, who moves it to Tier 2 (keeping it).
      const chat = await chatOverApi(url, 'Min router startar om hela tiden');
      const sup = await staffSession(url, 'supervisor', 'supervisor-demo');
      const ref = chat.ticketReference;
      await sup.post(`/api/v1/console/tickets/${ref}/escalate`, {
        queue: 'agents',
        reason: 'Vill ha en person',
      });
      await sup.post(`/api/v1/console/tickets/${ref}/assign`, { assignee: 'agent' });
      const agent = await staffSession(url, 'agent', 'agent-demo');
      expect((await agent.post(`/api/v1/console/tickets/${ref}/assign`, { queue: 'tier2' })).status).toBe(
        200,
      );

      const words = `Ärende flyttat till din kö: ${ref}`;
      const badge = page.getByTestId('notifications');
      await poll(async () => ((await badge.locator('.count').textContent()) ?? '').trim()).toBe('1');
      await poll(() =>
        page.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications),
      ).toEqual([words]);
      await badge.click();
      await page.getByRole('list', { name: 'Aviseringar' }).getByRole('link', { name: words }).waitFor();
      const mailed = async () =>
        (await suite.demo.desk.services.caps.emailStore.outbox())
          .filter((m) => m.to === 'tove.tier2@isp.example')
          .map((m) => m.subject);
      await poll(mailed).toEqual([`Frontline: ${words}`]);
      // The move shows in the conversation's timeline in the console's words.
      await page.getByRole('list', { name: 'Aviseringar' }).getByRole('link', { name: words }).click();
      await page
        .getByRole('list', { name: 'Tidslinje' })
        .getByTestId('ev-queue_change')
        .getByText('Kundtjänst → Tier 2')
        .waitFor();
      expect(errors).toEqual([]);
    },
  );

  it(
    "case summary in the console's language: an English conversation handed over reads in Swedish, the customer's words as written",
    T,
    async () => {
      const url = suite.demo.url;
      const chat = await startChat(url, { language: 'en' });
      await converseUntilEnded(url, chat, 'I want to talk to a real person please', 'en');
      const { page, errors } = await suite.newPage();
      await consoleLogin(page, url, 'agent', 'agent-demo');
      await page.goto(`${url}/console/tickets/${chat.ticketReference}`);
      const handoff = page.getByTestId('handoff');
      const fact = (where: typeof handoff, key: string) => where.locator(`[data-fact="${key}"] dd`);
      await poll(() => fact(handoff, 'problem').textContent()).toBe('Vill prata med en person');
      const words = fact(handoff, 'customerWords').locator('q');
      expect(await words.textContent()).toBe('I want to talk to a real person please');
      expect(await words.getAttribute('lang')).toBe('en');
      // The packet's own problem line is English prose: not shown.
      expect(await handoff.textContent()).not.toContain('Asked for a person');

      // The agent's resolution (the hand-over) in the timeline: facts in Swedish, not the English summary.
      const resolution = page.getByRole('list', { name: 'Tidslinje' }).getByTestId('ev-resolution').last();
      expect(await fact(resolution, 'outcome').textContent()).toBe('Eskalerat (Kundtjänst)');
      expect(await fact(resolution, 'nextStep').textContent()).toBe('Kundtjänst tar över ärendet.');
      expect(await resolution.textContent()).not.toMatch(/Next steps|Outcome:/);
      expect(errors).toEqual([]);
    },
  );

  it(
    'knowledge base: a supervisor writes an internal article with a preview; the help centre does not serve it; the ticket page suggests articles',
    T,
    async () => {
      const url = suite.demo.url;
      const { page, errors } = await suite.newPage();
      await consoleLogin(page, url, 'supervisor', 'supervisor-demo');
      await page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Kunskapsbank' })
        .click();
      await page.getByRole('heading', { name: 'Kunskapsbank', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Ny artikel' }).click();
      const slug = `intern-felsokning-${Date.now()}`;
      await page.getByLabel('Adress (slug)').fill(slug);
      await page.getByLabel('Ämne').fill('Intern felsökning av fiberboxar');
      await page.getByLabel('Synlighet').selectOption({ label: 'Intern (bara personal)' });
      await page
        .getByLabel('Text (Markdown)')
        .fill('Kontrollera **LOS-lampan** först.<script>alert(1)</script>');
      await page.getByRole('button', { name: 'Förhandsgranska' }).click();
      const preview = page.getByTestId('kb-preview');
      await preview.locator('strong', { hasText: 'LOS-lampan' }).waitFor();
      expect(await preview.locator('script').count()).toBe(0);
      await page.getByRole('button', { name: 'Spara ny version' }).click();
      await page.getByRole('status').filter({ hasText: 'Sparat.' }).waitFor();
      await page
        .getByRole('list', { name: 'Artiklar' })
        .getByRole('button', { name: 'Intern felsökning av fiberboxar' })
        .waitFor();
      // Internal articles are never served on /help.
      expect((await fetch(`${url}/help/${slug}?lang=sv`)).status).toBe(404);

      // The ticket page lists help articles that fit the ticket.
      const chat = await chatOverApi(url, 'Jag har glömt lösenordet till mitt wifi');
      await page.goto(`/console/tickets/${chat.ticketReference}`);
      await page.getByTestId('suggested-articles').getByRole('link').first().waitFor();
      expect(errors).toEqual([]);
    },
  );

  it(
    'collision detection: two staff members on the same ticket see each other, and who is typing',
    T,
    async () => {
      const url = suite.demo.url;
      const chat = await chatOverApi(url, 'Routern startar om sig själv hela tiden');
      const agent = await suite.newPage();
      const sup = await suite.newPage();
      await consoleLogin(agent.page, url, 'agent', 'agent-demo');
      await consoleLogin(sup.page, url, 'supervisor', 'supervisor-demo');
      for (const p of [agent.page, sup.page]) {
        await p.goto(`/console/tickets/${chat.ticketReference}`);
        await p.getByRole('heading', { name: chat.ticketReference, level: 1 }).waitFor();
      }
      await poll(() => agent.page.getByTestId('viewers').textContent()).toBe(
        'Har också ärendet öppet: Sam Supervisor',
      );
      await poll(() => sup.page.getByTestId('viewers').textContent()).toBe(
        'Har också ärendet öppet: Alex Agent',
      );
      await sup.page.getByLabel('Svar till kunden (skickas i ärendets kanal)').pressSequentially('Hej');
      await poll(() => agent.page.getByTestId('viewers').textContent()).toBe(
        'Har också ärendet öppet: Sam Supervisor (skriver…)',
      );
      // Leaving the ticket takes the name away.
      await sup.page.getByRole('link', { name: /Tillbaka till köerna/ }).click();
      await poll(() => agent.page.getByTestId('viewers').textContent()).toBe('');
      expect([...agent.errors, ...sup.errors]).toEqual([]);
    },
  );

  it('QA: a supervisor reviews a resolved conversation and the review is saved', T, async () => {
    const url = suite.demo.url;
    const chat = await chatOverApi(url, 'Hur byter jag lösenord till wifi?');
    const sup = await staffSession(url, 'supervisor', 'supervisor-demo');
    expect(
      (await sup.post(`/api/v1/console/tickets/${chat.ticketReference}/resolve`, { summary: 'Förklarat' }))
        .status,
    ).toBe(200);

    const { page, errors } = await suite.newPage();
    await consoleLogin(page, url, 'supervisor', 'supervisor-demo');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Kvalitetsgranskning' })
      .click();
    await page.getByLabel('Antal').fill('50');
    await page.getByRole('button', { name: 'Hämta stickprov' }).click();
    await page.getByRole('button', { name: `Granska ${chat.ticketReference}` }).click();
    const form = page.getByRole('form', { name: 'Granska' });
    await form.getByRole('group', { name: 'Rätt diagnos' }).getByLabel('4').check();
    await form.getByLabel('Kommentarer').fill('Bra och tydligt');
    await form.getByRole('button', { name: 'Spara granskning' }).click();
    await page.getByRole('status').filter({ hasText: 'Sparat.' }).waitFor();
    const saved = page.getByRole('row').filter({ hasText: chat.ticketReference });
    await saved.getByText('Bra och tydligt').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
