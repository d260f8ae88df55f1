import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotes-helpers.js';

const quoted = (text: string): string[] => quotesOf(text).quotes.map((q) => q.text);

describe('a capitalised title followed by a noun naming a work or its performer', () => {
  it('is not a quotation before "star", even opening its line', () => {
    const text = 'Tovar Speaks Up About Casting.\n\n“Harbor Lights” star Mira Tovar spoke about casting on Tuesday. “They wanted someone else,” she said.';
    expect(quoted(text)).toEqual(['They wanted someone else']);
  });

  it('is not a quotation before "TV show"', () => {
    const text = 'The rooms were once used as offices for “The Night Ledger” TV show, which starred Okafor. “It was cramped,” a former aide said.';
    expect(quoted(text)).toEqual(['It was cramped']);
  });

  it('leaves a quotation followed by a capitalised name a quotation', () => {
    const text = 'The crowd shouted “Build The Bridge” Tuesday as Okafor arrived at the river.';
    expect(quoted(text)).toEqual(['Build The Bridge']);
  });
});
