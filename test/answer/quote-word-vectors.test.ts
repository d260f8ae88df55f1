import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news: what the quotations say is near what a reader types, in other words than
// the topic's and than any WordNet relation of them.
const housing = article(
  'housing',
  [
    'The council heard from residents of the Millbrook estate on Monday.',
    '"Landlords here now charge tenants twice what they did in 2019," said organiser Noor Haddad.',
    '"The new library opens in the spring," said councillor Piet Lund.',
    '"Our landlord wants more every single year," said tenant Ivo Brandt.',
  ].join('\n\n'),
);
const haddad = person('Noor Haddad', ['Haddad']);
const lund = person('Piet Lund', ['Lund']);
const brandt = person('Ivo Brandt', ['Brandt']);
const index = indexOf(
  [housing],
  [
    quoteIn(housing, 'Landlords here now charge tenants twice what they did in 2019', 'Noor Haddad', 0),
    quoteIn(housing, 'The new library opens in the spring', 'Piet Lund', 1),
    quoteIn(housing, 'Our landlord wants more every single year', 'Ivo Brandt', 2),
  ],
  [haddad, lund, brandt],
);

describe('/quote reads a topic through words news uses around the same things', () => {
  it('finds a quotation about landlords and tenants for "rising rents"', () => {
    const a = quote(index, 'rising rents');
    expect(a.found).toBe(true);
    expect(a.results[0].text).toBe('Landlords here now charge tenants twice what they did in 2019');
  });

  it('does so for a named speaker too', () => {
    expect(quote(index, 'rising rents', 'Haddad').results.map((r) => r.text)).toEqual(['Landlords here now charge tenants twice what they did in 2019']);
  });

  it('never lists a quotation on nothing near the topic', () => {
    expect(quote(index, 'rising rents').results.map((r) => r.text)).not.toContain('The new library opens in the spring');
  });

  it('leaves out a quotation only near the topic when one in its own words covers it more than twice as well', () => {
    const rents = article('rents', '"Rents doubled in two years," said organiser Noor Haddad.\n\n"Landlords here now charge tenants far more," Haddad said.\n');
    const both = indexOf(
      [rents],
      [quoteIn(rents, 'Rents doubled in two years', 'Noor Haddad', 0), quoteIn(rents, 'Landlords here now charge tenants far more', 'Noor Haddad', 1)],
      [haddad],
    );
    expect(quote(both, 'rents').results.map((r) => r.text)).toEqual(['Rents doubled in two years']);
  });
});
