// Real-browser tests of the staff console's daily work: a ticket the automated agent escalated
// is found in the queue, opened (escalation and handoff packet), diagnosed, answered and resolved
// by a Tier-2 technician; then a supervisor's dashboard shows the same figures as the stats and
// insights APIs. Screenshots go to test-artifacts/screenshots/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateDemoIsp } from '../../sim/index.js';
import {
  BROWSER_TEST as T,
  chatMessages,
  consoleLogin,
  converseUntilEnded,
  poll,
  saveScreenshot,
  SKIP_BROWSER,
  startChat,
  useBrowserSuite,
  type ChatStart,
} from './helpers.js';

/** Enough subscribers that the fault plan's fibre-LOS customer exists outside the outage area. */
const SUBSCRIBERS = 18;

/** The demo customer with a fibre loss of signal (and no area outage): the agent books a technician. */
function fibreLosCustomer() {
  const isp = generateDemoIsp({ count: SUBSCRIBERS });
  const sub = isp.subscribers.find((s) => s.faults.length === 1 && s.faults[0].kind === 'fiber_los');
  if (!sub?.trySay)
    throw new Error(`no fiber_los subscriber among the first ${SUBSCRIBERS} demo subscribers`);
  return sub;
}

/** The UI's number formats (web/console/src/format.ts): one decimal percent; s, min or h. */
const percent = (v: number) => `${(v * 100).toFixed(1)} %`;
function duration(ms: number | null): string {
  if (ms === null) return '–';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.round(s / 60);
  return m < 120 ? `${m} min` : `${(m / 60).toFixed(1)} h`;
}

interface StatsBody {
  conversations: number;
  automatedResolutionRate: number;
  escalationRate: number;
  escalationsByQueue: Record<string, number>;
  meanTimeToResolutionMs: number | null;
  meanHandleTimeMs: number | null;
  csat: { n: number; mean: number | null };
}

interface InsightsBody {
  totals: {
    tickets: number;
    firstContactResolutionRate: number;
    reopenRate: number;
    slaAttainmentRate: number;
    slaMeasured: number;
  };
  repeatContacts: { count: number; rate: number };
  returnedEscalations: { count: number; rate: number };
}

/** The dashboard's metric tiles, by test id, as displayed. */
async function shownMetrics(page: Page): Promise<Record<string, string>> {
  const ids = [
    'stat-conversations',
    'stat-automated',
    'stat-escalation',
    'stat-mttr',
    'stat-handle',
    'stat-csat',
  ];
  const out: Record<string, string> = {};
  for (const id of ids)
    out[id] = ((await page.getByTestId(id).locator('.metric-value').textContent()) ?? '').trim();
  return out;
}

/** The same tiles computed from GET /api/v1/stats. */
function expectedMetrics(s: StatsBody): Record<string, string> {
  return {
    'stat-conversations': String(s.conversations),
    'stat-automated': percent(s.automatedResolutionRate),
    'stat-escalation': percent(s.escalationRate),
    'stat-mttr': duration(s.meanTimeToResolutionMs),
    'stat-handle': duration(s.meanHandleTimeMs),
    'stat-csat': s.csat.mean === null ? '–' : `${s.csat.mean.toFixed(2)} / 5 (n=${s.csat.n})`,
  };
}

