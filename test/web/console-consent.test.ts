// Real-browser test of the consent job: the diagnosis suggests a Wi-Fi channel change, which needs
// the customer's consent; the agent asks for it in the conversation, the customer says yes in the
// chat, and the action runs. Screenshots go to test-artifacts/screenshots/.
import { describe, expect, it } from 'vitest';
import {
  BROWSER_TEST as T,
  chatMessages,
  consoleLogin,
  escalatedWifiChat,
  PHONE,
  poll,
  saveScreenshot,
  sendChat,
  SKIP_BROWSER,
  useBrowserSuite,
} from './helpers.js';

describe.skipIf(SKIP_BROWSER)('asking for consent from the console in a real browser', () => {
  const suite = useBrowserSuite();

  it(
    'an action the diagnosis suggests that needs consent: ask in the conversation, the customer says yes, the action runs; the hand-over reads as words; on a phone the ticket with findings fits the screen',
    T,
    async () => {
      const url = suite.demo.url;
      const { chat } = await escalatedWifiChat(url);

      const { page, errors } = await suite.newPage();
      await consoleLogin(page, url, 'agent', 'agent-demo');
      await page.goto(`/console/tickets/${chat.ticketReference}`);
      await page.getByRole('heading', { name: chat.ticketReference, level: 1 }).waitFor();
      // The agent's hand-over reads as words in the console's language, not as codes or English.
      const timeline = page.getByRole('list', { name: 'Tidslinje' });
      await timeline
        .getByTestId('ev-escalation')
        .getByText('Kunden vill prata med en person: ingen åtgärd på nivå 1 passar')
        .waitFor();
      const resolution = (await timeline.getByTestId('ev-resolution').textContent()) ?? '';
      expect(resolution).toContain('Eskalerat (Kundtjänst)');
      expect(resolution).not.toMatch(/escalated|human_request|Talking to a person|Next steps/);
      const handoff = (await page.getByTestId('handoff').textContent()) ?? '';
      expect(handoff).not.toMatch(/human_request|no Tier-1 fix/);
      expect(handoff).toMatch(/P\d – (kritisk|hög|normal|låg)/);
      await page.getByRole('button', { name: 'Kör diagnostik' }).click();
      await page.getByTestId('diagnosis').getByText('Trängsel på wifi-kanalen').waitFor();
      // The finding's evidence is named in Swedish, with units.
      const wifiFinding = timeline
        .getByTestId('ev-finding')
        .filter({ hasText: 'wifi.channel_congested' })
        .last();
      await wifiFinding.waitFor();
      const evidence = (await wifiFinding.textContent()) ?? '';
      expect(evidence).toMatch(/Beläggning\s*\d+ %/);
      expect(evidence).not.toMatch(/Utilisation|Neighbours/);
      const action = page.getByTestId('action-wifi_channel_change');
      await action.waitFor();
      // Only the actions the diagnosis supports are offered.
      expect(await page.locator('[data-testid^="action-"]').count()).toBeLessThan(4);
      await action.getByText('Kräver kundens samtycke till ändring av wifi.').waitFor();
      expect(await action.getByRole('button', { name: 'Utför åtgärd: Byt wifi-kanal' }).isDisabled()).toBe(
        true,
      );

      await action.getByRole('button', { name: 'Be kunden om samtycke' }).click();
      await action.getByText(/Kunden har fått frågan om samtycke/).waitFor();
      await poll(async () =>
        (await chatMessages(url, chat))
          .filter((m) => m.role === 'staff')
          .map((m) => m.text)
          .join('\n'),
      ).toContain('godkännande');

      // The customer answers in the chat; the page updates live.
      await sendChat(url, chat, 'Ja, det går bra');
      await action.getByText('Samtycke finns').waitFor();
      await action.getByRole('button', { name: 'Utför åtgärd: Byt wifi-kanal' }).click();
      await page
        .getByRole('list', { name: 'Tidslinje' })
        .getByTestId('ev-action_done')
        .filter({ hasText: 'Byt wifi-kanal' })
        .waitFor();
      await saveScreenshot(page, 'console-consent-action', { fullPage: false });

      // On a phone the same ticket, now with the diagnostics' findings in the conversation, still fits
      // the screen: long evidence (TR-181 paths) wraps instead of pushing the reply buttons off-screen.
      const phone = await suite.newPage({ viewport: PHONE });
      await consoleLogin(phone.page, url, 'agent', 'agent-demo');
      await phone.page.goto(`/console/tickets/${chat.ticketReference}`);
      await phone.page.getByRole('list', { name: 'Tidslinje' }).getByTestId('ev-finding').first().waitFor();
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      const send = await phone.page.getByRole('button', { name: 'Skicka och sätt status' }).boundingBox();
      expect(send && send.x + send.width).toBeLessThanOrEqual(PHONE.width);
      expect([...errors, ...phone.errors]).toEqual([]);
    },
  );
});
