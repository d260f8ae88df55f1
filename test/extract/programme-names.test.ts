import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotes-helpers.js';

const quoted = (text: string): string[] => quotesOf(text).quotes.map((q) => q.text);

describe('a programme named in quotation marks after whom a speaker told or talked with', () => {
  it('is not a quotation after "told"', () => {
    const text = '“We will rebuild the pier,” the mayor told “Harbor Morning” after the storm had passed.';
    expect(quoted(text)).toEqual(['We will rebuild the pier']);
  });

  it('is not a quotation after "an interview with"', () => {
    const text = '“The levy is fair,” Ruiz said in an interview with “Sunday Report.” The council meets on Tuesday.';
    expect(quoted(text)).toEqual(['The levy is fair']);
  });
});
