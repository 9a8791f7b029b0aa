import { describe, expect, it } from 'vitest';
import { parseArticleSource, splitFrontMatter, toArticleSource, FrontMatterError } from './front-matter.js';
import { markdownToText, renderMarkdown } from './render.js';

describe('rendering articles', () => {
  it('renders Markdown', () => {
    const html = renderMarkdown('## Title\n\n- **bold** item\n\n[link](https://example.net)');
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it('removes scripts, event handlers, iframes and javascript: links', () => {
    const html = renderMarkdown(
      [
        '<script>alert(1)</script>',
        '<img src=x onerror="alert(2)">',
        '<iframe src="https://evil.example"></iframe>',
        '[click](javascript:alert(3))',
        '<a href="javascript:alert(4)">x</a>',
        '<p onclick="alert(5)" style="color:red">text</p>',
        '<svg><script>alert(6)</script></svg>',
        '<style>body{display:none}</style>',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/<script|onerror|onclick|<iframe|javascript:|<style|<svg|<img|style=/i);
    expect(html).toContain('text');
  });

  it('survives broken Markdown', () => {
    const broken =
      '# unclosed **bold\n\n```\nno closing fence\n\n<div><p>unbalanced\n\n[link](\n\n| a | b\n|---\n';
    const html = renderMarkdown(broken);
    expect(typeof html).toBe('string');
    expect(html).not.toContain('<div>');
    expect(markdownToText(broken).length).toBeGreaterThan(0);
  });

  it('turns Markdown into plain text', () => {
    expect(markdownToText('## Head\n\nSome *text* & <b>more</b>')).toBe('Head\nSome text & more');
  });
});

describe('front matter', () => {
  const source = `---
title: Vad lamporna betyder
language: sv
audience: customer
intents: [no_connection]
tags: [lampor, "2,4 GHz"]
---

Brödtext.
`;

  it('parses front matter and body', () => {
    const a = parseArticleSource(source, { slug: 'router-lights' });
    expect(a).toMatchObject({
      slug: 'router-lights',
      language: 'sv',
      title: 'Vad lamporna betyder',
      intents: ['no_connection'],
      tags: ['lampor', '2,4 GHz'],
      audience: 'customer',
    });
    expect(a.body.trim()).toBe('Brödtext.');
  });

  it('round-trips', () => {
    const a = parseArticleSource(source, { slug: 'router-lights' });
    expect(parseArticleSource(toArticleSource(a))).toEqual(a);
  });

  it('rejects bad front matter with a clear message', () => {
    expect(() => parseArticleSource('---\ntitle: [unclosed\n---\nx', { slug: 'a', language: 'sv' })).toThrow(
      FrontMatterError,
    );
    expect(() => parseArticleSource('---\ntitle: T\nlanguage: de\n---\nx', { slug: 'a' })).toThrow(
      /language/,
    );
    expect(() =>
      parseArticleSource('---\ntitle: T\nintents: [flying]\n---\nx', { slug: 'a', language: 'en' }),
    ).toThrow(/intents/);
    expect(() => parseArticleSource('no front matter', { slug: 'a', language: 'en' })).toThrow(/title/);
    expect(splitFrontMatter('plain').body).toBe('plain');
  });
});
