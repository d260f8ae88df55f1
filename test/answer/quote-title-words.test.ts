import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news. The extractor gives a person an alias that is only a title ("Vice
// President"); a story writes a senator's title abbreviated before the name.
const race = article(
  'race',
  [
    '"Nobody should hand her the presidency on a plate," said Dana Whitby.',
    '"The harbour budget is sound," said Sen. Ana Ruiz.',
    '"We will open the library on Sundays," Ruiz said later.',
  ].join('\n\n'),
);
const index = indexOf(
  [race],
  [
    quoteIn(race, 'Nobody should hand her the presidency on a plate', 'Dana Whitby', 0),
    quoteIn(race, 'The harbour budget is sound', 'Ana Ruiz', 1),
    quoteIn(race, 'We will open the library on Sundays', 'Ana Ruiz', 2),
  ],
  [person('Dana Whitby', ['Whitby']), person('Ana Ruiz', ['Ruiz', 'Vice President'])],
);

describe('/quote reads a title in a topic as the common word it is', () => {
  it('relates it to its other forms though a quoted person is known by that title ("president" → "presidency")', () => {
    expect(quote(index, 'who deserves the president job').results.map((r) => r.text)).toContain('Nobody should hand her the presidency on a plate');
  });

  it('finds the title abbreviated before a name ("senator" → "Sen. Ana Ruiz")', () => {
    expect(quote(index, 'what the senator said').results.map((r) => r.text)).toEqual(['The harbour budget is sound']);
  });
});
