import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runConsole } from '../../src/console/console.js';
import { parseConsoleLine } from '../../src/console/parse.js';
import { CoverageService } from '../../src/service/coverage.js';
import { simpleExtract } from '../e2e/corpus.js';
import { tempCorpus } from '../helpers/corpus.js';

const NOTICE = 'Pier lights restored\n\n"The pier is lit again from tonight," Oskar Vinter said.\n';

let corpus: { dir: string; cleanup: () => Promise<void> };
let service: CoverageService;
beforeEach(async () => {
  corpus = await tempCorpus({ 'harbour.txt': 'Harbour plan approved\n\n"We will rebuild the harbour before winter," Mayor Ana Ruiz said.\n' });
  service = await CoverageService.open({ seedsDir: corpus.dir, indexPath: null, extract: simpleExtract });
});
afterEach(async () => {
  await service.close();
  await corpus.cleanup();
});

async function session(lines: string[]): Promise<string> {
  const output = new PassThrough();
  let out = '';
  output.on('data', (d: Buffer) => (out += d.toString()));
  await runConsole({ service, input: Readable.from(lines.map((l) => `${l}\n`)), output });
  return out;
}

describe('console /add and /remove', () => {
  it('parse as the table’s /addsource and /removesource, with usage when the argument is missing', () => {
    expect(parseConsoleLine('/add https://news.example/a')).toEqual({ kind: 'add', source: 'https://news.example/a' });
    expect(parseConsoleLine('/addsource notes/pier.md')).toEqual({ kind: 'add', source: 'notes/pier.md' });
    expect(parseConsoleLine('/remove pier-lights')).toEqual({ kind: 'remove', id: 'pier-lights' });
    expect(parseConsoleLine('/add')).toEqual({ kind: 'error', message: 'Usage: /add <url|path>' });
    expect(parseConsoleLine('/remove  ')).toMatchObject({ kind: 'error' });
  });

  it('/add <path> adds the file and the next question finds it; /remove takes it out', async () => {
    const file = path.join(path.dirname(corpus.dir), 'pier.txt');
    await writeFile(file, NOTICE);
    const out = await session([`/add ${file}`, '/whosaid the pier is lit again', '/remove pier-lights-restored', '/whosaid the pier is lit again']);
    const [, added, found, removed, gone] = out.split('\n> ');
    expect(added).toMatch(/^Added: Pier lights restored\n {2}id {6}pier-lights-restored\n/);
    expect(added).toMatch(/found {3}1 quotation, 0 facts/);
    expect(found).toContain('Oskar Vinter');
    expect(removed).toBe('Removed: Pier lights restored (pier-lights-restored)');
    expect(gone).toMatch(/^No quotation/);
    expect(await readdir(corpus.dir)).toEqual(['harbour.txt']);
  });

  it('/add says why a source is refused', async () => {
    const out = await session(['/add ftp://files.example/story.txt']);
    expect(out).toMatch(/Not added: .+/);
    expect(await readdir(corpus.dir)).toEqual(['harbour.txt']);
  });
});

describe('/sources in the console', () => {
  it('shows an added article’s outlet and link', async () => {
    const { renderText, PLAIN } = await import('../../src/render/text.js');
    const answer = {
      command: 'sources' as const,
      query: '',
      found: true,
      answer: '1 article indexed',
      results: [
        {
          kind: 'article' as const,
          text: 'Pier lights restored',
          speaker: null,
          source: { id: 'pier', title: 'Pier lights restored', date: '2025-01-02', outlet: 'Harbour Gazette', url: 'https://gazette.example/pier' },
          passage: { text: '', start: 0, end: 0 },
          score: 1,
          alsoIn: [],
          counts: { quotes: 1, facts: 0 },
        },
      ],
    };
    expect(renderText(answer, PLAIN)).toContain(
      '1. Pier lights restored [pier, 2025-01-02, Harbour Gazette] — 1 quotes, 0 facts\n   https://gazette.example/pier',
    );
  });
});
