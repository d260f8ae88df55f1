import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news. Two people speak of the ferry fares in the same words; the passage of the
// councillor's quotation says only "she said", as news does once a speaker is introduced.
const ferry = article(
  'ferry',
  [
    '"The ferry fares pay for the new dock," said harbourmaster Otto Brink.',
    'Councillor Lena Ortega has led the campaign since spring.',
    '"The ferry fares must come down," she said.',
  ].join('\n\n'),
);
const index = indexOf(
  [ferry],
  [quoteIn(ferry, 'The ferry fares pay for the new dock', 'Otto Brink', 0), quoteIn(ferry, 'The ferry fares must come down', 'Lena Ortega', 1)],
  [person('Otto Brink', ['Brink']), person('Lena Ortega', ['Ortega'])],
);

describe('/quote over every speaker reads a quoted person named in the topic as who may have spoken', () => {
  it('puts first the quotation credited to the person the topic names, though its passage says only "she said"', () => {
    expect(quote(index, 'ortega ferry fares').results[0]?.text).toBe('The ferry fares must come down');
  });

  it('leaves the order to the words when the topic names nobody', () => {
    expect(quote(index, 'ferry fares').results[0]?.text).toBe('The ferry fares pay for the new dock');
  });
});
