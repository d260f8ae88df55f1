import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageIndex } from '../../src/index/build.js';
import { ask } from '../../src/answer/ask.js';
import { CoverageService } from '../../src/service/coverage.js';
import { renderJson } from '../../src/render/json.js';
import { seedCorpus, indexFolder } from '../helpers/corpus.js';

let dir = '';
let cleanup: () => Promise<void> = async () => {};
let index: CoverageIndex;

beforeAll(async () => {
  ({ dir, cleanup } = await seedCorpus());
  index = await indexFolder(dir);
}, 60_000);
afterAll(() => cleanup());

describe('/ask on the seed articles', () => {
  it('answers how many Iraqis were detained with two and the passage that says so', () => {
    const a = ask(index, 'how many Iraqis were detained?');
    expect(a).toMatchObject({ command: 'ask', found: true, answer: '2 Iraqis' });
    const [r] = a.results;
    expect(r).toMatchObject({ kind: 'fact', text: 'two' });
    expect(r.values?.[0]).toMatchObject({ type: 'number', normalized: 2 });
    expect(r.passage.text).toContain('two Iraqis');
    const [h] = r.highlights ?? [];
    expect(r.passage.text.slice(h.start, h.end)).toBe('two');
    const article = index.search.articles.get(r.source.id);
    expect(article?.text.slice(r.passage.start, r.passage.end)).toBe(r.passage.text);
  });

  it('shows both dates, each with its source, when the articles disagree', () => {
    const a = ask(index, 'when did trump sign the executive order?');
    expect(a.sourcesDiffer).toBe(true);
    const shown = a.results.map((r) => [r.source.id, r.values?.[0]?.normalized]);
    expect(shown).toContainEqual(['000_fdfe677597a01e9a', '2017-01-28']);
    expect(shown).toContainEqual(['001_93d2c1f3263bb723', 'Friday']);
  });

  it('lists every country of the order as one value', () => {
    const a = ask(index, 'which countries are affected by the ban?');
    expect(a.results[0].values?.[0].items).toHaveLength(7);
  });

  it('names every other article that states the same value', () => {
    const a = ask(index, 'who signed the executive order?');
    expect(a.answer).toBe('Donald Trump');
    const ids = new Set([a.results[0].source.id, ...a.results[0].alsoIn]);
    expect(ids.size).toBeGreaterThanOrEqual(2);
  });

  it('stays silent rather than answer with an unrelated sentence', () => {
    for (const q of ['when did obama sign the order?', 'how many people died at the airport', 'who won the world cup']) {
      const a = ask(index, q);
      expect(a.found, q).toBe(false);
      expect(a.results).toEqual([]);
      expect(a.message).toBeTruthy();
    }
  });

  it('rejects input without words', () => {
    expect(ask(index, ' ?!  ')).toMatchObject({ found: false, results: [] });
  });

  it('gives the service (console, JSON CLI, bot) the very same answer object', async () => {
    const service = await CoverageService.open({ seedsDir: dir, indexPath: null });
    const q = 'how many Iraqis were detained?';
    expect(JSON.parse(renderJson(service.ask(q)))).toEqual(JSON.parse(renderJson(ask(index, q))));
  });
});
