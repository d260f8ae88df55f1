import { describe, expect, it } from 'vitest';
import { emptyNeeds } from '../../src/store/scoped.js';
import { scopedIndex, type VersionHead } from '../../src/replica/scoped-index.js';
import { COMMAND_TABLE } from '../../src/answer/commands.js';
import { article, person, quoteIn } from '../helpers/records.js';

const HEAD: VersionHead = {
  version: 1,
  extractor: 'test',
  population: { quotes: 40, facts: 0, speakers: 2 },
  leads: true,
  wordCounts: false,
  articles: 20,
  warnings: [],
  builtAt: '2024-01-01T00:00:00.000Z',
};

const HARBOUR = 'The harbour wall will be rebuilt before winter, said Mira Kovac on Monday. The library will open on Sundays, she added.\n';

/** One article as a batch reads it: whole, or with only its quotations holding a needed word (the harbour one, not the library one). */
function batchOf(whole: boolean) {
  const a = article('harbour-1', HARBOUR);
  const quotes = [
    quoteIn(a, 'The harbour wall will be rebuilt before winter', 'Mira Kovac', 0),
    quoteIn(a, 'The library will open on Sundays', 'Mira Kovac', 1),
  ];
  const list = [{ seq: 0, article: a, quotes: whole ? quotes : quotes.slice(0, 1), facts: [] }];
  const words = { quotes: new Map([['harbour', 3]]), passages: new Map(), leads: new Map(), facts: new Map() };
  const winners = new Set<string>();
  const index = scopedIndex(HEAD, list, [person('Mira Kovac')], emptyNeeds(), { words, winners });
  return { index, winners };
}

describe('a batch read with only the records holding a needed word', () => {
  it('lets an answer that reads records through word searches run on it, and keeps its winners', () => {
    const { index, winners } = batchOf(false);
    const answer = COMMAND_TABLE.whosaid.answer(index, ['harbour wall rebuilt before winter']);
    expect(answer.found).toBe(true);
    expect([...winners]).toEqual(['harbour-1']);
  });

  it('gives an answer the command table declares to read no list what the whole articles give it', () => {
    expect(COMMAND_TABLE.whosaid.reads).toEqual([]);
    const question = ['harbour wall rebuilt before winter'];
    expect(COMMAND_TABLE.whosaid.answer(batchOf(false).index, question)).toEqual(COMMAND_TABLE.whosaid.answer(batchOf(true).index, question));
  });

  it("would change an answer counting a named speaker's quotations: so the last run reads those speakers' articles whole", () => {
    // /speaker counts the speaker's quotations: over the matching ones alone it counts one, not two.
    // It declares no list (reads []) because the last run over the batches' winners reads every
    // article of the speakers an answer names whole (batched.ts); bound.test.ts holds it equal.
    const partial = COMMAND_TABLE.speaker.answer(batchOf(false).index, ['Mira Kovac']);
    const whole = COMMAND_TABLE.speaker.answer(batchOf(true).index, ['Mira Kovac']);
    expect(whole.profile?.quotations).toBe(2);
    expect(partial.profile?.quotations).toBe(1);
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
      leads: new Map(),
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
