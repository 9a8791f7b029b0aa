import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryTicketStore } from '../insights/testing/memory-tickets.js';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { kbPlugin } from './plugin.js';
import { openTestDb, type TestDb } from './testing/db.js';

describe('KB REST API and help centre', () => {
  let db: TestDb;
  let kb: KnowledgeBase;
  let app: FastifyInstance;
  const tickets = new MemoryTicketStore();

  beforeAll(async () => {
    db = await openTestDb('sqlite');
    kb = createKnowledgeBase({ db: db.db, engine: 'sqlite' });
    await kb.seed();
    app = Fastify();
    // A stand-in for the staff guard: writes need the x-staff header.
    await app.register(kbPlugin, {
      kb,
      tickets,
      writeGuard: async (request, reply) => {
        if (request.headers['x-staff'] !== 'editor') return reply.code(401).send({ title: 'Not signed in' });
        (request as unknown as { staff: { username: string } }).staff = { username: 'editor' };
      },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  describe('REST', () => {
    it('lists articles with filters', async () => {
      const res = await app.inject({ url: '/api/v1/kb/articles?lang=en&audience=staff' });
      expect(res.statusCode).toBe(200);
      const items = res.json().items as { slug: string; audience: string; url: string }[];
      expect(items.length).toBe(7);
      expect(items.every((a) => a.audience === 'staff')).toBe(true);
      const bad = await app.inject({ url: '/api/v1/kb/articles?lang=de' });
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.json().errors[0].in).toBe('query');
    });

    it('gets an article with sanitised HTML, by ?lang= or Accept-Language', async () => {
      const sv = await app.inject({ url: '/api/v1/kb/articles/router-lights?lang=sv' });
      expect(sv.statusCode).toBe(200);
      expect(sv.json()).toMatchObject({
        slug: 'router-lights',
        language: 'sv',
        version: 1,
        languages: ['en', 'sv'],
      });
      expect(sv.json().html).toContain('<h2>');
      const en = await app.inject({
        url: '/api/v1/kb/articles/router-lights',
        headers: { 'accept-language': 'en-GB,en;q=0.9' },
      });
      expect(en.json().language).toBe('en');
      expect((await app.inject({ url: '/api/v1/kb/articles/nope?lang=sv' })).statusCode).toBe(404);
      expect((await app.inject({ url: '/api/v1/kb/articles/..%2Fetc?lang=sv' })).statusCode).toBe(400);
    });

    it('creates, edits (new versions) and lists versions; guards writes', async () => {
      const body = {
        slug: 'guest-network',
        language: 'en',
        title: 'Guest network',
        body: 'Give visitors a **guest network**.<script>alert(1)</script>',
        intents: ['router_config'],
        tags: ['guest'],
        audience: 'customer',
      };
      expect(
        (await app.inject({ method: 'POST', url: '/api/v1/kb/articles', payload: body })).statusCode,
      ).toBe(401);
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/kb/articles',
        payload: body,
        headers: { 'x-staff': 'editor' },
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ version: 1, author: 'editor' });
      expect(created.json().html).not.toContain('<script');
      const dup = await app.inject({
        method: 'POST',
        url: '/api/v1/kb/articles',
        payload: body,
        headers: { 'x-staff': 'editor' },
      });
      expect(dup.statusCode).toBe(409);

      // The editor's preview renders and sanitises without storing, for editors only.
      const preview = { markdown: '# Hej\n\n**fet**<img src=x onerror=alert(1)>' };
      expect(
        (await app.inject({ method: 'POST', url: '/api/v1/kb/preview', payload: preview })).statusCode,
      ).toBe(401);
      const html = (
        await app.inject({
          method: 'POST',
          url: '/api/v1/kb/preview',
          payload: preview,
          headers: { 'x-staff': 'editor' },
        })
      ).json().html as string;
      expect(html).toContain('<strong>fet</strong>');
      expect(html).not.toContain('onerror');

      const put = await app.inject({
        method: 'PUT',
        url: '/api/v1/kb/articles/guest-network?lang=en',
        headers: { 'x-staff': 'editor' },
        payload: {
          title: 'Guest Wi-Fi network',
          body: 'Updated.',
          intents: ['router_config'],
          tags: ['guest'],
          baseVersion: 1,
        },
      });
      expect(put.statusCode).toBe(200);
      expect(put.json()).toMatchObject({ version: 2, title: 'Guest Wi-Fi network' });
      const stale = await app.inject({
        method: 'PUT',
        url: '/api/v1/kb/articles/guest-network?lang=en',
        headers: { 'x-staff': 'editor' },
        payload: { title: 'Stale', body: 'x', baseVersion: 1 },
      });
      expect(stale.statusCode).toBe(409);

      const md = await app.inject({
        method: 'PUT',
        url: '/api/v1/kb/articles/guest-network?lang=en',
        headers: { 'x-staff': 'editor' },
        payload: {
          markdown: '---\ntitle: From Markdown\naudience: customer\ntags: [guest]\n---\nBody from markdown.',
        },
      });
      expect(md.statusCode).toBe(200);
      expect(md.json()).toMatchObject({ version: 3, title: 'From Markdown', language: 'en' });

      const versions = await app.inject({ url: '/api/v1/kb/articles/guest-network/versions?lang=en' });
      expect(versions.json().items.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);

      const invalid = await app.inject({
        method: 'PUT',
        url: '/api/v1/kb/articles/guest-network?lang=en',
        headers: { 'x-staff': 'editor' },
        payload: { title: '', body: 'x' },
      });
      expect(invalid.statusCode).toBe(400);
      const badMd = await app.inject({
        method: 'POST',
        url: '/api/v1/kb/articles',
        headers: { 'x-staff': 'editor' },
        payload: { markdown: '---\ntitle: [broken\n---\nx' },
      });
      expect(badMd.statusCode).toBe(400);
    });

    it('searches, with hostile queries answered normally', async () => {
      const res = await app.inject({
        url: `/api/v1/kb/search?q=${encodeURIComponent('lampan blinkar rött')}&lang=sv`,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().items[0].slug).toBe('router-lights');
      for (const q of ['"', 'NEAR(a b)', '*', 'x AND -y', 'a'.repeat(20_000)]) {
        const r = await app.inject({ url: `/api/v1/kb/search?q=${encodeURIComponent(q)}` });
        expect(r.statusCode).toBe(200);
      }
      const staff = await app.inject({
        url: '/api/v1/kb/search?q=handoff%20field%20technician&lang=en&audience=staff',
      });
      expect(staff.json().items[0].slug).toBe('queue-field');
    });

    it('suggests articles for a ticket', async () => {
      const t = await tickets.create({ channel: 'chat', language: 'sv', intent: 'sites_unreachable' }, [
        {
          type: 'message_in',
          channel: 'chat',
          text: 'vissa webbsidor laddar inte, servern hittades inte',
          actor: { kind: 'customer', id: null },
        },
      ]);
      const res = await app.inject({ url: `/api/v1/kb/suggest?ticketId=${t.id}` });
      expect(res.statusCode).toBe(200);
      expect(res.json().items[0].slug).toBe('dns');
      expect((await app.inject({ url: '/api/v1/kb/suggest?ticketId=missing' })).statusCode).toBe(404);
      expect((await app.inject({ url: '/api/v1/kb/suggest' })).statusCode).toBe(400);
    });
  });

  describe('help centre', () => {
    it('lists customer articles in the negotiated language', async () => {
      const sv = await app.inject({ url: '/help' });
      expect(sv.statusCode).toBe(200);
      expect(sv.headers['content-type']).toContain('text/html');
      expect(sv.headers['content-security-policy']).toContain("default-src 'none'");
      expect(sv.body).toContain('<html lang="sv">');
      expect(sv.body).toContain('Vad lamporna på routern betyder');
      expect(sv.body).not.toContain('queue-tier2');
      const en = await app.inject({
        url: '/help',
        headers: { 'accept-language': 'en-US,en;q=0.8,sv;q=0.5' },
      });
      expect(en.body).toContain('<html lang="en">');
      expect(en.body).toContain('What the lights on your router mean');
      expect(en.body).toContain('hreflang="sv"');
    });

    it('searches: "lampan blinkar rött" finds the router-lights article', async () => {
      const res = await app.inject({ url: `/help?q=${encodeURIComponent('lampan blinkar rött')}&lang=sv` });
      expect(res.statusCode).toBe(200);
      const first = /<ol class="results"><li><a href="([^"]+)">([^<]+)<\/a>/.exec(res.body);
      expect(first?.[1]).toBe('/help/router-lights?lang=sv');
      expect(first?.[2]).toBe('Vad lamporna på routern betyder');
      expect(res.body).toContain('value="lampan blinkar rött"');
    });

    it('escapes the query and shows a friendly empty result', async () => {
      const q = '<script>alert("x")</script>';
      const res = await app.inject({ url: `/help?q=${encodeURIComponent(q)}&lang=en` });
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('<script>alert');
      expect(res.body).toContain('&lt;script&gt;');
    });

    it('renders an article, hides staff articles and answers 404 for unknown slugs', async () => {
      const res = await app.inject({ url: '/help/router-lights?lang=en' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<h1>What the lights on your router mean</h1>');
      expect(res.body).toContain('href="/help/router-lights?lang=sv"');
      expect(res.headers['content-language']).toBe('en');
      expect((await app.inject({ url: '/help/queue-tier2?lang=en' })).statusCode).toBe(404);
      const missing = await app.inject({ url: '/help/does-not-exist?lang=sv' });
      expect(missing.statusCode).toBe(404);
      expect(missing.body).toContain('Sidan finns inte');
      expect((await app.inject({ url: '/help/%3Cscript%3E' })).statusCode).toBe(404);
    });

    it('sanitises articles with script tags when rendering', async () => {
      await kb.create({
        slug: 'hostile',
        language: 'sv',
        title: 'Fientlig <b>artikel</b>',
        body: 'Hej <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))',
        audience: 'customer',
      });
      const res = await app.inject({ url: '/help/hostile?lang=sv' });
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toMatch(/<script>alert|onerror|javascript:/);
      expect(res.body).toContain('Fientlig &lt;b&gt;artikel&lt;/b&gt;');
    });

    it('serves the stylesheet', async () => {
      const css = await app.inject({ url: '/help/help.css' });
      expect(css.statusCode).toBe(200);
      expect(css.headers['content-type']).toContain('text/css');
    });
  });
});
