import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { isPersonNoun } from '../../src/answer/topics-described.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented stories. /quote with a speaker finds a quotation the extractor credited to a plural
// description of the people named ("the harbour commissioners"), or to the noun a body's name ends
// in ("the board" after "the Brennick Board of Canals"), which no quotation is credited to by name.

describe('/quote with a speaker: a plural description names each person the story has named', () => {
  const letter = article(
    'letter',
    'Harbour Commissioner Ilse Brandvold and Harbour Commissioner Tomas Quirke sent the letter on Monday.\n\nThe port opens in June.\n\n"The dredging contract was signed without a single bid," the harbour commissioners wrote.\n\n"Nobody on the quay was warned," the two added.\n',
  );
  const brandvold = { ...person('Ilse Brandvold', ['Brandvold']), articles: ['letter'] };
  const quirke = { ...person('Tomas Quirke', ['Quirke']), articles: ['letter'] };
  const index = indexOf(
    [letter],
    [
      quoteIn(letter, 'The dredging contract was signed without a single bid', 'the harbour commissioners', 0),
      quoteIn(letter, 'Nobody on the quay was warned', 'the two', 1),
    ],
    [brandvold, quirke],
  );

  it('finds what "the harbour commissioners" wrote when the user names one of them', () => {
    const found = quote(index, 'dredging contract signed without a single bid', 'Brandvold');
    expect(found.results.map((r) => r.text)).toContain('The dredging contract was signed without a single bid');
  });

  it('finds what "the two" added when the user names one of them', () => {
    const found = quote(index, 'nobody on the quay was warned', 'Quirke');
    expect(found.results.map((r) => r.text)).toContain('Nobody on the quay was warned');
  });

  it('reads a plural as a kind of person only when asked to', () => {
    expect(isPersonNoun('commissioners', true)).toBe(true);
    expect(isPersonNoun('commissioners')).toBe(false);
    expect(isPersonNoun('letters', true)).toBe(false);
  });

  it('not a plural brought in by "a": "a panel of 12 engineers" are people never named', () => {
    const panel = article(
      'panel',
      'Harbour Commissioner Ilse Brandvold opened the review.\n\nThe port opens in June.\n\n"The pilings will rust within a decade," wrote a panel of 12 engineers.\n',
    );
    const only = indexOf(
      [panel],
      [quoteIn(panel, 'The pilings will rust within a decade', 'a panel of 12 engineers', 0)],
      [{ ...brandvold, articles: ['panel'] }],
    );
    expect(quote(only, 'pilings will rust within a decade', 'Brandvold').results).toEqual([]);
  });
});

describe('/quote with a speaker: a body called by the noun its name ends in', () => {
  const ruling = article(
    'ruling',
    'Mayor Oren Falk lost his appeal before the Brennick Board of Canals on Thursday.\n\nThe fees rose twice last year.\n\n"The lock fees stand as written for another year," the board said.\n',
  );
  const falk = { ...person('Oren Falk', ['Falk']), articles: ['ruling'] };
  const index = indexOf([ruling], [quoteIn(ruling, 'The lock fees stand as written for another year', 'the board', 0)], [falk]);

  it('finds what "the board" said when the user names the board the story named before', () => {
    const found = quote(index, 'lock fees stand as written', 'Brennick Board of Canals');
    expect(found.results.map((r) => r.text)).toEqual(['The lock fees stand as written for another year']);
  });

  it('not when the story never writes that name: "the board" is another one', () => {
    const found = quote(index, 'lock fees stand as written', 'Ostvik Board of Ferries');
    expect(found.results).toEqual([]);
  });
});

describe('/quote with a speaker: a one-word title the extractor tied to no one', () => {
  const match = article(
    'match',
    'Rowing great Mira Abbot King watched the final from the bank.\n\nThe crews finished in the dark.\n\nKing says the winners "rowed like they owned the river."\n',
  );
  const king = { ...person('Mira Abbot King', ['King']), articles: ['match'] };
  const credited = { ...quoteIn(match, 'rowed like they owned the river.', 'King', 0), speakerId: 'group:match:e2' };

  it('finds what "King" said when the user names the Mira Abbot King the story named before', () => {
    const index = indexOf([match], [credited], [king]);
    expect(quote(index, 'rowed like they owned the river', 'Mira Abbot King').results.map((r) => r.text)).toEqual(['rowed like they owned the river.']);
  });
});
