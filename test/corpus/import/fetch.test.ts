import { describe, expect, it } from 'vitest';
import { safeFetch } from '../../../src/corpus/import/fetch.js';
import { defaultPolicy, type FetchPolicy, ImportRefused, importArticle, readFeed } from '../../../src/corpus/import/index.js';
import { PATHS, REDIRECT_HOPS, STORIES, useNewsSite } from '../../helpers/news-site.js';

const site = useNewsSite();

/** The site is on 127.0.0.1, so tests that only need to reach it allow private addresses. */
const open: FetchPolicy = { ...defaultPolicy({ FETCH_ALLOW_PRIVATE: 'true' }), timeoutMs: 300 };
const strict: FetchPolicy = { ...open, allowPrivate: false };

async function refusal(work: Promise<unknown>): Promise<ImportRefused> {
  const err = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'expected the import to be refused').toBeInstanceOf(ImportRefused);
  return err as ImportRefused;
}

describe('defaultPolicy', () => {
  it('refuses private addresses unless FETCH_ALLOW_PRIVATE=true, with the limits the issue names', () => {
    expect(defaultPolicy({}).allowPrivate).toBe(false);
    expect(defaultPolicy({ FETCH_ALLOW_PRIVATE: 'yes please' }).allowPrivate).toBe(false);
    expect(defaultPolicy({ FETCH_ALLOW_PRIVATE: 'true' }).allowPrivate).toBe(true);
    expect(defaultPolicy({})).toMatchObject({ maxBytes: 5 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 5 });
    expect(defaultPolicy({}).userAgent).toMatch(/^coverage-bot\/\d+\.\d+\.\d+ \(\+news quotation bot\)$/);
  });
});

