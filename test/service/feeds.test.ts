import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy, readFeed } from '../../src/corpus/import/index.js';
import { CorpusLibrary } from '../../src/corpus/library.js';
import { CoverageService } from '../../src/service/coverage.js';
import { FeedPoller, type FeedPoll, type FeedPollerOptions } from '../../src/service/feeds.js';
import { simpleExtract } from '../e2e/corpus.js';
import { tempCorpus } from '../helpers/corpus.js';
import { PATHS, STORIES, startNewsSite, type NewsSite } from '../helpers/news-site.js';

const policy = { ...defaultPolicy({}), allowPrivate: true };

let site: NewsSite;
let corpus: { dir: string; cleanup: () => Promise<void> };
let service: CoverageService;
let library: CorpusLibrary;
beforeAll(async () => {
  site = await startNewsSite();
  corpus = await tempCorpus({ 'harbour.txt': 'Harbour plan approved\n\n"We will rebuild the harbour before winter," Mayor Ana Ruiz said.\n' });
  service = await CoverageService.open({ seedsDir: corpus.dir, indexPath: null, extract: simpleExtract, importPolicy: policy });
  library = new CorpusLibrary(corpus.dir);
});
afterAll(async () => {
  await service.close();
  await corpus.cleanup();
  await site.close();
});

function poller(over: Partial<FeedPollerOptions> = {}): { poller: FeedPoller; logs: Array<[string, string, Record<string, unknown> | undefined]> } {
  const logs: Array<[string, string, Record<string, unknown> | undefined]> = [];
  const options: FeedPollerOptions = {
    feeds: [site.url(PATHS.rss), site.url(PATHS.atom)],
    intervalMs: 60_000,
    read: (url) => readFeed(url, policy),
    known: async (url) => (await library.findUrl(url)) !== undefined,
    add: (url) => service.add({ kind: 'url', url }),
    log: (level, msg, fields) => logs.push([level, msg, fields]),
    ...over,
  };
  return { poller: new FeedPoller(options), logs };
}

describe('feed polling', () => {
  it('adds each new item of an RSS and an Atom feed as a page, then nothing on the next poll', async () => {
    const { poller: p } = poller();
    const rss = await p.poll(site.url(PATHS.rss));
    const atom = await p.poll(site.url(PATHS.atom));
    expect(rss.ok && atom.ok).toBe(true);
    const titles = service.index.data.articles.map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining([STORIES.jsonLd.title, STORIES.openGraph.title, STORIES.boilerplate.title]));
    expect(rss.added.length).toBeGreaterThanOrEqual(2);
    // The feed's unusable items (no page behind a link, an ftp link) are refused with their reasons.
    for (const r of rss.refused) expect(r.reason.length).toBeGreaterThan(10);
    const again = await p.poll(site.url(PATHS.rss));
    expect(again).toMatchObject({ ok: true, added: [], refused: [], nextInMs: 60_000 });
  });

  it('a feed that fails is logged and retried with exponential back-off', async () => {
    const { poller: p, logs } = poller({ backoffMs: 1000, maxBackoffMs: 5000 });
    const polls = [];
    for (let i = 0; i < 4; i++) polls.push(await p.poll(site.url(PATHS.missing)));
    expect(polls.map((x) => x.ok)).toEqual([false, false, false, false]);
    expect(polls.map((x) => x.nextInMs)).toEqual([1000, 2000, 4000, 5000]);
    expect(logs.filter(([level, msg]) => level === 'warn' && msg === 'feed could not be read; retrying later')).toHaveLength(4);
    expect(logs[0][2]).toMatchObject({ feed: site.url(PATHS.missing), failures: 1, error: expect.any(String) });
  });

  it('on its own schedule: a failing feed is retried until it works, while the other feeds carry on', async () => {
    let attempts = 0;
    const flaky = 'https://flaky.example/feed.xml';
    const seen: FeedPoll[] = [];
    const done = new Promise<void>((resolve) => {
      const { poller: p } = poller({
        feeds: [flaky, site.url(PATHS.rss)],
        intervalMs: 10_000,
        backoffMs: 5,
        read: async (url) => {
          if (url !== flaky) return readFeed(url, policy);
          attempts++;
          if (attempts < 3) throw new Error('503 Service Unavailable');
          return [];
        },
      });
      p.start((poll) => {
        seen.push(poll);
        if (poll.feed === flaky && poll.ok) void p.stop().then(resolve);
      });
    });
    await done;
    expect(attempts).toBe(3);
    expect(seen.filter((s) => s.feed === flaky).map((s) => [s.ok, s.nextInMs])).toEqual([
      [false, 5],
      [false, 10],
      [true, 10_000],
    ]);
    expect(seen.some((s) => s.feed === site.url(PATHS.rss) && s.ok)).toBe(true);
  });
});

describe('feed settings', () => {
  it('FEEDS takes URLs separated by commas, spaces or new lines; FEED_INTERVAL_MINUTES defaults to 30', async () => {
    const { loadConfig } = await import('../../src/config.js');
    const config = loadConfig({ FEEDS: 'https://a.example/rss, https://b.example/atom\nhttps://a.example/rss' });
    expect(config.feeds).toEqual(['https://a.example/rss', 'https://b.example/atom']);
    expect(config.feedIntervalMinutes).toBe(30);
    expect(loadConfig({}).feeds).toEqual([]);
  });

  it('says what is wrong with a feed address or an interval', async () => {
    const { loadConfig } = await import('../../src/config.js');
    expect(() => loadConfig({ FEEDS: 'ftp://a.example/rss', FEED_INTERVAL_MINUTES: '0' })).toThrow(
      /FEEDS has "ftp:\/\/a\.example\/rss", which is not an http\(s\) address\.[\s\S]*FEED_INTERVAL_MINUTES must be a number of minutes from 1/,
    );
  });
});