describe.skipIf(SKIP_BROWSER)('console work in a real browser', () => {
  const suite = useBrowserSuite({ subscribers: SUBSCRIBERS });
  let escalated: ChatStart | null = null;

  it(
    'tier 2 finds the escalated ticket, runs diagnostics, replies to the customer and resolves it',
    T,
    async () => {
      const url = suite.demo.url;
      const customer = fibreLosCustomer();
      // The customer chats signed in (portal session, no PIN) and the agent books a technician.
      const chat = await startChat(url, { language: 'sv', customerNumber: customer.customerNumber });
      escalated = chat;
      const last = await converseUntilEnded(url, chat, customer.trySay!, 'sv');
      expect(last.map((m) => m.text).join('\n')).toContain(chat.ticketReference);

      const { page, errors } = await suite.newPage();
      await consoleLogin(page, url, 'tier2', 'tier2-demo');
      await page.getByText('Tove Tier2').waitFor();

      // The field queue (Tier 2 sees tier2, noc and field) lists the ticket as escalated.
      await page.getByRole('heading', { name: 'Köer', level: 1 }).waitFor();
      await page.getByTestId('queue-field').click();
      await poll(() => page.url()).toContain('queue=field');
      const row = page
        .getByTestId('ticket-row')
        .filter({ has: page.getByRole('link', { name: chat.ticketReference, exact: true }) });
      await row.waitFor();
      // Codes are shown as words in the console's language.
      await row.getByText('Eskalerad', { exact: true }).waitFor();
      await row.getByRole('cell', { name: 'Fälttekniker', exact: true }).waitFor();
      await row.getByRole('cell', { name: customer.name, exact: true }).waitFor();

      await row.getByRole('link', { name: chat.ticketReference, exact: true }).click();
      await page.getByRole('heading', { name: chat.ticketReference, level: 1 }).waitFor();
      await poll(() => page.getByTestId('ticket-status').textContent()).toBe('Eskalerad');

      // The escalation is on the timeline, and the handoff packet says what the agent found.
      const timeline = page.getByRole('list', { name: 'Tidslinje' });
      await timeline.getByTestId('ev-escalation').first().waitFor();
      await timeline.getByTestId('ev-message_in').filter({ hasText: customer.trySay! }).waitFor();
      const handoff = page.getByRole('region', { name: 'Överlämning' }).getByTestId('handoff');
      await handoff.waitFor();
      await handoff.getByText('Fälttekniker', { exact: true }).waitFor();
      await handoff.getByText('line.fiber_los').waitFor();
      // Its findings read in the console's language, not the packet's English summary.
      const fibre = handoff.getByRole('listitem').filter({ hasText: 'line.fiber_los' });
      const swedish = await timeline
        .getByTestId('ev-finding')
        .filter({ hasText: 'line.fiber_los' })
        .first()
        .locator('strong')
        .first()
        .textContent();
      expect(swedish).toMatch(/[åäö]/);
      expect(await fibre.locator('strong').first().textContent()).toBe(swedish);
      await handoff.getByText('i morgon förmiddag').waitFor();
      await saveScreenshot(page, 'console-work-escalated-ticket', { fullPage: false });

      // Diagnostics: the likely causes appear, and the probes' findings land on the timeline.
      const staffFindings = timeline.locator('[data-testid="ev-finding"].actor-staff');
      expect(await staffFindings.count()).toBe(0);
      await page.getByRole('button', { name: 'Kör diagnostik' }).click();
      const diagnosis = page.getByTestId('diagnosis');
      await diagnosis.getByRole('heading', { name: 'Trolig orsak' }).waitFor();
      await poll(() => diagnosis.getByRole('listitem').count()).toBeGreaterThan(0);
      // The most likely cause is the fibre fault (named in Swedish, not as a code), owned by the field team; its score is a rule weight, not a percentage.
      await poll(() => diagnosis.getByRole('listitem').first().textContent()).toMatch(
        /^Ingen signal på fibern \(poäng \d+\) → Fälttekniker$/,
      );
      await poll(() => staffFindings.count()).toBeGreaterThan(0);
      await staffFindings.filter({ hasText: 'line.fiber_los' }).first().waitFor();
      await saveScreenshot(page, 'console-work-diagnostics', { fullPage: false });

      // A reply to the customer goes out on the chat: the customer's chat API shows it.
      const replyText = `Hej! Vi har sett felet på fiberlinjen och en tekniker hör av sig i morgon förmiddag (${chat.ticketReference}).`;
      await page.getByLabel('Svar till kunden (skickas i ärendets kanal)').fill(replyText);
      await page.getByRole('button', { name: 'Skicka', exact: true }).click();
      await page.getByTestId('status-msg').filter({ hasText: 'Sparat.' }).waitFor();
      await timeline.getByTestId('ev-message_out').filter({ hasText: replyText }).waitFor();
      await poll(() => page.getByLabel('Svar till kunden (skickas i ärendets kanal)').inputValue()).toBe('');
      await poll(async () =>
        (await chatMessages(url, chat)).filter((m) => m.role === 'staff').map((m) => m.text),
      ).toEqual([replyText]);

      // Resolving with a summary makes the ticket resolved.
      const summary = 'Fiberlinjen lagad av fälttekniker, kunden har internet igen.';
      await page.getByLabel('Sammanfattning').fill(summary);
      await page.getByRole('button', { name: 'Lös ärendet' }).click();
      await poll(() => page.getByTestId('ticket-status').textContent()).toBe('Löst');
      await timeline.getByTestId('ev-resolution').filter({ hasText: summary }).waitFor();
      await poll(() => page.getByRole('button', { name: 'Lös ärendet' }).isDisabled()).toBe(true);
      await saveScreenshot(page, 'console-work-resolved', { fullPage: false });

      // The queue shows it as resolved too.
      await page.getByRole('link', { name: /Tillbaka till köerna/ }).click();
      await page.getByRole('heading', { name: 'Köer', level: 1 }).waitFor();
      await page.getByLabel('Status').selectOption('resolved');
      await page
        .getByTestId('ticket-row')
        .filter({ hasText: chat.ticketReference })
        .getByText('Löst', { exact: true })
        .waitFor();

      expect(errors).toEqual([]);
    },
  );

  it(
    "supervisor dashboard: the figures shown equal the stats and insights APIs' for the same period",
    T,
    async () => {
      expect(escalated, 'the previous test escalates and resolves a ticket first').not.toBeNull();
      // One more conversation the agent hands to a person and nobody has resolved yet.
      const first = generateDemoIsp({ count: SUBSCRIBERS }).subscribers[0];
      const chat = await startChat(suite.demo.url, { language: 'sv', customerNumber: first.customerNumber });
      await converseUntilEnded(suite.demo.url, chat, 'Jag vill prata med en människa', 'sv');
      // A chat opened and never written in is not a ticket in either figure.
      await startChat(suite.demo.url, { language: 'sv' });

      const { page, errors } = await suite.newPage();
      await consoleLogin(page, suite.demo.url, 'supervisor', 'supervisor-demo');

      // Note the exact stats request the page makes, so the API is asked about the same period.
      const statsResponse = page.waitForResponse(
        (r) => new URL(r.url()).pathname === '/api/v1/stats' && r.request().method() === 'GET',
      );
      await page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Översikt' })
        .click();
      await page.getByRole('heading', { name: 'Översikt', level: 1 }).waitFor();
      const statsUrl = (await statsResponse).url();
      await page.getByTestId('stat-conversations').waitFor();
      const insights = page.getByRole('region', { name: 'Kvalitetsinsikter' });

      // Read what the page shows and what the APIs answer (with the page's session cookies); the
      // dashboard reloads on live ticket changes, so compare until both are read from the same state.
      let api: StatsBody | null = null;
      await poll(async () => {
        const res = await page.request.get(statsUrl);
        expect(res.status()).toBe(200);
        api = (await res.json()) as StatsBody;
        return { shown: await shownMetrics(page), api: expectedMetrics(api) };
      }).toSatisfy(({ shown, api: expected }) => JSON.stringify(shown) === JSON.stringify(expected));
      const stats = api as StatsBody | null;
      // Both escalations are in the figures; the open one makes the escalation rate non-zero.
      expect(stats?.conversations ?? 0).toBeGreaterThanOrEqual(2);
      expect(stats?.escalationsByQueue.field ?? 0).toBeGreaterThanOrEqual(1);
      expect(stats?.escalationsByQueue.agents ?? 0).toBeGreaterThanOrEqual(1);
      expect(stats?.escalationRate ?? 0).toBeGreaterThan(0);
      expect(await shownMetrics(page)).toEqual(expectedMetrics(stats!));

      const insightsUrl = new URL('/api/v1/insights', suite.demo.url).toString();
      const dd = (label: string) =>
        insights
          .locator('dt')
          .filter({ hasText: new RegExp(`^${label}$`) })
          .locator('xpath=following-sibling::dd[1]')
          .textContent();
      await poll(async () => {
        const res = await page.request.get(insightsUrl);
        expect(res.status()).toBe(200);
        const r = (await res.json()) as InsightsBody;
        return {
          shown: [
            await dd('Ärenden'),
            await dd('Återkommande kontakter \\(7 dagar\\)'),
            await dd('Eskaleringar som skickats tillbaka'),
            await page.getByTestId('stat-fcr').locator('.metric-value').textContent(),
            await page.getByTestId('stat-reopen').locator('.metric-value').textContent(),
            await page.getByTestId('stat-sla').locator('.metric-value').textContent(),
          ].map((s) => (s ?? '').trim()),
          api: [
            String(r.totals.tickets),
            `${r.repeatContacts.count} (${percent(r.repeatContacts.rate)})`,
            `${r.returnedEscalations.count} (${percent(r.returnedEscalations.rate)})`,
            percent(r.totals.firstContactResolutionRate),
            percent(r.totals.reopenRate),
            r.totals.slaMeasured ? percent(r.totals.slaAttainmentRate) : '–',
          ],
        };
      }).toSatisfy(({ shown, api: expected }) => JSON.stringify(shown) === JSON.stringify(expected));
      // The two ticket counts on the page agree (the empty chat is in neither).
      expect((await dd('Ärenden'))?.trim()).toBe(
        (await page.getByTestId('stat-conversations').locator('.metric-value').textContent())?.trim(),
      );

      await page.getByRole('heading', { name: 'SLA-varningar', level: 2 }).waitFor();

      // The bar chart of escalations per queue has the field queue.
      await page.getByTestId('chart-escalation-queue').locator('canvas').waitFor();
      await saveScreenshot(page, 'console-work-dashboard');

      // A date range after today: the figures are asked for that period (nothing in it) and the export follows it.
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const ranged = page.waitForResponse(
        (r) => new URL(r.url()).pathname === '/api/v1/stats' && new URL(r.url()).searchParams.has('from'),
      );
      await page.getByLabel('Från').fill(tomorrow);
      await page.getByRole('button', { name: 'Visa' }).click();
      expect(new URL((await ranged).url()).searchParams.get('from')).toBe(`${tomorrow}T00:00:00.000Z`);
      await poll(() => page.getByTestId('stat-conversations').locator('.metric-value').textContent()).toBe(
        '0',
      );
      expect(
        await page.getByRole('link', { name: 'Kvalitetsinsikter (CSV)' }).getAttribute('href'),
      ).toContain(`from=${encodeURIComponent(`${tomorrow}T00:00:00.000Z`)}`);
      expect(errors).toEqual([]);
    },
  );
});
