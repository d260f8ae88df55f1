import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotes-helpers.js';

describe('a link between quotation marks', () => {
  it('is nobody\u2019s words', () => {
    const text = 'The council posted its agenda. "https://harborpoint.gov/agenda/june." Residents may comment until Friday.';
    expect(quotesOf(text).quotes.map((q) => q.text)).toEqual([]);
  });

  it('does not stop a sentence that only mentions a link from being a quotation', () => {
    const text = '"Read it at www.harborpoint.gov before Friday," the clerk said.';
    expect(quotesOf(text).quotes.map((q) => q.speaker)).toEqual(['the clerk']);
  });
});
