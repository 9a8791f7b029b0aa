// The public help centre in a real browser: a newcomer opens /help, searches in their own words
// ("lampan blinkar rött", "router light blinking red"), finds the router-lights article in the
// results and reads it; in Swedish and in English. Screenshots go to test-artifacts/screenshots/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BROWSER_TEST as T, poll, saveScreenshot, SKIP_BROWSER, useBrowserSuite } from './helpers.js';

/** The seeded article about the router's lights (data/kb/router-lights.{sv,en}.md). */
const ARTICLE = {
  slug: 'router-lights',
  sv: { title: 'Vad lamporna på routern betyder', bodyText: 'Lyser rött eller blinkar rött:' },
  en: { title: 'What the lights on your router mean', bodyText: 'Red or blinking red:' },
};

const UI = {
  sv: {
    site: 'Frontline hjälpcenter',
    search: 'Sök i hjälpcentret',
    button: 'Sök',
    results: /^\d+ artikl?ar? för "lampan blinkar rött"$/,
    back: 'Till hjälpcentret',
    other: 'In English',
  },
  en: {
    site: 'Frontline Help Centre',
    search: 'Search the help centre',
    button: 'Search',
    results: /^\d+ articles? for "router light blinking red"$/,
    back: 'Back to the help centre',
    other: 'På svenska',
  },
};

/**
 * Collects console errors too: a blocked stylesheet or a CSP violation shows up there. The
 * browser's own /favicon.ico probe is left out (the help centre has no icon).
 */
function trackConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    const where = m.location().url;
    if (m.type() === 'error' && !where.endsWith('/favicon.ico')) errors.push(`${m.text()} @ ${where}`);
  });
  return errors;
}

/** The stylesheet is applied: the search form is laid out by help.css, not the browser defaults. */
async function stylesheetApplied(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.styleSheets].some((s) => (s.href ?? '').endsWith('/help/help.css') && s.cssRules.length > 0),
  );
}

describe.skipIf(SKIP_BROWSER)('help centre in a real browser', () => {
  const suite = useBrowserSuite();

  async function searchAndRead(lang: 'sv' | 'en', start: string, query: string) {
    const ui = UI[lang];
    const article = ARTICLE[lang];
    const { page, errors } = await suite.newPage({ locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
    const consoleErrors = trackConsoleErrors(page);

    await page.goto(start);
    await page.getByRole('heading', { name: ui.site, level: 1 }).waitFor();
    await poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await stylesheetApplied(page)).toBe(true);
    // The front page lists every customer article, the router-lights one among them.
    await page.getByRole('list').getByRole('link', { name: article.title, exact: true }).waitFor();

    // Type the problem into the search box and submit with the button.
    const box = page.getByRole('search').getByRole('searchbox', { name: ui.search });
    await box.fill(query);
    await page.getByRole('search').getByRole('button', { name: ui.button, exact: true }).click();
    await poll(() => new URL(page.url()).searchParams.get('q')).toBe(query);
    await page.getByRole('heading', { name: ui.results, level: 2 }).waitFor();
    await poll(() => box.inputValue()).toBe(query);

    // The router-lights article is the best hit.
    const results = page.locator('ol.results');
    const hits = results.getByRole('listitem');
    expect(await hits.count()).toBeGreaterThan(0);
    const first = hits.first().getByRole('link');
    expect((await first.textContent())?.trim()).toBe(article.title);
    await saveScreenshot(page, `help-centre-search-${lang}`);

    // Open it: the article page renders its heading and Markdown body.
    await first.click();
    await poll(() => new URL(page.url()).pathname).toBe(`/help/${ARTICLE.slug}`);
    const main = page.getByRole('main');
    await main.getByRole('article').getByRole('heading', { name: article.title, level: 1 }).waitFor();
    await poll(() => page.title()).toContain(article.title);
    await poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
    const body = main.locator('article .body');
    await body.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await body.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(1);
    await body.getByRole('listitem').filter({ hasText: article.bodyText }).first().waitFor();
    // Markdown bold renders as <strong>, not as literal asterisks.
    expect(await body.locator('strong').count()).toBeGreaterThan(0);
    expect(await body.textContent()).not.toContain('**');
    await main.getByRole('link', { name: ui.back }).waitFor();
    expect(await stylesheetApplied(page)).toBe(true);
    await saveScreenshot(page, `help-centre-article-${lang}`);

    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    return page;
  }

  it(
    'a newcomer searches "lampan blinkar rött" and finds the article about the router lights',
    T,
    async () => {
      const page = await searchAndRead('sv', '/help', 'lampan blinkar rött');
      // The article's language link leads to the English version of the same article.
      await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: UI.sv.other }).click();
      await page.getByRole('heading', { name: ARTICLE.en.title, level: 1 }).waitFor();
      await poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    },
  );

  it('in English: "router light blinking red" finds the same article', T, async () => {
    const page = await searchAndRead('en', '/help?lang=en', 'router light blinking red');
    // The skip link moves focus to the main content.
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await skip.focus();
    await skip.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
