import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Answer, AnswerResult } from '../../src/model/answer.js';
import type { ReindexReport } from '../../src/service/coverage.js';
import { PAGE_SIZE, listWithin, renderAnswer, renderContext, renderReindex } from '../../src/discord/render.js';
import { cut, marked, plain } from '../../src/discord/limits.js';
import { expectWellFormed, expectWithinLimits } from '../helpers/discord.js';

const runs = Number(process.env.FUZZ_RUNS ?? 150);

function result(over: Partial<AnswerResult> = {}): AnswerResult {
  const passage = over.passage ?? { text: '"We will rebuild the harbour before winter," Mayor Ana Ruiz said.', start: 100, end: 166 };
  return {
    kind: 'quote',
    text: 'We will rebuild the harbour before winter',
    speaker: 'Ana Ruiz',
    cue: 'said',
    source: { id: 'harbour', title: 'Harbour repairs approved', date: '2024-03-01' },
    passage,
    highlights: [{ start: 9, end: 16 }],
    score: 1,
    alsoIn: [],
    recordId: 'harbour:q0',
    ...over,
  };
}

function answer(results: AnswerResult[], over: Partial<Answer> = {}): Answer {
  return { command: 'whosaid', query: 'rebuild the harbour', found: true, answer: 'Ana Ruiz', results, ...over };
}

describe('cut', () => {
  it('keeps short text, cuts long text at a word with an ellipsis', () => {
    expect(cut('short', 10)).toBe('short');
    expect(cut('the quick brown fox jumps', 12)).toBe('the quick…');
    expect(cut('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('never splits a surrogate pair or leaves a dangling escape', () => {
    expect(cut(`${'a'.repeat(8)}😀😀`, 10)).toBe(`${'a'.repeat(8)}…`);
    expect(cut(`abcdefgh\\*tail`, 10)).toBe('abcdefgh…');
  });

  it('is within the limit for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 0, max: 300 }), (s, max) => cut(s, max).length <= Math.max(max, 0)),
      { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20170128) },
    );
  });
});

describe('plain and marked', () => {
  it('escapes markdown in corpus text', () => {
    expect(plain('**bold** _it_ `code` ||spoiler|| # heading', 200)).toBe('\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\|\\|spoiler\\|\\| # heading');
    expect(plain('[click](https://evil.example)', 200)).toBe('\\[click](https://evil.example)');
  });

  it('bolds the highlights and escapes around them', () => {
    expect(marked('We will *rebuild* it', [{ start: 9, end: 16 }], 100)).toBe('We will \\***rebuild**\\* it');
  });

  it('fits escaped text within the budget, cut at a word with "…" and no escape split at the cut', () => {
    const out = plain('snake_case *starred* harbour '.repeat(2000), 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out).toMatch(/^snake\\_case \\\*starred\\\* harbour .* (snake\\_case|\\\*starred\\\*|harbour)…$/);
    expectWellFormed(out);
  });

  it('never leaves a dangling backslash when only escapes fill the budget', () => {
    const out = plain('\\'.repeat(500), 101);
    expect(out).toMatch(/^(\\\\)+…$/);
    expect(out.length).toBeLessThanOrEqual(101);
  });

  it('escapes a masked link that the cut left without its closing parenthesis', () => {
    expect(plain('[click here](https://evil.example/a/long/path) said the mayor', 30)).toMatch(/^\\\[click here\]\(https:\/\/evil[^)\s]*…$/);
  });

  it('cuts a marked passage of any length within the budget, bold pairs closed', () => {
    const text = `"${'snake_case *starred* harbour '.repeat(7000)}" she said.`;
    const out = marked(
      text,
      [
        { start: 1, end: 11 },
        { start: 190_000, end: 190_010 },
      ],
      500,
    );
    expect(out.length).toBeLessThanOrEqual(500);
    expect(out.startsWith('"**snake\\_case**')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expectWellFormed(out);
  });

  it('never leaves an unclosed bold when cut, for any text and highlights', () => {
    const arb = fc
      .tuple(fc.string({ maxLength: 600 }), fc.array(fc.tuple(fc.nat(600), fc.nat(40)), { maxLength: 8 }), fc.integer({ min: 2, max: 300 }))
      .map(([text, spans, max]) => ({ text, spans: spans.map(([s, l]) => ({ start: s, end: s + l })), max }));
    fc.assert(
      fc.property(arb, ({ text, spans, max }) => {
        const out = marked(text, spans, max);
        expect(out.length).toBeLessThanOrEqual(max);
        const unescaped = out.replace(/\\./g, '');
        expect((unescaped.match(/\*\*/g) ?? []).length % 2).toBe(0);
      }),
      { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20170128) },
    );
  });
});

