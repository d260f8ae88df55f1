import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news: a story built on one speech, quoting passage after passage of it with only
// the first naming who spoke (and one line about the speaker, credited to nobody either), and a
// story that quotes two people.
const speech = article(
  'speech',
  [
    'Mayor Ana Ruiz spoke for an hour at the county fair.',
    '"The fair pays for the parks," Ruiz said.',
    '"Every pier will be rebuilt by June."',
    '"Our buses will run all night."',
    '"Nobody believed Ruiz about the night buses."',
  ].join('\n\n'),
);
const debate = article(
  'debate',
  ['"The fair pays its way," Ruiz said.', '"Taxes are far too high," said Dana Whitby.', '"Our ferries will run all night."'].join('\n\n'),
);
const index = indexOf(
  [speech, debate],
  [
    quoteIn(speech, 'The fair pays for the parks', 'Ana Ruiz', 0),
    quoteIn(speech, 'Every pier will be rebuilt by June', null, 1),
    quoteIn(speech, 'Our buses will run all night', null, 2),
    quoteIn(speech, 'Nobody believed Ruiz about the night buses', null, 3),
    quoteIn(debate, 'The fair pays its way', 'Ana Ruiz', 0),
    quoteIn(debate, 'Taxes are far too high', 'Dana Whitby', 1),
    quoteIn(debate, 'Our ferries will run all night', null, 2),
  ],
  [person('Ana Ruiz', ['Ruiz']), person('Dana Whitby', ['Whitby'])],
);

describe('/quote by a named speaker: quotations credited to nobody in a story quoting no one else', () => {
  it('are the speaker’s, though nothing near them names who spoke; not those whose words name the speaker', () => {
    expect(quote(index, 'buses running all night', 'Ruiz').results.map((r) => r.text)).toEqual(['Our buses will run all night']);
  });

  it('count for less than the quotations credited to the speaker', () => {
    expect(quote(index, 'buses running all night', 'Ruiz').results[0]?.score).toBeLessThan(1);
  });

  it('are not when the story credits someone else too', () => {
    expect(quote(index, 'ferries running all night', 'Ruiz').results.map((r) => r.text)).not.toContain('Our ferries will run all night');
  });
});