describe('safe fetching', () => {
  it('names the bot in its User-Agent', async () => {
    await importArticle({ kind: 'url', url: site.url(STORIES.openGraph.path) }, open);
    const hit = site.requests.findLast((r) => r.path === STORIES.openGraph.path);
    expect(hit?.userAgent).toBe(open.userAgent);
  });

  it.each(['ftp://files.example/story.txt', 'file:///etc/passwd', 'javascript:alert(1)', 'not a link'])('refuses %s: only http and https', async (url) => {
    expect((await refusal(importArticle({ kind: 'url', url }, open))).code).toBe('scheme');
  });

  it('follows a chain of redirects to the article and cites where it ended', async () => {
    const fetched = await safeFetch(site.url(PATHS.redirectChain), open, ['html']);
    expect(fetched.url).toBe(site.url(STORIES.jsonLd.path));
    expect(fetched.redirects).toHaveLength(REDIRECT_HOPS);
    const article = await importArticle({ kind: 'url', url: site.url(PATHS.redirectChain) }, open);
    expect(article.url).toBe(site.url(STORIES.jsonLd.path));
    expect(article.title).toBe(STORIES.jsonLd.title);
  });

  it('gives up after the policy’s number of redirects', async () => {
    const err = await refusal(importArticle({ kind: 'url', url: site.url(PATHS.redirectLoop) }, open));
    expect(err.code).toBe('too-many-redirects');
    expect(err.reason).toMatch(/more than 5 times/);
    expect(site.requests.filter((r) => r.path.startsWith('/loop/')).length).toBe(6);
  });

  it('refuses the local site itself when private addresses are not allowed, without sending it anything', async () => {
    const before = site.requests.length;
    const err = await refusal(importArticle({ kind: 'url', url: site.url(PATHS.toPrivate) }, strict));
    expect(err.code).toBe('private-address');
    expect(err.reason).toMatch(/^127\.0\.0\.1 is a private or local address; links may only point to public sites/);
    expect(site.requests.length).toBe(before);
  });

  it('refuses a redirect to a private address, checked again at that hop', async () => {
    // Only the test site's own address counts as "public" here, so the first hop is allowed and
    // the refusal can only come from checking the redirect's target.
    const onlyTheSite = (address: string) => address === '127.0.0.1';
    const err = await refusal(importArticle({ kind: 'url', url: site.url(PATHS.toPrivate) }, strict, onlyTheSite));
    expect(err.code).toBe('private-address');
    expect(err.reason).toContain('10.20.30.40');
    expect(site.requests.at(-1)?.path).toBe(PATHS.toPrivate);
  });

  it('resolves a host name and refuses it when it points to a private address', async () => {
    const before = site.requests.length;
    const byName = site.url(STORIES.jsonLd.path).replace('127.0.0.1', 'localhost');
    const err = await refusal(importArticle({ kind: 'url', url: byName }, strict));
    expect(err.code).toBe('private-address');
    expect(err.reason).toMatch(/^localhost is at (?:127\.0\.0\.1|::1), a private or local address/);
    expect(site.requests.length).toBe(before);
  });

  it('refuses a response slower than the time limit', async () => {
    const started = Date.now();
    const err = await refusal(importArticle({ kind: 'url', url: site.url(PATHS.slowHeaders) }, open));
    expect(err.code).toBe('timeout');
    expect(err.reason).toMatch(/took longer than 0\.3 s/);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('refuses a body that stalls after its first bytes', async () => {
    expect((await refusal(importArticle({ kind: 'url', url: site.url(PATHS.slowBody) }, open))).code).toBe('timeout');
  });

  it.each([
    ['streamed without a length', PATHS.huge],
    ['declaring its length', PATHS.hugeDeclared],
    ['small on the wire but huge once unzipped', PATHS.gzipBomb],
  ])('refuses a response over 5 MB %s', async (_, path) => {
    const err = await refusal(importArticle({ kind: 'url', url: site.url(path) }, { ...open, timeoutMs: 10_000 }));
    expect(err.code).toBe('too-large');
    expect(err.reason).toMatch(/the limit is 5\.0 MB/);
  });

  it.each([
    [PATHS.image, 'image/jpeg'],
    [PATHS.json, 'application/json'],
  ])('refuses %s, which is %s', async (path, type) => {
    const err = await refusal(importArticle({ kind: 'url', url: site.url(path) }, open));
    expect(err.code).toBe('content-type');
    expect(err.reason).toContain(type);
  });

  it('refuses XML that is neither an article nor a feed', async () => {
    const err = await refusal(importArticle({ kind: 'url', url: site.url(PATHS.sitemap) }, open));
    expect(err.code).toBe('content-type');
    expect(err.reason).toBe(`${site.url(PATHS.sitemap)} is XML data, not an article or a feed.`);
  });

  it('refuses an error page with its HTTP status', async () => {
    const err = await refusal(importArticle({ kind: 'url', url: site.url(PATHS.missing) }, open));
    expect(err.code).toBe('http-status');
    expect(err.reason).toContain('HTTP 404');
  });

  it('reads a page served without a content type by what its bytes are', async () => {
    const article = await importArticle({ kind: 'url', url: site.url(PATHS.untyped) }, open);
    expect(article.title).toBe(STORIES.openGraph.title);
  });

  it('reads a page that its server mislabels as text/plain as a page, not as markup', async () => {
    const article = await importArticle({ kind: 'url', url: site.url(PATHS.pageAsText) }, open);
    expect(article.title).toBe(STORIES.openGraph.title);
    expect(article.text).not.toMatch(/<p>|<\/div>/);
  });

  it('refuses a feed given as an article, pointing to FEEDS', async () => {
    const err = await refusal(importArticle({ kind: 'url', url: site.url(PATHS.rss) }, open));
    expect(err.code).toBe('content-type');
    expect(err.reason).toMatch(/is a feed, not an article.*FEEDS/);
  });

  it('applies the same limits to feeds', async () => {
    expect((await refusal(readFeed(site.url(PATHS.toPrivate), strict))).code).toBe('private-address');
    expect((await refusal(readFeed(site.url(PATHS.slowHeaders), open))).code).toBe('timeout');
    expect((await refusal(readFeed(site.url(PATHS.image), open))).code).toBe('content-type');
  });

  it('refuses a host that does not exist with a plain reason', async () => {
    const err = await refusal(importArticle({ kind: 'url', url: 'http://no-such-host.invalid/story' }, { ...open, timeoutMs: 5000 }));
    expect(err.code).toBe('unreadable');
    expect(err.reason).toMatch(/no-such-host\.invalid could not be found/);
  });
});
