import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news. The harbour master's few quotations each share at most a word or two with
// a long topic typed in the reader's own words.
const harbour = article(
  'harbour',
  [
    'The harbour board met on Monday.',
    '"Winter storms cancelled nine sailings in January," said harbour master Rhea Vance.',
    'Members then turned to the marina.',
    '"The pontoons need new decking before spring," Vance said.',
    'A vote was put off until March.',
    '"My door is open to every islander," Vance added.',
  ].join('\n\n'),
);
const index = indexOf(
  [harbour],
  [
    quoteIn(harbour, 'Winter storms cancelled nine sailings in January', 'Rhea Vance', 0),
    quoteIn(harbour, 'The pontoons need new decking before spring', 'Rhea Vance', 1),
    quoteIn(harbour, 'My door is open to every islander', 'Rhea Vance', 2),
  ],
  [person('Rhea Vance', ['Vance'])],
);

const texts = (topic: string): string[] => quote(index, topic, 'Vance').results.map((r) => r.text);

describe('/quote by a named speaker fills a short first page with the quotations sharing less of a long topic', () => {
  it('lists a quotation sharing one idea of a long paraphrase when none shares more', () => {
    expect(texts('islander families furious the mainland council ignores their letters about parking fees tolls and rates')).toEqual([
      'My door is open to every islander',
    ]);
  });

  it('lists it beside the one covering more of the topic (which first, their meaning decides)', () => {
    expect(texts('harbour winter gripes from islander families furious the mainland council ignores letters about parking fees').sort()).toEqual([
      'My door is open to every islander',
      'Winter storms cancelled nine sailings in January',
    ]);
  });

  it('still finds nothing when no quotation shares any of it', () => {
    expect(quote(index, 'zoning appeal for the bakery extension', 'Vance').found).toBe(false);
  });
});
