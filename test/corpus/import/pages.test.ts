import { describe, expect, it } from 'vitest';
import { defaultPolicy, type FetchPolicy, ImportRefused, importArticle } from '../../../src/corpus/import/index.js';
import { splitParagraphs } from '../../../src/corpus/load.js';
import { nonEmpty } from '../../helpers/expect.js';
import { PATHS, STORIES, useNewsSite } from '../../helpers/news-site.js';

const site = useNewsSite();

const policy: FetchPolicy = defaultPolicy({ FETCH_ALLOW_PRIVATE: 'true' });
const fetchPage = (path: string) => importArticle({ kind: 'url', url: site.url(path) }, policy);

describe('importing a news page', () => {
  it('takes headline, date, author and publisher from JSON-LD before OpenGraph', async () => {
    const story = STORIES.jsonLd;
    const article = await fetchPage(story.path);
    // The page's og:title, og:site_name and article:published_time (the next morning, UTC) differ on purpose.
    expect(article).toMatchObject({ title: story.title, date: story.date, outlet: story.outlet, author: story.author, url: site.url(story.path) });
    expect(article.found).toMatchObject({ title: 'json-ld', date: 'json-ld', outlet: 'json-ld', author: 'json-ld', url: 'fetched' });
    expect(article.text).toContain(story.quote);
    expect(article.warnings).toEqual([]);
  });

  it('falls back to OpenGraph and article: tags when there is no JSON-LD', async () => {
    const story = STORIES.openGraph;
    const article = await fetchPage(story.path);
    expect(article).toMatchObject({ title: story.title, date: story.date, outlet: story.outlet, author: story.author });
    expect(article.found).toMatchObject({ title: 'opengraph', date: 'opengraph', outlet: 'opengraph', author: 'opengraph' });
  });

  it('dates a page by its <time> element, before the dateline, and names the byline', async () => {
    const story = STORIES.timeAndDateline;
    const article = await fetchPage(story.path);
    expect(article).toMatchObject({ title: story.title, date: story.date, author: story.author });
    expect(article.found).toMatchObject({ date: 'markup', author: 'markup' });
    // No publisher named anywhere on the page: the site's host stands in, and says so.
    expect(article.outlet).toBe('127.0.0.1');
    expect(article.found?.outlet).toBe('host');
    expect(article.text).toContain(story.quote);
  });

  it('dates a page with nothing but a wire dateline from that dateline', async () => {
    const story = STORIES.datelineOnly;
    const article = await fetchPage(story.path);
    expect(article.date).toBe(story.date);
    expect(article.found?.date).toBe('dateline');
    expect(article.author).toBeUndefined();
  });

  it('keeps only the article body of a page full of site furniture', async () => {
    const story = STORIES.boilerplate;
    const article = await fetchPage(story.path);
    expect(article).toMatchObject({ title: story.title, date: story.date, outlet: story.outlet, author: story.author });
    expect(article.text).toContain(story.quote);
    expect(article.text).toContain('freeze all new spending');
    for (const furniture of nonEmpty(story.furniture, 'the furniture phrases')) expect(article.text).not.toContain(furniture);
  });

  it('reads a blogging platform’s post without its sharing, related-posts and comment widgets', async () => {
    const story = STORIES.blog;
    const article = await fetchPage(story.path);
    expect(article).toMatchObject({ title: story.title, date: story.date, outlet: story.outlet, author: story.author });
    expect(article.text).toContain(story.quote);
    expect(article.text).toMatch(/^The waiting list for a council allotment/);
    for (const furniture of nonEmpty(story.furniture, 'the furniture phrases')) expect(article.text).not.toContain(furniture);
  });

  it('reads an old table layout wrapped in a page-wide form, decoding windows-1252 quotes and dashes', async () => {
    const story = STORIES.legacy;
    const article = await fetchPage(story.path);
    expect(article).toMatchObject({ title: story.title, date: story.date, outlet: story.outlet });
    expect(article.text).toContain(story.quote);
    expect(article.text).toMatch(/^LENNBRIDGE, Oct\. 15, 2021 – Voters/);
    expect(article.text).not.toMatch(/[\u0080-\u009f]/);
    for (const furniture of nonEmpty(story.furniture, 'the furniture phrases')) expect(article.text).not.toContain(furniture);
  });

  it('keeps the article’s paragraphs as blank-line separated blocks, without the byline line', async () => {
    const article = await fetchPage(STORIES.jsonLd.path);
    const paragraphs = splitParagraphs(article.text).map((p) => p.text);
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^Larkford's council voted 9 to 4/);
    expect(paragraphs[1]).toMatch(/^"We cannot keep bailing out/);
    expect(article.text).not.toMatch(/By Maya Okafor|14 March 2024/);
    expect(article.text).not.toContain('All rights reserved');
  });

  it('refuses a section front that lists stories but holds no article', async () => {
    const err = await importArticle({ kind: 'url', url: site.url(PATHS.sectionFront) }, policy).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRefused);
    expect((err as ImportRefused).code).toBe('no-article');
    expect((err as ImportRefused).reason).toMatch(/No article text was found/);
  });
});
