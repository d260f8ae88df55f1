import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../../src/extract/marks.js';
import { quotesOf } from './quotes-helpers.js';
import { nonEmpty } from '../helpers/expect.js';

const inner = (text: string): string[] => scanQuotes(text).map((m) => text.slice(m.start, m.end));

describe('quote marks', () => {
  it('finds straight and curly double quotes', () => {
    expect(inner('He said "yes" and she said \u201cno\u201d.')).toEqual(['yes', 'no']);
  });

  it('excludes the marks, surrounding spaces and a trailing comma from the quoted words', () => {
    expect(inner('"We will win," Ana Ruiz said.')).toEqual(['We will win']);
  });

  it('keeps sentence-final punctuation inside the marks', () => {
    expect(inner('Ana Ruiz said: "We will win."')).toEqual(['We will win.']);
  });

  it('reads an opening curly mark typed after the closing punctuation as the closer', () => {
    const text =
      '\u201cThe county cannot keep borrowing against next year,\u201c said Ada Whitcombe, the county treasurer. \u201cWe will run out of room.\u201d';
    expect(inner(text)).toEqual(['The county cannot keep borrowing against next year', 'We will run out of room.']);
    expect(quotesOf(text).quotes.map((q) => q.speaker)).toEqual(['Ada Whitcombe', 'Ada Whitcombe']);
  });

  it('still reads an opening curly mark before a word as an opener', () => {
    expect(inner('\u201cWe are ready,\u201d she said, calling it \u201ca new start.\u201d')).toEqual(['We are ready', 'a new start.']);
  });

  it('keeps a nested single-quoted phrase inside its quotation', () => {
    expect(inner('"They called it \u2018a fiasco\u2019 in May," he said.')).toEqual(['They called it \u2018a fiasco\u2019 in May']);
  });

  it('closes a quotation left open at the end of a paragraph, and reopens it in the next', () => {
    const text = '"The first part runs on.\n\n"The second part ends here," she said.';
    expect(inner(text)).toEqual(['The first part runs on.', 'The second part ends here']);
    expect(scanQuotes(text)[0].close).toBeNull();
  });

  it('accepts a straight mark closing a curly opener', () => {
    expect(inner('\u201cWe are done," Ana Ruiz said.')).toEqual(['We are done']);
  });

  it('does not take apostrophes for marks', () => {
    expect(inner('"We don\u2019t know, and we can\u2019t say," he said.')).toEqual(['We don\u2019t know, and we can\u2019t say']);
  });
});

describe('bad input', () => {
  it('returns nothing for empty text', () => {
    expect(quotesOf('')).toEqual({ quotes: [], entities: [] });
  });

  it('survives a lone opening mark', () => {
    const { quotes } = quotesOf('Ana Ruiz said "we will never');
    expect(quotes.every((q) => q.text.length > 0)).toBe(true);
  });

  it('survives a stray closing mark', () => {
    expect(() => quotesOf('A stray \u201d mark, and "a quote," she said.')).not.toThrow();
  });

  // How long it takes is the benchmark's business (npm run bench), not a test's.
  it('copes with a file of thousands of quote marks', () => {
    const text = `${Array.from({ length: 4000 }, (_, i) => (i % 2 ? '"' : '"word ')).join('')}\n${'"'.repeat(5000)}`;
    const { quotes } = quotesOf(text);
    expect(quotes.every((q) => text.slice(q.start, q.end) === q.text)).toBe(true);
  });

  it('keeps every record consistent with the text', () => {
    const text = '"One," he said. "Two" \u201cthree\u201d \u2018four\u2019 "\n"five';
    const { quotes } = quotesOf(text);
    for (const q of nonEmpty(quotes)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('titles and nicknames are not quotations', () => {
  const texts = (text: string): string[] => quotesOf(text).quotes.map((q) => q.text);

  it('skips a show title after "episode of"', () => {
    expect(texts('Tamsin Greer said on an episode of "Late Hour Roundup" that the vote was rigged.')).toEqual([]);
  });

  it('skips a title right after a work noun and a comma', () => {
    expect(texts('Watch the trailer for the documentary, "Harbor Lights," below.')).toEqual([]);
  });

  it('skips a nickname after an initial and its period', () => {
    expect(texts('Rep. Harold J. "Hal" Brenner spoke first at the picnic.')).toEqual([]);
  });

  it('skips a quoted nickname after the word "nickname"', () => {
    expect(texts('Corbin Vale mocked his rival with the nickname "Sleepy Sam."')).toEqual([]);
  });

  it('skips a nickname between a first name and a surname', () => {
    expect(texts('Councillor Harold "Hal" Brenner spoke first at the picnic.')).toEqual([]);
  });

  it('keeps a word closed by a full stop between two names: a clause ends there, a nickname does not', () => {
    const text = 'Tamsin Greer called Brenner "unhinged." Corbin Vale called the plan "reckless."';
    expect(texts(text)).toEqual(['unhinged.', 'reckless.']);
  });

  it('keeps a few words closed by a comma between two names', () => {
    const text = 'Her neighbours mocked the campaign, calling Brenner "a reckless gambler," Tamsin said as she left the hall.';
    expect(texts(text)).toEqual(['a reckless gambler']);
  });
});
