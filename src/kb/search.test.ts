import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_KINDS } from '../domain/index.js';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { openTestDb, testEngines, type TestDb } from './testing/db.js';

// Typical customer questions and the article a Tier-1 technician would point to.
const SV: [string, string][] = [
  ['lampan blinkar rött', 'router-lights'],
  ['vad betyder lamporna på routern', 'router-lights'],
  ['LOS-lampan lyser röd på min fiberbox', 'router-lights'],
  ['hur byter jag lösenord på wifi', 'wifi-password'],
  ['jag har glömt wifi-lösenordet', 'wifi-password'],
  ['var ska jag ställa routern för bästa täckning', 'router-placement'],
  ['vad är skillnaden mellan 2,4 GHz och 5 GHz', 'wifi-bands'],
  ['hastighetstestet visar mycket lägre än mitt abonnemang på wifi', 'speed-test'],
  ['vad händer vid en fabriksåterställning', 'factory-reset'],
  ['hur startar jag om routern', 'restart-router'],
  ['vissa webbsidor går inte att öppna, servern hittades inte', 'dns'],
  ['behöver routern uppdateras med ny firmware', 'firmware-updates'],
  ['är det en driftstörning i mitt område', 'outages'],
  ['jag ska flytta, kan jag ta med bredbandet', 'moving'],
  ['hur öppnar jag en port för min spelserver', 'port-forwarding'],
  ['jag kommer inte in på mina sidor, kontot är låst', 'portal-login'],
  ['när kommer fakturan och hur betalar jag med autogiro', 'invoices-payment'],
  ['internet bryts hela tiden och kommer tillbaka', 'connection-drops'],
  ['jag vill säga upp mitt abonnemang', 'change-plan'],
];
const EN: [string, string][] = [
  ['what do the lights on my router mean', 'router-lights'],
  ['the LOS light is blinking red', 'router-lights'],
  ['how do I change my wifi password', 'wifi-password'],
  ['I forgot my Wi-Fi network key', 'wifi-password'],
  ['where should I put my router for better coverage', 'router-placement'],
  ['should I use 2.4 GHz or 5 GHz', 'wifi-bands'],
  ['how do I read a speed test, wifi vs cable', 'speed-test'],
  ['what does a factory reset erase', 'factory-reset'],
  ['how do I restart my router', 'restart-router'],
  ['some websites will not load, DNS error', 'dns'],
  ['how are firmware updates installed on the router', 'firmware-updates'],
  ['is there an outage in my area', 'outages'],
  ['I am moving house, can I take my broadband with me', 'moving'],
  ['how do I set up port forwarding for my game console', 'port-forwarding'],
  ['I cannot log in to My pages, my account is locked', 'portal-login'],
  ['how do I pay my invoice by direct debit', 'invoices-payment'],
  ['my connection keeps dropping every few hours', 'connection-drops'],
  ['how do I cancel my subscription', 'change-plan'],
  ['the wifi network is not visible on my phone', 'wifi-troubleshooting'],
];

