import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { openTestDb, testEngines, type TestDb } from './testing/db.js';

const base = {
  slug: 'test-article',
  language: 'en' as const,
  title: 'Test article',
  body: 'First body about routers.',
  intents: ['router_config' as const],
  tags: ['test'],
  audience: 'customer' as const,
};

describe.each(testEngines())('articles and versions (%s)', (engine) => {
  let db: TestDb;
  let kb: KnowledgeBase;
  let clock = 0;

  beforeEach(async () => {
    db = await openTestDb(engine);
    clock = Date.parse('2026-01-01T00:00:00Z');
    kb = createKnowledgeBase({ db: db.db, engine, now: () => new Date((clock += 1000)) });
  });
  afterEach(async () => db.close());

  it('creates version 1 and refuses a duplicate slug+language', async () => {
    const a = await kb.create(base, { author: 'alice' });
    expect(a).toMatchObject({ slug: 'test-article', version: 1, author: 'alice', title: 'Test article' });
    await expect(kb.create(base)).rejects.toMatchObject({ name: 'ArticleExistsError' });
    // The same slug in the other language is a different article.
    await expect(kb.create({ ...base, language: 'sv', title: 'Testartikel' })).resolves.toMatchObject({
      version: 1,
    });
    expect(await kb.languagesOf('test-article')).toEqual(['en', 'sv']);
  });

  it('keeps every edit as a version and moves the current pointer', async () => {
    await kb.create(base, { author: 'alice' });
    await kb.update({ ...base, title: 'Second title', body: 'Second body about fibre.' }, { author: 'bob' });
    const third = await kb.update(
      { ...base, title: 'Third title', body: 'Third body about invoices.' },
      { author: 'carol', baseVersion: 2 },
    );
    expect(third.version).toBe(3);
    const current = await kb.get('test-article', 'en');
    expect(current).toMatchObject({ title: 'Third title', version: 3, author: 'carol' });
    const versions = (await kb.versions('test-article', 'en'))!;
    expect(versions.map((v) => [v.version, v.title, v.author, v.current])).toEqual([
      [3, 'Third title', 'carol', true],
      [2, 'Second title', 'bob', false],
      [1, 'Test article', 'alice', false],
    ]);
    // The index follows the current version only.
    expect((await kb.search('invoices', { lang: 'en' }))[0]?.slug).toBe('test-article');
    expect(await kb.search('fibre', { lang: 'en' })).toEqual([]);
  });

  it('refuses an edit based on an old version', async () => {
    await kb.create(base);
    await kb.update({ ...base, title: 'Two' }, { baseVersion: 1 });
    await expect(kb.update({ ...base, title: 'Stale' }, { baseVersion: 1 })).rejects.toMatchObject({
      name: 'ArticleVersionConflictError',
    });
    expect((await kb.get(base.slug, 'en'))!.title).toBe('Two');
  });

  it('updating a missing article fails; put creates or updates', async () => {
    await expect(kb.update(base)).rejects.toMatchObject({ name: 'ArticleNotFoundError' });
    expect((await kb.put(base)).version).toBe(1);
    expect((await kb.put({ ...base, title: 'Again' })).version).toBe(2);
    expect(await kb.versions('missing', 'en')).toBeNull();
  });

  it('validates input', async () => {
    await expect(kb.create({ ...base, slug: 'Bad Slug!' })).rejects.toThrow();
    await expect(kb.create({ ...base, title: '' })).rejects.toThrow();
    await expect(kb.create({ ...base, intents: ['nope' as never] })).rejects.toThrow();
  });

  it('lists by language, audience and intent', async () => {
    await kb.create(base);
    await kb.create({ ...base, slug: 'staff-only', audience: 'staff', intents: ['billing'] });
    expect((await kb.list({ lang: 'en' })).map((a) => a.slug).sort()).toEqual(['staff-only', 'test-article']);
    expect((await kb.list({ audience: 'staff' })).map((a) => a.slug)).toEqual(['staff-only']);
    expect((await kb.list({ intent: 'router_config' })).map((a) => a.slug)).toEqual(['test-article']);
    expect(await kb.list({ lang: 'sv' })).toEqual([]);
  });

  it('seeds idempotently, follows changed seed files and leaves staff edits alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kb-seed-'));
    const file = (title: string) =>
      `---\ntitle: ${title}\naudience: customer\nintents: [billing]\ntags: [faktura]\n---\n\nText om ${title}.\n`;
    await writeFile(join(dir, 'one.sv.md'), file('Ett'));
    await writeFile(join(dir, 'two.sv.md'), file('Två'));
    expect(await kb.seed(dir)).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(await kb.seed(dir)).toEqual({ created: 0, updated: 0, unchanged: 2 });

    await writeFile(join(dir, 'one.sv.md'), file('Ett nytt'));
    await kb.update({ ...(await kb.get('two', 'sv'))!, title: 'Två, redigerad' }, { author: 'editor' });
    await writeFile(join(dir, 'two.sv.md'), file('Två från fil'));
    expect(await kb.seed(dir)).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect((await kb.get('one', 'sv'))!.title).toBe('Ett nytt');
    expect((await kb.get('two', 'sv'))!.title).toBe('Två, redigerad');
  });

  it('seeds the repository articles: at least 15 topics in both languages, staff articles for every queue', async () => {
    const r = await kb.seed();
    expect(r.created).toBeGreaterThanOrEqual(30);
    const sv = await kb.list({ lang: 'sv' });
    const en = await kb.list({ lang: 'en' });
    expect(sv.map((a) => a.slug).sort()).toEqual(en.map((a) => a.slug).sort());
    expect(sv.filter((a) => a.audience === 'customer').length).toBeGreaterThanOrEqual(15);
    for (const q of ['agents', 'tier2', 'noc', 'field', 'billing', 'sales', 'security']) {
      expect(sv.find((a) => a.slug === `queue-${q}`)?.audience).toBe('staff');
    }
  });
});
