import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeImporter, defaultPolicy, ImportRefused, type ImportInput, importArticle } from '../../../src/corpus/import/index.js';
import { DEFAULT_MAX_BYTES, SIDECAR_CAPS, splitParagraphs } from '../../../src/corpus/load.js';
import { STORIES } from '../../helpers/news-site.js';

const policy = defaultPolicy({});
afterAll(() => closeImporter());
const file = (name: string, body: string | Uint8Array): ImportInput => ({
  kind: 'file',
  name,
  bytes: typeof body === 'string' ? new TextEncoder().encode(body) : body,
});

async function refused(input: ImportInput): Promise<ImportRefused> {
  const err = await importArticle(input, policy).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ImportRefused);
  return err as ImportRefused;
}

const WIRE_STORY = `Quarry expansion rejected after village campaign

ASHBY, May 21, 2023 — County planners on Tuesday rejected a plan to double the size of the Ashby quarry after a two-year campaign by villagers.

"We were told it was a done deal," said campaigner Lotte Vance. "It turns out it was not."
`;

describe('importing an attached file', () => {
  it('reads a .txt article with its headline and dateline, as the corpus folder would', async () => {
    const article = await importArticle(file('quarry.txt', WIRE_STORY), policy);
    expect(article).toMatchObject({ title: 'Quarry expansion rejected after village campaign', date: '2023-05-21' });
    expect(article.found).toMatchObject({ title: 'text', date: 'dateline' });
    expect(article.url).toBeUndefined();
    expect(splitParagraphs(article.text)).toHaveLength(3);
  });

  it('takes the Markdown markup off a .md article', async () => {
    const md = `# Quarry expansion rejected

*ASHBY, May 21, 2023* — County planners **rejected** the plan, [the council said](https://council.example/quarry).

![Villagers outside the hall](photo.jpg)

> "We were told it was a done deal," said campaigner Lotte Vance.
`;
    const article = await importArticle(file('quarry.md', md), policy);
    expect(article.title).toBe('Quarry expansion rejected');
    expect(article.date).toBe('2023-05-21');
    expect(article.text).toContain('County planners rejected the plan, the council said.');
    expect(article.text).toContain('"We were told it was a done deal," said campaigner Lotte Vance.');
    expect(article.text).not.toMatch(/[*#>]|\]\(|photo\.jpg/);
  });

  it('extracts a saved .html page like a fetched one, citing its canonical link', async () => {
    const html = readFileSync(new URL('../../fixtures/pages/harbour-barrier.html', import.meta.url));
    const article = await importArticle(file('harbour.html', new Uint8Array(html)), policy);
    expect(article).toMatchObject({
      title: STORIES.jsonLd.title,
      date: STORIES.jsonLd.date,
      outlet: STORIES.jsonLd.outlet,
      url: 'https://courier.example/news/harbour-barrier',
    });
    expect(article.found?.url).toBe('json-ld');
  });

  it('checks the content against the name', async () => {
    const pdfNamedTxt = await refused(file('notes.txt', '%PDF-1.7\n%âãÏÓ\n'));
    expect(pdfNamedTxt.code).toBe('content-type');
    expect(pdfNamedTxt.reason).toBe('notes.txt is named like a text file but its content is a PDF.');
    const textNamedPdf = await refused(file('report.pdf', WIRE_STORY));
    expect(textNamedPdf.reason).toBe('report.pdf is named like a PDF but its content is plain text.');
    const binaryNamedHtml = await refused(file('page.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])));
    expect(binaryNamedHtml.reason).toBe('page.html is named like an HTML page but its content is binary data.');
  });

  it('refuses a file type it does not read', async () => {
    const err = await refused(file('story.docx', 'PK\u0003\u0004'));
    expect(err.code).toBe('content-type');
    expect(err.reason).toMatch(/only \.txt, \.md, \.html and \.pdf/);
  });

  it('refuses an attachment over the size limit before reading it', async () => {
    const err = await refused(file('huge.txt', new Uint8Array(policy.maxBytes + 1)));
    expect(err.code).toBe('too-large');
    expect(err.reason).toMatch(/huge\.txt is too large \(5\.0 MB; the limit is 5\.0 MB\)/);
  });

  it('holds article text to the corpus folder’s own size cap', async () => {
    const paragraph = `${'The committee heard evidence all afternoon. '.repeat(40)}\n\n`;
    const text = `Inquiry hears evidence\n\n${paragraph.repeat(Math.ceil((DEFAULT_MAX_BYTES + 1) / paragraph.length))}`;
    expect(text.length).toBeLessThan(policy.maxBytes);
    const err = await refused(file('inquiry.txt', text));
    expect(err.code).toBe('too-large');
    expect(err.reason).toMatch(/an article may have at most 2\.0 MB/);
  });

  it('refuses empty, undecodable and binary text files', async () => {
    expect((await refused(file('empty.txt', '  \n\n '))).code).toBe('no-article');
    expect((await refused(file('dump.txt', new Uint8Array([0x4f, 0x6b, 0, 0, 1, 2, 0x00, 0xff])))).reason).toBe(
      'dump.txt is named like a text file but its content is binary data.',
    );
    expect((await refused(file('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73])))).reason).toMatch(/not valid UTF-8/);
  });

  it('shortens an overlong title to the sidecar cap, with a warning', async () => {
    const headline = `Council ${'very '.repeat(80)}long headline`;
    const html = `<!doctype html><html><head><meta property="og:title" content="${headline}"></head><body><article><p>${'The council met on Monday to discuss the headline rules. '.repeat(5)}</p></article></body></html>`;
    const article = await importArticle(file('long.html', html), policy);
    expect(article.title.length).toBeLessThanOrEqual(SIDECAR_CAPS.title);
    expect(article.title.endsWith('…')).toBe(true);
    expect(article.warnings).toContain(`The title was shortened to ${SIDECAR_CAPS.title} characters.`);
    expect(article.warnings).toContain('No publication date was found.');
  });
});
