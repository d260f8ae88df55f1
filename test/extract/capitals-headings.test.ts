import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotes-helpers.js';

describe('a quotation in capitals alone on its line', () => {
  const text = [
    'Harbor Notes.',
    'The mayor spoke for an hour.\n“THE DOCKS WILL COME BACK”\nVale closed with a promise. “The docks will come back,” Vale said.',
    '“WE WANT JOBS,” the crowd chanted.',
  ].join('\n\n');
  const quoted = quotesOf(text).quotes.map((q) => q.text);

  it('is a subheading, not a quotation', () => {
    expect(quoted).not.toContain('THE DOCKS WILL COME BACK');
    expect(quoted).toContain('The docks will come back');
  });

  it('stays a quotation with words of the line beside it', () => {
    expect(quoted).toContain('WE WANT JOBS');
  });
});
