import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/corpus/import/feed.js';
import { extractPage } from '../../../src/corpus/import/html.js';
import { sniffKind } from '../../../src/corpus/import/media.js';
import { ImportRefused } from '../../../src/corpus/import/types.js';
import { RUNS, SEED } from '../../fuzz/arbitraries.js';

/** Markup fragments of the kinds real pages mix, in any order and nesting, with hostile text. */
const fragment = fc.oneof(
  fc.constantFrom(
    '<p>',
    '</p>',
    '<div class="share">',
    '<div class="story-body">',
    '</div>',
    '<article>',
    '</article>',
    '<nav>',
    '<ul><li><a href="/x">"Quoted headline," says someone</a></li></ul>',
    '<h2>Related stories</h2>',
    '<time datetime="2024-13-45">',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":',
    '<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"author":[null,{"name":7}],"publisher":{"@id":"x"}}]}</script>',
    '<meta property="og:title" content="',
    '<br>',
    '<!--',
    '<![CDATA[',
    '&amp;&#x0;&#xD800;&bogus;',
  ),
  fc.string({ maxLength: 40 }),
  fc.constant('The council said on Monday that the plan "would go ahead", officials confirmed. '),
);
const page = fc.array(fragment, { maxLength: 60 }).map((parts) => `<!doctype html><html><body>${parts.join('')}</body></html>`);

/** Either an answer or a refusal the moderator can read, never a crash with a stack trace. True for an answer. */
function refusedOrDone(work: () => unknown): boolean {
  try {
    work();
    return true;
  } catch (err) {
    expect(err).toBeInstanceOf(ImportRefused);
    return false;
  }
}

describe('untrusted documents never crash the importer', () => {
  it('extracting any mix of markup gives an article or a refusal', () => {
    let articles = 0;
    fc.assert(
      fc.property(page, (html) => {
        articles += +refusedOrDone(() => {
          const { text, meta } = extractPage(html);
          expect(text.length).toBeGreaterThan(0);
          if (meta.date) expect(meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        });
      }),
      { numRuns: Math.min(RUNS, 100), seed: SEED },
    );
    // Both outcomes must occur, or the property only ever exercised one path.
    expect(articles).toBeGreaterThan(0);
    expect(articles).toBeLessThan(Math.min(RUNS, 100));
  });

  it('parsing any text as a feed gives items or a refusal, every item an http(s) link', () => {
    const xmlText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const link = fc.oneof(
      fc.constantFrom('https://a.example/x', '/relative/story', 'javascript:alert(1)', '//b.example/y', 'mailto:desk@news.example', 'http://[::1'),
      fc.string({ maxLength: 30 }),
    );
    const item = fc.record({ link, title: fc.string({ maxLength: 30 }), date: fc.string({ maxLength: 20 }) });
    const rss = fc
      .array(item, { maxLength: 8 })
      .map(
        (items) =>
          `<rss version="2.0"><channel>${items.map((i) => `<item><title>${xmlText(i.title)}</title><link>${xmlText(i.link)}</link><pubDate>${xmlText(i.date)}</pubDate></item>`).join('')}</channel></rss>`,
      );
    const atom = fc
      .array(item, { maxLength: 8 })
      .map(
        (items) =>
          `<feed xmlns="http://www.w3.org/2005/Atom">${items.map((i) => `<entry><title>${xmlText(i.title)}</title><link href="${xmlText(i.link).replace(/"/g, '&quot;')}"/><updated>${xmlText(i.date)}</updated></entry>`).join('')}</feed>`,
      );
    const xml = fc.oneof(fc.string({ maxLength: 200 }), rss, atom);
    let items = 0;
    fc.assert(
      fc.property(xml, (text) => {
        refusedOrDone(() => {
          for (const item of parseFeed(text, 'https://news.example/feed')) {
            expect(item.url).toMatch(/^https?:\/\//);
            items++;
          }
        });
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(items).toBeGreaterThan(0);
  });

  it('sniffing any bytes never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(['html', 'text', 'pdf', 'feed', undefined]).toContain(sniffKind(bytes));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