describe.each(testEngines())('knowledge base search (%s)', (engine) => {
  let db: TestDb;
  let kb: KnowledgeBase;

  beforeAll(async () => {
    db = await openTestDb(engine);
    kb = createKnowledgeBase({ db: db.db, engine });
    await kb.seed();
  });
  afterAll(async () => db.close());

  it.each(SV)('sv: "%s" → %s', async (q, slug) => {
    const hits = await kb.search(q, { lang: 'sv', audience: 'customer' });
    expect(hits[0]?.slug).toBe(slug);
    expect(hits[0]?.language).toBe('sv');
  });

  it.each(EN)('en: "%s" → %s', async (q, slug) => {
    const hits = await kb.search(q, { lang: 'en', audience: 'customer' });
    expect(hits[0]?.slug).toBe(slug);
    expect(hits[0]?.language).toBe('en');
  });

  it('finds the router-lights article for "lampan blinkar rött" with an excerpt about red lights', async () => {
    const best = await kb.bestAnswer('lampan blinkar rött', { lang: 'sv' });
    expect(best?.article.slug).toBe('router-lights');
    expect(best?.url).toBe('/help/router-lights?lang=sv');
    expect(best?.excerpt.toLowerCase()).toMatch(/rött|röd/);
  });

  it('folds diacritics: "lösenord" and "losenord" find the same article', async () => {
    const a = await kb.search('byta lösenord wifi', { lang: 'sv' });
    const b = await kb.search('byta losenord wifi', { lang: 'sv' });
    expect(a[0]?.slug).toBe('wifi-password');
    expect(b[0]?.slug).toBe(a[0]?.slug);
  });

  it('bestAnswer returns null below the relevance threshold', async () => {
    expect(await kb.bestAnswer('how do I cook pasta carbonara', { lang: 'en' })).toBeNull();
    expect(await kb.bestAnswer('vilket fotbollslag vann allsvenskan', { lang: 'sv' })).toBeNull();
    expect(await kb.bestAnswer('', { lang: 'sv' })).toBeNull();
    expect(await kb.bestAnswer('hej', { lang: 'sv' })).toBeNull();
    const ok = await kb.bestAnswer('how do I change my wifi password', { lang: 'en' });
    expect(ok?.article.slug).toBe('wifi-password');
    expect(ok!.relevance).toBeGreaterThanOrEqual(0.5);
  });

  it('bestAnswer quotes only customer articles', async () => {
    const best = await kb.bestAnswer('what to include in the handoff to tier2', { lang: 'en' });
    expect(best === null || best.article.audience === 'customer').toBe(true);
    const staff = await kb.search('what to include in the handoff to tier2', {
      lang: 'en',
      audience: 'staff',
    });
    expect(staff[0]?.slug).toBe('queue-tier2');
  });

  it('ranks articles tagged with the intent higher', async () => {
    const q = 'routern är på men kan inte ansluta';
    const plain = await kb.search(q, { lang: 'sv', audience: 'customer', limit: 20 });
    const boosted = await kb.search(q, { lang: 'sv', audience: 'customer', intent: 'billing', limit: 20 });
    const pos = (hits: typeof plain) => hits.findIndex((h) => h.slug === 'invoices-payment');
    expect(pos(plain)).toBeGreaterThan(0);
    expect(pos(boosted)).toBeLessThan(pos(plain));
    const b = boosted[pos(boosted)];
    expect(b.intentMatch).toBe(true);
    expect(b.score).toBeCloseTo(plain[pos(plain)].score + 0.2, 2);
  });

  it('never errors on FTS operators, quotes or very long queries', async () => {
    const hostile = [
      '"',
      '""',
      '*',
      'NEAR(router lights)',
      'router AND NOT wifi',
      '-router',
      'wifi OR',
      'col:title',
      "'; drop table kb_articles; --",
      '^router',
      '(((',
      'a'.repeat(10_000),
      'router '.repeat(5_000),
      '\u0000\u0001\u0002',
      '🙂🙂🙂',
      '<script>alert(1)</script>',
      'lösenord:* & | !',
    ];
    for (const q of hostile) {
      await expect(kb.search(q, { lang: 'sv' })).resolves.toBeInstanceOf(Array);
      await expect(kb.search(q, {})).resolves.toBeInstanceOf(Array);
      await expect(kb.bestAnswer(q, { lang: 'en' })).resolves.not.toThrow;
    }
    expect((await kb.search('router '.repeat(5_000), { lang: 'en' }))[0]).toBeDefined();
  });

  it('searches both languages when no language is given', async () => {
    const hits = await kb.search('lampan blinkar rött', { limit: 5 });
    expect(hits[0].slug).toBe('router-lights');
    expect(hits[0].language).toBe('sv');
  });

  it('articleForCause links every fault kind to a customer article in both languages', async () => {
    for (const kind of FAULT_KINDS) {
      for (const lang of ['sv', 'en'] as const) {
        const a = await kb.articleForCause(kind, lang);
        expect(a, `${kind} ${lang}`).not.toBeNull();
        expect(a!.url).toMatch(new RegExp(`^/help/[a-z0-9-]+\\?lang=${lang}$`));
      }
    }
    expect(await kb.articleForCause('not_a_fault', 'sv')).toBeNull();
    expect((await kb.articleForCause('dns_misconfigured', 'en'))?.url).toBe('/help/dns?lang=en');
  });

  it('suggestForTicket uses the messages, the language and the intent', async () => {
    const hits = await kb.suggestForTicket({
      intent: 'wifi_password',
      language: 'sv',
      subject: null,
      lastMessages: ['hej', 'jag har glömt lösenordet till wifi'],
    });
    expect(hits[0].slug).toBe('wifi-password');
    expect(hits.every((h) => h.language === 'sv')).toBe(true);
    const onlyIntent = await kb.suggestForTicket({
      intent: 'billing',
      language: 'en',
      lastMessages: ['hello'],
    });
    expect(onlyIntent.length).toBeGreaterThan(0);
    expect(onlyIntent.every((h) => h.intents.includes('billing'))).toBe(true);
  });
});
