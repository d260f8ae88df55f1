import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { makeQueries } from '../../bench/queries.js';
import { truthExtraction, truthParts } from '../../bench/truth.js';
import { CoverageSearch, type Hit } from '../../src/search/search.js';
import { ScanSearch } from '../../src/search/scan.js';
import type { Article } from '../../src/model/article.js';
import { nonEmpty } from '../helpers/expect.js';

// A fixed corpus and query set: the fast path must agree with the plain fuse.js scan.
const SEED = 1234;
const generated = generateCorpus(SEED, 150);
const parts = truthParts(generated, new Map());
const x = truthExtraction(generated, parts);
const articles = new Map<string, Article>(
  generated.map((a) => [a.id, { id: a.id, file: a.file, title: a.id, date: null, outlet: null, url: null, text: a.text, paragraphs: [], hash: a.id }]),
);
const fast = new CoverageSearch(articles, x.quotes, x.facts, x.entities);
const scan = new ScanSearch(articles, x.quotes, x.facts, x.entities);
const queries = makeQueries(SEED, generated, 40);

/** Same best score on fuse.js's scale, and the same record unless the scan itself has a tie at the top. */
function expectSameTop<T extends { id: string }>(a: Hit<T>[], b: Hit<T>[], what: string): void {
  if (b.length === 0) return expect(a, what).toEqual([]);
  expect(a.length, what).toBeGreaterThan(0);
  expect(a[0].score, what).toBeCloseTo(b[0].score, 9);
  if (b.length < 2 || b[1].score < b[0].score) expect(a[0].record.id, what).toBe(b[0].record.id);
}

describe('candidate search agrees with the full scan', () => {
  it('on quotation fragments, exact and misspelt, and on unfinished autocomplete input', () => {
    const phrases = queries.filter((q) => (q.command === 'whosaid' || q.command === 'autocomplete') && q.expect);
    expect(phrases.length).toBeGreaterThan(50);
    for (const q of phrases) {
      const query = { text: q.text, mode: 'phrase' as const, limit: 10 };
      expectSameTop(fast.findQuotes(query), scan.findQuotes(query), q.text);
    }
  });

  it('on topics, with and without a speaker', () => {
    const topics = queries.filter((q) => q.command === 'quote' && q.expect);
    for (const q of nonEmpty(topics)) {
      const speakerId = q.speaker ? scan.findSpeakers(q.speaker, 1)[0]?.record.id : undefined;
      const query = { text: q.text, mode: 'topic' as const, speakerId, limit: 10 };
      expectSameTop(fast.findQuotes(query), scan.findQuotes(query), `${q.text} / ${q.speaker ?? ''}`);
    }
  });

  it('on speaker names, misspelt and half typed', () => {
    for (const e of nonEmpty(x.entities.slice(0, 40))) {
      for (const text of [e.name, e.aliases[0], e.name.slice(0, -2), e.name.replace(/(\w)(\w)(\w*)$/, '$2$1$3')]) {
        expectSameTop(fast.findSpeakers(text, 5), scan.findSpeakers(text, 5), text);
      }
    }
  });

  it('on fact terms', () => {
    for (const f of nonEmpty(x.facts.slice(0, 60))) {
      const terms = f.terms.slice(0, 3);
      expectSameTop(fast.findFacts(terms, 10), scan.findFacts(terms, 10), terms.join(' '));
    }
  });

  it('finds nothing for nonsense where the scan finds nothing usable', () => {
    for (const q of nonEmpty(queries.filter((q) => !q.expect && q.command === 'whosaid'))) {
      const mine = fast.findQuotes({ text: q.text, mode: 'phrase' });
      const theirs = scan.findQuotes({ text: q.text, mode: 'phrase' });
      expect(mine[0]?.score ?? 0, q.text).toBeLessThanOrEqual(Math.max(theirs[0]?.score ?? 0, 0));
    }
  });

  it('keeps speaker filtering and empty topics as before', () => {
    const speaker = x.entities[0];
    const mine = fast.findQuotes({ text: '', mode: 'topic', speakerId: speaker.id, limit: 5 });
    expect(mine).toEqual(scan.findQuotes({ text: '', mode: 'topic', speakerId: speaker.id, limit: 5 }));
    expect(mine.every((h) => h.record.speakerId === speaker.id)).toBe(true);
  });
});

describe('facts ranked without fuse.js', () => {
  it('match rankFacts exactly: same records, order and scores', async () => {
    const { rankFacts, rankFactsDirect, FACT_OPTIONS } = await import('../../src/search/ranking.js');
    const Fuse = (await import('fuse.js')).default;
    const pool = x.facts.slice(0, 400);
    const fuse = new Fuse(pool, FACT_OPTIONS);
    for (const f of nonEmpty(x.facts.slice(0, 80))) {
      for (const terms of [f.terms.slice(0, 2), f.terms.slice(1, 4), [f.terms[0], f.terms[0]], ['countries', 'million'], ['zz']]) {
        const direct = rankFactsDirect(pool, terms, 15);
        expect(direct, terms.join(' ')).toEqual(rankFacts(fuse, terms, 15));
      }
    }
    expect(rankFactsDirect(pool, ['new york'], 5)).toBeNull();
  });
});
