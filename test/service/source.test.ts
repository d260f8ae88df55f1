import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../../src/model/article.js';
import type { CorpusSource } from '../../src/corpus/source.js';
import { CoverageService } from '../../src/service/coverage.js';
import { article } from '../helpers/records.js';

// The service asks a corpus source for its articles; a folder is only the first kind. A source
// that holds articles in memory (as links or attachments will) gets the same answers and reindex.
class MemorySource implements CorpusSource {
  readonly articles = new Map<string, Article>();
  loads = 0;

  add(id: string, text: string): void {
    this.articles.set(id, { ...article(id, text, '2024-03-14'), hash: createHash('sha256').update(text).digest('hex') });
  }

  async load(): Promise<Corpus> {
    this.loads++;
    return { dir: 'memory', articles: [...this.articles.values()], warnings: [] };
  }
}

const HARBOUR = 'Harbour plan approved\n\n"We will rebuild the harbour before winter," Mayor Ana Ruiz said on Tuesday.\n';
const FERRY = 'Ferry sailings\n\n"Families have waited years for a morning boat," harbour master Ines Carvalho said.\n';

describe('a service over a corpus source that is not a folder', () => {
  it('answers from the articles the source gives', async () => {
    const source = new MemorySource();
    source.add('harbour', HARBOUR);
    const service = await CoverageService.open({ source, indexPath: null });
    expect(service.whosaid('rebuild the harbour').answer).toBe('Ana Ruiz');
    expect(source.loads).toBe(1);
    await service.close();
  });

  it('reindexes what the source holds now, and reports what was added', async () => {
    const source = new MemorySource();
    source.add('harbour', HARBOUR);
    const service = await CoverageService.open({ source, indexPath: null });
    source.add('ferry', FERRY);
    const report = await service.reindex();
    expect(report.ok).toBe(true);
    expect(report.delta.added).toEqual(['ferry']);
    expect(service.whosaid('a morning boat').answer).toBe('Ines Carvalho');
    await service.close();
  });
});
