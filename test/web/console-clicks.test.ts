// The common agent jobs in the console, each done the shortest way and counted in user actions
// (clicks and key presses; typed text is not counted, as in the Chatwoot figures), asserting each
// takes no more than in Chatwoot. The figures and their sources are the table in docs/console.md.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  BROWSER_TEST as T,
  chatMessages,
  consoleLogin,
  escalatedWifiChat,
  poll,
  sendChat,
  SKIP_BROWSER,
  staffSession,
  useBrowserSuite,
} from './helpers.js';

/** Chatwoot's fewest actions per job (docs/console.md, "Clicks per job"). */
const CHATWOOT = {
  openNext: 1,
  readCase: 0,
  reply: 1,
  macro: 2,
  setPending: 2,
  askConsentAndRun: 4,
  transfer: 2,
  replyAndResolve: 2,
} as const;

/** Drives the page and counts what a user would do: a click, a key press, or a choice in a list (open it, pick). */
class CountedUser {
  private n = 0;
  constructor(private readonly page: Page) {}
  async click(target: Locator): Promise<void> {
    this.n += 1;
    await target.click();
  }
  async press(key: string): Promise<void> {
    this.n += 1;
    await this.page.keyboard.press(key);
  }
  async choose(list: Locator, label: string): Promise<void> {
    this.n += 2;
    await list.selectOption({ label });
  }
  /** Typing text is not counted (neither is it in the Chatwoot figures). */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
  /** The actions since the last call. */
  take(): number {
    const n = this.n;
    this.n = 0;
    return n;
  }
}

interface TicketBody {
  ticket: { status: string; queue: string | null; assignee: string | null };
}

describe.skipIf(SKIP_BROWSER)('agent jobs in no more actions than in Chatwoot, in a real browser', () => {
  const suite = useBrowserSuite();

  it(
    'open the next ticket, read it, reply, use a macro, ask for consent and run the action, set pending, transfer, reply and resolve',
    T,
    async () => {
      const url = suite.demo.url;
      const { customer, chat } = await escalatedWifiChat(url);
      const staffTexts = async () =>
        (await chatMessages(url, chat)).filter((m) => m.role === 'staff').map((m) => m.text);
      const sup = await staffSession(url, 'supervisor', 'supervisor-demo');
      const ticket = async () =>
        (await sup.get<TicketBody>(`/api/v1/console/tickets/${chat.ticketReference}`)).body.ticket;

      const { page, errors } = await suite.newPage();
      await consoleLogin(page, url, 'agent', 'agent-demo');
      await page.getByTestId('ticket-row').first().waitFor();
      const user = new CountedUser(page);
      const status = page.getByTestId('ticket-status');

      // Open the next ticket: one click on "Nästa ärende".
      await user.click(page.getByTestId('next-ticket'));
      await page.getByRole('heading', { name: chat.ticketReference, level: 1 }).waitFor();
      expect(user.take()).toBeLessThanOrEqual(CHATWOOT.openNext);

      // Read the case: the conversation, the hand-over and the customer are on the page as it opens.
      await page
        .getByRole('region', { name: 'Konversation' })
        .getByText('Jag vill prata med en människa')
        .first()
        .waitFor();
      await page.getByTestId('handoff').waitFor();
      await page.getByRole('complementary').getByText(customer.name).first().waitFor();
      expect(user.take()).toBeLessThanOrEqual(CHATWOOT.readCase);

      // Reply: the reply box has the focus when the ticket opens, Enter sends.
      await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('composer-text');
      await user.type('Hej! Jag tittar på det nu.');
      await user.press('Enter');
      await poll(staffTexts).toEqual(['Hej! Jag tittar på det nu.']);
      expect(user.take()).toBeLessThanOrEqual(CHATWOOT.reply);

      // A macro: "/restart" + Enter fills it in for review, Ctrl+Enter sends it and sets its status.
      await user.type('/restart');
      await user.press('Enter');
      const box = page.locator('#composer-text');
      await poll(() => box.inputValue()).toContain('strömsladden');
      await user.press('Control+Enter');
      await poll(async () => (await staffTexts()).at(-1)).toContain('strömsladden');
      await poll(() => status.getAttribute('data-status')).toBe('pending_customer');
      expect(user.take()).toBeLessThanOrEqual(CHATWOOT.macro);

      // Ask for consent and run the action: diagnose, ask in the conversation, run once the customer said yes.
      await sendChat(url, chat, 'Jag har startat om den men det är samma sak');
      await user.click(page.getByRole('button', { name: 'Kör diagnostik' }));
      const action = page.getByTestId('action-wifi_channel_change');
      await user.click(action.getByRole('button', { name: 'Be kunden om samtycke' }));
      await poll(async () => (await staffTexts()).join('\n')).toContain('godkännande');
      await sendChat(url, chat, 'Ja, det går bra');
      await action.getByText('Samtycke finns').waitFor();
      await user.click(action.getByRole('button', { name: 'Utför åtgärd: Byt wifi-kanal' }));
      await page
        .getByRole('list', { name: 'Tidslinje' })
        .getByTestId('ev-action_done')
        .filter({ hasText: 'Byt wifi-kanal' })
        .waitFor();
      expect(user.take()).toBeLessThanOrEqual(CHATWOOT.askConsentAndRun);

      // Set the status: waiting for the customer is one button.
      await poll(() => status.getAttribute('data-status')).not.toBe('pending_customer');
      await user.click(page.getByRole('button', { name: 'Väntar på kund', exact: true }));
      await poll(() => status.getAttribute('data-status')).toBe('pending_customer');
      expect(user.take()).toBeLessThanOrEqual(CHATWOOT.setPending);

      // Transfer: choosing another queue saves it; the assignee stays.
      const before = await ticket();
      await user.choose(page.getByLabel('Flytta till kö'), 'Fälttekniker');
      await poll(async () => (await ticket()).queue).toBe('field');
      expect((await ticket()).assignee).toBe(before.assignee);
      expect(user.take()).toBeLessThanOrEqual(CHATWOOT.transfer);

      // Reply and resolve: into the reply box, Alt+E sends the closing words and resolves with them.
      await user.click(box);
      await user.type('Kanalen är bytt, hör av dig om det krånglar igen.');
      await user.press('Alt+KeyE');
      await poll(() => status.getAttribute('data-status')).toBe('resolved');
      expect((await staffTexts()).at(-1)).toBe('Kanalen är bytt, hör av dig om det krånglar igen.');
      expect(user.take()).toBeLessThanOrEqual(CHATWOOT.replyAndResolve);
      expect(errors).toEqual([]);
    },
  );
});