describe('renderAnswer', () => {
  it('a found answer is public, one embed per result on the page, with context buttons', () => {
    const msg = renderAnswer(answer([result()]), { stamp: 'abc123', args: ['rebuild the harbour'] });
    expect(msg.ephemeral).toBe(false);
    expect(msg.content).toBe('Who said “rebuild the harbour”? **Ana Ruiz**');
    const e = msg.embeds[0];
    expect(e.title).toBe('“We will rebuild the harbour before winter”');
    expect(e.description).toBe('> "We will **rebuild** the harbour before winter," Mayor Ana Ruiz said.');
    expect(e.fields).toEqual([
      { name: 'Speaker', value: 'Ana Ruiz', inline: true },
      { name: 'Cue', value: 'said', inline: true },
      { name: 'Source', value: '**Harbour repairs approved** · 2024-03-01', inline: false },
    ]);
    expect(msg.components[0].components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['v1|c|abc123|harbour:q0']);
  });

  it('"Also in" names every other article, by title when known', () => {
    const msg = renderAnswer(answer([result({ alsoIn: ['b', 'c'] })]), {
      stamp: 's',
      article: (id) => (id === 'b' ? { id, title: 'Harbour work begins', date: '2024-04-12' } : undefined),
    });
    const also = msg.embeds[0].fields!.find((f) => f.name.startsWith('Also in'))!;
    expect(also.name).toBe('Also in (2)');
    expect(also.value).toBe('• **Harbour work begins** · 2024-04-12\n• **c**');
  });

  it('pages results and offers "More results" only when there are more', () => {
    const many = Array.from({ length: 7 }, (_, i) => result({ recordId: `a:q${i}`, text: `quote ${i}` }));
    const first = renderAnswer(answer(many), { stamp: 's', args: ['x'] });
    expect(first.embeds).toHaveLength(PAGE_SIZE);
    expect(first.content).toContain('Page 1 of 3');
    const labels = first.components.flatMap((r) => r.components.map((b) => ('label' in b ? b.label : '')));
    expect(labels).toEqual(['Show context 1', 'Show context 2', 'Show context 3', 'More results']);
    const last = renderAnswer(answer(many), { stamp: 's', args: ['x'], page: 2 });
    expect(last.embeds.map((e) => e.title)).toEqual(['“quote 6”']);
    expect(last.components.flatMap((r) => r.components.map((b) => ('label' in b ? b.label : '')))).toEqual(['Show context 7', 'Previous']);
  });

  it('drops "More results" rather than sending a custom id over 100 characters', () => {
    const many = Array.from({ length: 5 }, (_, i) => result({ recordId: `a:q${i}` }));
    const msg = renderAnswer(answer(many), { stamp: 's', args: ['word '.repeat(30)] });
    expect(msg.components.flatMap((r) => r.components.map((b) => ('label' in b ? b.label : '')))).not.toContain('More results');
  });

  it('says when the sources differ', () => {
    const msg = renderAnswer(
      answer([result({ kind: 'fact', text: '7 countries', speaker: null })], { command: 'ask', answer: '7 countries', sourcesDiffer: true }),
      { stamp: 's' },
    );
    expect(msg.content).toContain('sources differ');
    expect(msg.embeds[0].title).toBe('7 countries');
  });

  it('nothing found: ephemeral, with at most three distinct suggestions', () => {
    const msg = renderAnswer(
      { command: 'whosaid', query: 'x', found: false, message: 'No quotation matches “x”.', results: [], suggestions: ['a', 'a', 'b', 'c', 'd'] },
      { stamp: 's' },
    );
    expect(msg).toMatchObject({ ephemeral: true, embeds: [] });
    expect(msg.content).toBe('No quotation matches “x”.\nDid you mean: “a” · “b” · “c”');
  });

  it('respects every Discord limit for hostile, huge answers', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 0, maxLength: 5000 });
    const res = fc.record({
      text,
      speaker: fc.option(text, { nil: null }),
      title: text,
      passage: fc.string({ minLength: 1, maxLength: 6000 }),
      alsoIn: fc.array(fc.string({ minLength: 1, maxLength: 300 }), { maxLength: 80 }),
      marks: fc.array(fc.tuple(fc.nat(6000), fc.nat(100)), { maxLength: 10 }),
    });
    fc.assert(
      fc.property(fc.array(res, { minLength: 1, maxLength: 30 }), text, fc.nat(12), (rs, query, page) => {
        const results = rs.map((r, i) =>
          result({
            text: r.text,
            speaker: r.speaker,
            source: { id: `id${i}`, title: r.title, date: '2024-01-01' },
            passage: { text: r.passage, start: 0, end: r.passage.length },
            highlights: r.marks.map(([s, l]) => ({ start: s, end: s + l })),
            alsoIn: r.alsoIn,
            recordId: `id${i}:q0`,
          }),
        );
        const msg = renderAnswer(answer(results, { query, answer: query }), {
          stamp: 'abcdef',
          args: [query],
          page,
          article: (id) => ({ id, title: id.repeat(20), date: null }),
        });
        expectWithinLimits(msg);
      }),
      { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20170128) },
    );
  });

  it('sources pages ten articles at a time, each with its counts', () => {
    const arts = Array.from({ length: 23 }, (_, i) =>
      result({ kind: 'article', text: `Article ${i}`, source: { id: `a${i}`, title: `Article ${i}`, date: '2024-01-01' }, counts: { quotes: i, facts: 1 } }),
    );
    const msg = renderAnswer({ command: 'sources', query: '', found: true, answer: '23 articles indexed', results: arts }, { stamp: 's' });
    expect(msg.embeds[0].title).toBe('23 articles indexed');
    expect(msg.embeds[0].description!.split('\n')).toHaveLength(10);
    expect(msg.embeds[0].description).toContain('1. **Article 0** · 2024-01-01 — 0 quotes, 1 fact');
    expect(msg.embeds[0].footer!.text).toBe('Page 1 of 3');
    expectWithinLimits(msg);
  });
});

