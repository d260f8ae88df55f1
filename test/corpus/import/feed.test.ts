import { describe, expect, it } from 'vitest';
import { MAX_FEED_ITEMS, parseFeed } from '../../../src/corpus/import/feed.js';
import { defaultPolicy, type FetchPolicy, ImportRefused, readFeed } from '../../../src/corpus/import/index.js';
import { PATHS, STORIES, useNewsSite } from '../../helpers/news-site.js';

const site = useNewsSite();

const policy: FetchPolicy = defaultPolicy({ FETCH_ALLOW_PRIVATE: 'true' });

describe('reading feeds', () => {
  it('lists an RSS 2.0 feed’s items with absolute links, titles and dates', async () => {
    const items = await readFeed(site.url(PATHS.rss), policy);
    expect(items).toEqual([
      { url: site.url(STORIES.jsonLd.path), title: STORIES.jsonLd.title, date: '2024-03-14' },
      // A relative link is resolved against the feed; a CDATA title is read as text.
      { url: site.url(STORIES.openGraph.path), title: STORIES.openGraph.title, date: '2023-11-02' },
      // No <link>: a guid that is a permalink stands in.
      { url: site.url('/audio/week-in-politics'), title: 'Podcast: the week in council politics' },
    ]);
  });

  it('lists an Atom feed’s entries by their alternate link, preferring the published date', async () => {
    const items = await readFeed(site.url(PATHS.atom), policy);
    expect(items).toEqual([
      { url: site.url(STORIES.boilerplate.path), title: STORIES.boilerplate.title, date: '2024-02-20' },
      { url: site.url(STORIES.timeAndDateline.path), title: STORIES.timeAndDateline.title, date: '2022-06-09' },
    ]);
  });

  it('points to the feed a web page advertises when the page is given as a feed', async () => {
    const err = await readFeed(site.url(PATHS.sectionFront), policy).catch((e: unknown) => e);
    expect((err as ImportRefused).code).toBe('content-type');
    expect((err as ImportRefused).reason).toBe(`${site.url(PATHS.sectionFront)} is not an RSS or Atom feed. The page names its feed: ${site.url(PATHS.rss)}`);
  });

  it('keeps at most MAX_FEED_ITEMS items of a very long feed', () => {
    const items = Array.from({ length: MAX_FEED_ITEMS + 50 }, (_, i) => `<item><title>Story ${i}</title><link>https://news.example/s/${i}</link></item>`).join(
      '',
    );
    const parsed = parseFeed(`<rss version="2.0"><channel><title>Busy</title>${items}</channel></rss>`, 'https://news.example/feed');
    expect(parsed).toHaveLength(MAX_FEED_ITEMS);
    expect(parsed[0].url).toBe('https://news.example/s/0');
  });

  it('decodes a feed in the charset its XML declaration names', async () => {
    const items = await readFeed(site.url(PATHS.latin1Feed), policy);
    expect(items).toEqual([{ url: site.url('/news/cafe-owners'), title: 'Café owners back the harbour barrier', date: '2024-03-18' }]);
  });

  it('refuses a web page given as a feed', async () => {
    const err = await readFeed(site.url(STORIES.jsonLd.path), policy).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRefused);
    expect((err as ImportRefused).code).toBe('content-type');
    expect((err as ImportRefused).reason).toMatch(/is not an RSS or Atom feed/);
  });

  it('refuses a feed that declares entities, which could expand without bound', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<rss version="2.0"><channel><item><title>&b;</title><link>https://news.example/a</link></item></channel></rss>`;
    expect(() => parseFeed(bomb, 'https://news.example/feed')).toThrow(/declares XML entities/);
  });

  it('refuses XML that is not a feed, and XML that is not well formed', () => {
    expect(() => parseFeed('<?xml version="1.0"?><sitemap><url>https://news.example/a</url></sitemap>', 'https://news.example/')).toThrow(
      /not an RSS or Atom feed/,
    );
    expect(() => parseFeed('<rss><channel><item><title>Half', 'https://news.example/')).toThrow(ImportRefused);
  });

  it('reads an RSS 1.0 (RDF) feed', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://news.example/"><title>Old-style feed</title></channel>
  <item rdf:about="https://news.example/council-minutes"><title>Council minutes published</title><link>https://news.example/council-minutes</link><dc:date>2020-05-06T10:00:00Z</dc:date></item>
</rdf:RDF>`;
    expect(parseFeed(rdf, 'https://news.example/feed.rdf')).toEqual([
      { url: 'https://news.example/council-minutes', title: 'Council minutes published', date: '2020-05-06' },
    ]);
  });
});
