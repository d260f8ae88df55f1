import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news. The ferry captain's few quotations: one says most of a long topic typed in
// the reader's own words, another one idea of it in the topic's own word.
const quay = article(
  'quay',
  [
    'The ferry company met islanders on Thursday.',
    '"Gales scrapped eleven crossings in February," said captain Ilse Marrow.',
    'The talk then turned to the quay.',
    '"The gangway needs fresh paint before summer," Marrow said.',
    'A decision was put off until May.',
    '"My cabin is open to every islander," Marrow added.',
  ].join('\n\n'),
);
const index = indexOf(
  [quay],
  [
    quoteIn(quay, 'Gales scrapped eleven crossings in February', 'Ilse Marrow', 0),
    quoteIn(quay, 'The gangway needs fresh paint before summer', 'Ilse Marrow', 1),
    quoteIn(quay, 'My cabin is open to every islander', 'Ilse Marrow', 2),
  ],
  [person('Ilse Marrow', ['Marrow'])],
);

const texts = (topic: string): string[] => quote(index, topic, 'Marrow').results.map((r) => r.text);

describe('/quote by a named speaker keeps on a short first page a quotation the topic’s own words found', () => {
  it('lists one sharing a single idea of a long paraphrase after the one sharing most of it', () => {
    expect(texts('gales scrapped february crossings eleven times, islander families angry the council ignores letters on parking fees tolls')).toEqual([
      'Gales scrapped eleven crossings in February',
      'My cabin is open to every islander',
    ]);
  });

  it('still finds nothing when no quotation shares any of it', () => {
    expect(quote(index, 'zoning appeal for the bakery extension', 'Marrow').found).toBe(false);
  });
});