describe('renderContext and renderReindex', () => {
  it('context is ephemeral; a vanished record is explained', () => {
    expect(renderContext(result()).ephemeral).toBe(true);
    expect(renderContext(null).content).toMatch(/no longer in the index/);
  });

  it('a report lists counts, the change and skipped files within limits', () => {
    const report: ReindexReport = {
      ok: true,
      counts: { articles: 5, quotes: 9, facts: 3, speakers: 4 },
      delta: { articles: 1, quotes: -2, facts: 0, speakers: 0, added: ['new'], removed: [], changed: ['old'] },
      warnings: Array.from({ length: 200 }, (_, i) => ({ file: `bad-${i}.txt`, reason: 'binary file (contains NUL bytes)' })),
      durationMs: 1234,
    };
    const msg = renderReindex(report);
    const fields = Object.fromEntries(msg.embeds[0].fields!.map((f) => [f.name, f.value]));
    expect(msg.embeds[0].title).toBe('Reindexed in 1.2 s');
    expect(fields).toMatchObject({ Articles: '5 (+1)', Quotes: '9 (-2)', Facts: '3 (±0)', 'Added (1)': '• new', 'Changed (1)': '• old' });
    expect(fields['Skipped files (200)']).toMatch(/^• bad-0\.txt: binary file[\s\S]*…and \d+ more$/);
    expectWithinLimits(msg);
  });

  it('a report lists sidecar warnings apart from skipped files: those articles did load', () => {
    const report: ReindexReport = {
      ok: true,
      counts: { articles: 5, quotes: 9, facts: 3, speakers: 4 },
      delta: { articles: 0, quotes: 0, facts: 0, speakers: 0, added: [], removed: [], changed: [] },
      warnings: [
        { file: 'blob.txt', reason: 'binary file (contains NUL bytes)' },
        { file: 'harbour.json', reason: 'sidecar ignored: not valid JSON' },
      ],
      durationMs: 1234,
    };
    const fields = Object.fromEntries(renderReindex(report).embeds[0].fields!.map((f) => [f.name, f.value]));
    expect(fields['Skipped files (1)']).toBe('• blob.txt: binary file (contains NUL bytes)');
    expect(fields['Sidecar warnings (1)']).toBe('• harbour.json: sidecar ignored: not valid JSON');
  });

  it('a failure says why and that the old index still answers; busy is one line', () => {
    const failed = renderReindex({
      ok: false,
      error: 'No readable articles.',
      counts: { articles: 1, quotes: 0, facts: 0, speakers: 0 },
      delta: { articles: 0, quotes: 0, facts: 0, speakers: 0, added: [], removed: [], changed: [] },
      warnings: [],
      durationMs: 5,
    });
    expect(failed.embeds[0].description).toBe('No readable articles.\nThe previous index is still answering.');
    const busy = renderReindex({
      ok: false,
      busy: true,
      error: 'A reindex is already running.',
      counts: { articles: 1, quotes: 0, facts: 0, speakers: 0 },
      delta: { articles: 0, quotes: 0, facts: 0, speakers: 0, added: [], removed: [], changed: [] },
      warnings: [],
      durationMs: 0,
    });
    expect(busy).toMatchObject({ content: 'A reindex is already running.', ephemeral: true });
  });

  it('listWithin ends with how many were left out', () => {
    expect(listWithin(['aaaa', 'bbbb', 'cccc'], 100)).toBe('aaaa\nbbbb\ncccc');
    expect(listWithin(['aaaa', 'bbbb', 'cccc'], 20)).toBe('aaaa\n…and 2 more');
  });
});
