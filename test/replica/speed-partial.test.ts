import { describe, expect, it } from 'vitest';
import { emptyNeeds } from '../../src/store/scoped.js';
import { PartialRecordsRead, scopedIndex, type VersionHead } from '../../src/replica/scoped-index.js';
import { COMMAND_TABLE } from '../../src/answer/commands.js';
import { article, person, quoteIn } from '../helpers/records.js';

const HEAD: VersionHead = {
  version: 1,
  extractor: 'test',
  population: { quotes: 40, facts: 0, speakers: 2 },
  articles: 20,
  warnings: [],
  builtAt: '2024-01-01T00:00:00.000Z',
};

/** A batch holding only its quotations with a needed word: the harbour quotation, not the library one. */
function partialBatch() {
  const a = article('harbour-1', 'The harbour wall will be rebuilt before winter, said Mira Kovac on Monday.\n');
  const quote = quoteIn(a, 'The harbour wall will be rebuilt before winter', 'Mira Kovac');
  const list = [{ seq: 0, article: a, quotes: [quote], facts: [] }];
  const words = { quotes: new Map([['harbour', 3]]), passages: new Map(), facts: new Map() };
  const partial = { touched: false };
  const winners = new Set<string>();
  const index = scopedIndex(HEAD, list, [person('Mira Kovac')], emptyNeeds(), { words, winners, partial });
  return { index, partial, winners };
}

describe('a batch read with only the records holding a needed word', () => {
  it('lets an answer that reads records through word searches run on it, and keeps its winners', () => {
    const { index, partial, winners } = partialBatch();
    const answer = COMMAND_TABLE.whosaid.answer(index, ['harbour wall rebuilt before winter']);
    expect(answer.found).toBe(true);
    expect(partial.touched).toBe(false);
    expect([...winners]).toEqual(['harbour-1']);
  });

  it('stops an answer at its first read of the record lists themselves, so the batch is read again whole', () => {
    for (const read of [
      (i: ReturnType<typeof partialBatch>['index']) => i.search.quotes.length,
      (i: ReturnType<typeof partialBatch>['index']) => i.extraction.quotes.length,
      (i: ReturnType<typeof partialBatch>['index']) => i.facts.all().length,
      (i: ReturnType<typeof partialBatch>['index']) => i.data.parts.length,
    ]) {
      const { index, partial } = partialBatch();
      expect(() => read(index)).toThrow(PartialRecordsRead);
      expect(partial.touched).toBe(true);
    }
  });
});

describe('a batch past the cap', () => {
  it("keeps as winners the articles of every quotation past the search's first cut, not only those it returned", () => {
    const texts = [
      'The harbour wall will be rebuilt before winter, said Mira Kovac on Monday.\n',
      'The harbour wall will be rebuilt in spring, said Mira Kovac after the storm.\n',
      'The old harbour wall will be rebuilt by the town, said Mira Kovac at the meeting.\n',
    ];
    const list = texts.map((text, i) => {
      const a = article(`harbour-${i}`, text);
      return { seq: i, article: a, quotes: [quoteIn(a, text.slice(0, text.indexOf(',')), 'Mira Kovac')], facts: [] };
    });
    const words = {
      quotes: new Map([
        ['harbour', 3],
        ['wall', 2],
        ['rebuilt', 1],
        ['winter', 1],
      ]),
      passages: new Map(),
      facts: new Map(),
    };
    const winners = new Set<string>();
    const index = scopedIndex(HEAD, list, [person('Mira Kovac')], emptyNeeds(), { words, winners });
    const hits = index.search.findQuotes({ text: 'harbour wall rebuilt before winter', mode: 'phrase', limit: 1 });
    expect(hits.map((h) => h.record.articleId)).toEqual(['harbour-0']);
    // The other two hold the asked words: the whole corpus's ranking weighs them too, so the last run must hold them.
    expect([...winners].sort()).toEqual(['harbour-0', 'harbour-1', 'harbour-2']);
  });
});
