import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news. The story names what the commissioner answers two paragraphs before her
// words, and neither her quotation nor the sentence just before it says so.
const board = article(
  'board',
  [
    'The county board met on Tuesday to weigh the proposed landfill expansion.',
    'Residents packed the hall.',
    '"We will not be rushed," said commissioner Rhea Vance.',
    'Members broke for lunch.',
    'The session resumed at two.',
    'Later the board turned to the library budget.',
    'Staff read the figures aloud.',
    'Several members asked questions.',
    '"Every branch stays open," Vance said.',
  ].join('\n\n'),
);
const index = indexOf(
  [board],
  [quoteIn(board, 'We will not be rushed', 'Rhea Vance', 0), quoteIn(board, 'Every branch stays open', 'Rhea Vance', 1)],
  [person('Rhea Vance', ['Vance'])],
);

describe('/quote by a named speaker reads the paragraphs around each quotation when none covers the topic itself', () => {
  it('finds the quotation whose story names the topic two paragraphs before it', () => {
    const a = quote(index, 'landfill expansion', 'Vance');
    expect(a.results[0]?.text).toBe('We will not be rushed');
  });

  it('does not reach three paragraphs away', () => {
    expect(quote(index, 'library budget', 'Vance').found).toBe(false);
  });

  it('does not list a quotation for its surroundings beside one that covers the topic itself', () => {
    const a = quote(index, 'landfill branch', 'Vance');
    expect(a.results.map((r) => r.text)).toEqual(['Every branch stays open']);
  });

  it('leaves the search over every speaker to the quotation, its passage and its own lead-in', () => {
    expect(quote(index, 'landfill expansion').found).toBe(false);
  });
});
