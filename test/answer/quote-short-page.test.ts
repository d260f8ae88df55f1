import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news. The topic a reader types is long; one quotation shares most of its ideas,
// another only one of them, in its own words.
const ferry = article(
  'ferry',
  '"The ferry deficit was kept from the council for months," said councillor Tam Reyes.\n\n"Nobody outside the office ever saw the books," said clerk Ada Moss.\n',
);
const fair = article('fair', '"The autumn fair drew a record crowd," said organiser Lio Brandt.\n');
const reyes = person('Tam Reyes', ['Reyes']);
const moss = person('Ada Moss', ['Moss']);
const brandt = person('Lio Brandt', ['Brandt']);
const index = indexOf(
  [ferry, fair],
  [
    quoteIn(ferry, 'The ferry deficit was kept from the council for months', 'Tam Reyes', 0),
    quoteIn(ferry, 'Nobody outside the office ever saw the books', 'Ada Moss', 1),
    quoteIn(fair, 'The autumn fair drew a record crowd', 'Lio Brandt', 0),
  ],
  [reyes, moss, brandt],
);

describe('/quote over every speaker fills a short first page', () => {
  it('lists, after the quotations that cover the topic, one that covers only a little of it', () => {
    const a = quote(index, 'treasurer hid the ferry deficit and the books from the council for months');
    expect(a.results.map((r) => r.text)).toEqual(['The ferry deficit was kept from the council for months', 'Nobody outside the office ever saw the books']);
  });

  it('still finds nothing when no quotation covers enough of the topic', () => {
    expect(quote(index, 'volcano eruption').found).toBe(false);
  });
});
