import { describe, expect, it } from 'vitest';
import { defaultPolicy, type FetchPolicy, ImportRefused, importArticle } from '../../../src/corpus/import/index.js';
import { splitParagraphs } from '../../../src/corpus/load.js';
import { PATHS, STORIES, useNewsSite } from '../../helpers/news-site.js';

const site = useNewsSite();

const policy: FetchPolicy = defaultPolicy({ FETCH_ALLOW_PRIVATE: 'true' });

async function bytesOf(path: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(site.url(path))).arrayBuffer());
}

describe('importing a PDF', () => {
  it('reads the text layer of a PDF link, with its title and author, and dates it by its dateline', async () => {
    const story = STORIES.pdf;
    const article = await importArticle({ kind: 'url', url: site.url(story.path) }, policy);
    expect(article).toMatchObject({ title: story.title, author: story.author, date: story.date, url: site.url(story.path) });
    expect(article.found).toMatchObject({ title: 'pdf-info', author: 'pdf-info', date: 'dateline' });
    expect(article.text).toContain(`“${story.quote},” said panel chair ${story.speaker}.`);
  });

  it('joins a paragraph’s lines and separates paragraphs and pages with blank lines', async () => {
    const article = await importArticle({ kind: 'url', url: site.url(STORIES.pdf.path) }, policy);
    const paragraphs = splitParagraphs(article.text).map((p) => p.text);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/found that the town’s warning system worked/);
    expect(paragraphs[2]).toMatch(/^The review makes eleven recommendations, including a second duty officer and a text alert/);
  });

  it('reads an attached PDF the same way', async () => {
    const article = await importArticle({ kind: 'file', name: 'flood-review.pdf', bytes: await bytesOf(STORIES.pdf.path) }, policy);
    expect(article.title).toBe(STORIES.pdf.title);
    expect(article.url).toBeUndefined();
    expect(article.text).toContain(STORIES.pdf.quote);
  });

  it('refuses a PDF with no text layer, saying so', async () => {
    for (const input of [
      { kind: 'url' as const, url: site.url(PATHS.scannedPdf) },
      { kind: 'file' as const, name: 'scan.pdf', bytes: await bytesOf(PATHS.scannedPdf) },
    ]) {
      const err = await importArticle(input, policy).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportRefused);
      expect((err as ImportRefused).code).toBe('no-text-layer');
      expect((err as ImportRefused).reason).toMatch(/no text layer.*OCR/);
    }
  });

  it('refuses a link served as a PDF whose content is an HTML error page', async () => {
    const err = await importArticle({ kind: 'url', url: site.url(PATHS.fakePdf) }, policy).catch((e: unknown) => e);
    expect((err as ImportRefused).code).toBe('content-type');
    expect((err as ImportRefused).reason).toMatch(/says it is a PDF but its content is not one/);
  });

  it('refuses a damaged PDF as unreadable', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF');
    const err = await importArticle({ kind: 'file', name: 'broken.pdf', bytes }, policy).catch((e: unknown) => e);
    expect((err as ImportRefused).code).toBe('unreadable');
  });
});
