import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer, AnswerResult } from '../../src/model/answer.js';
import { LIMITS } from '../../src/discord/limits.js';
import { renderAnswer, renderContext } from '../../src/discord/render.js';
import { expectWellFormed, expectWithinLimits, textsOf } from '../helpers/discord.js';

/**
 * discord.js's escapeMarkdown costs time in the square of its input (its italic patterns look
 * back to the start of the line for every `_` and `*`), so the renderer must only ever hand it
 * what can be shown. The spy records every input's length; an input longer than any Discord
 * field is answered at once instead of escaped, so a regression fails quickly instead of hanging.
 */
const escaped = vi.hoisted(() => ({ longest: 0 }));
vi.mock('discord.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('discord.js')>();
  return {
    ...real,
    escapeMarkdown: (text: string, options?: Parameters<typeof real.escapeMarkdown>[1]) => {
      escaped.longest = Math.max(escaped.longest, text.length);
      return text.length > 4096 ? '' : real.escapeMarkdown(text, options);
    },
  };
});

beforeEach(() => {
  escaped.longest = 0;
});

const SIZES = [20_000, 200_000];

/** Words with markdown in them: the worst case for the escaper, and a word boundary every few characters. */
function hostile(n: number): string {
  const unit = 'snake_case *starred* harbour ';
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** Cut at a word: what precedes the ellipsis is one of the fixture's whole words, escaped. */
const AT_WORD = /(snake\\_case|\\\*starred\\\*|harbour)…/;

function quote(text: string, passage: string, title = 'Harbour repairs approved'): AnswerResult {
  return {
    kind: 'quote',
    text,
    speaker: 'Ana Ruiz',
    cue: 'said',
    source: { id: 'harbour', title, date: '2024-03-01', outlet: 'The Ledger' },
    passage: { text: passage, start: 0, end: passage.length },
    highlights: [{ start: 1, end: 11 }],
    score: 1,
    alsoIn: [],
    recordId: 'harbour:q0',
  };
}

function article(title: string, outlet: string): AnswerResult {
  return {
    kind: 'article',
    text: title,
    speaker: null,
    source: { id: 'long', title, date: '2024-03-01', outlet },
    passage: { text: '', start: 0, end: 0 },
    score: 1,
    alsoIn: [],
    counts: { quotes: 1, facts: 0 },
  };
}

function expectShownWell(msg: ReturnType<typeof renderAnswer>): void {
  expect(escaped.longest).toBeGreaterThan(0);
  expect(escaped.longest).toBeLessThanOrEqual(LIMITS.description);
  expectWithinLimits(msg);
  const texts = textsOf(msg);
  expect(texts.length).toBeGreaterThan(0);
  for (const t of texts) expectWellFormed(t);
}

describe('rendering cost does not depend on the length of the corpus text', () => {
  it.each(SIZES)('/whosaid with a %i-character quotation escapes no more than a field and fits Discord', (n) => {
    const text = hostile(n);
    const answer: Answer = { command: 'whosaid', query: 'snake case', found: true, answer: 'Ana Ruiz', results: [quote(text, `"${text}," Ana Ruiz said.`)] };
    const msg = renderAnswer(answer, { stamp: 's' });
    expectShownWell(msg);
    expect(msg.embeds[0].title).toMatch(new RegExp(`^“snake.* ${AT_WORD.source}”$`));
  });

  it.each(SIZES)('/sources with a %i-character title and outlet escapes no more than a field and fits Discord', (n) => {
    const answer: Answer = { command: 'sources', query: '', found: true, answer: '1 article indexed', results: [article(hostile(n), hostile(n))] };
    const msg = renderAnswer(answer, { stamp: 's' });
    expectShownWell(msg);
    expect(msg.embeds[0].description).toMatch(new RegExp(`^1\\. \\*\\*snake.* ${AT_WORD.source}\\*\\* · 2024-03-01 · snake`));
  });

  it.each(SIZES)('"Show context" with a %i-character passage and title escapes no more than a field and fits Discord', (n) => {
    const msg = renderContext(quote('short', hostile(n), hostile(n)));
    expectShownWell(msg);
    expect(msg.embeds[0].description).toMatch(new RegExp(` ${AT_WORD.source}$`));
  });

  it.each(SIZES)('"nothing found" with a %i-character message escapes no more than a field and fits Discord', (n) => {
    const msg = renderAnswer({ command: 'whosaid', query: 'x', found: false, message: hostile(n), results: [], suggestions: [hostile(n)] }, { stamp: 's' });
    expectShownWell(msg);
  });
});
