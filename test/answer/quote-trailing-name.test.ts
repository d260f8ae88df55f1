import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news: a councillor's quotation names the mayor, who is quoted too.
const budget = article(
  'budget',
  '"There is absolutely no chance Ines Varga gets her ferry subsidy," said councillor Tam Reyes.\n\n"The bridge repairs will finish in May," Mayor Ines Varga said.\n',
);
const varga = person('Ines Varga', ['Varga', 'Mayor Ines Varga']);
const reyes = person('Tam Reyes', ['Reyes']);
const index = indexOf(
  [budget],
  [
    quoteIn(budget, 'There is absolutely no chance Ines Varga gets her ferry subsidy', 'Tam Reyes', 0),
    quoteIn(budget, 'The bridge repairs will finish in May', 'Ines Varga', 1),
  ],
  [varga, reyes],
);

describe('/quote: a name at the end of the topic', () => {
  it('is the speaker when their quotation covers the rest of the topic', () => {
    const a = quote(index, 'bridge Varga');
    expect(a.answer).toBe('1 quotation by Ines Varga');
    expect(a.results[0].text).toBe('The bridge repairs will finish in May');
  });

  it("is part of the topic when another speaker's quotation covers the whole of it", () => {
    const a = quote(index, 'absolutely no chance Ines Varga');
    expect(a.found).toBe(true);
    expect(a.answer).not.toMatch(/by Ines Varga/);
    expect(a.results[0].text).toBe('There is absolutely no chance Ines Varga gets her ferry subsidy');
  });
});
