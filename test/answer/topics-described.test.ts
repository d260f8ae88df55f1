import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { isPersonNoun } from '../../src/answer/topics-described.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented stories. In the first, the second quotation is credited to a description the extractor could not tie to a name.
const hearing = article(
  'hearing',
  'Senator Dana Holt opened the harbour hearing on Tuesday.\n\n"We will not let the harbour fund run dry," Holt said.\n\nThe committee meets again in May.\n\n"Nobody asked the fishermen before the vote," the veteran senator added.\n',
);
const market = article('market', 'The fish market closed early on Friday.\n\n"The fishermen were never asked," the senator said at the pier.\n');
const holt = { ...person('Dana Holt', ['Holt']), articles: ['hearing'] };
const index = indexOf(
  [hearing, market],
  [
    quoteIn(hearing, 'We will not let the harbour fund run dry', 'Dana Holt', 0),
    quoteIn(hearing, 'Nobody asked the fishermen before the vote', 'the veteran senator', 1),
    quoteIn(market, 'The fishermen were never asked', 'the senator', 0),
  ],
  [holt],
);

describe('/quote with a speaker: quotations credited to a description of a person', () => {
  it('finds the quotation the story credits to "the veteran senator" when the user names the senator the story quotes', () => {
    const answer = quote(index, 'fishermen', 'Holt');
    expect(answer.results.map((r) => r.text)).toEqual(['Nobody asked the fishermen before the vote']);
  });

  it('counts it for less than a quotation credited to the speaker by name', () => {
    const [hit] = quote(index, 'fishermen', 'Holt').results;
    expect(hit.score).toBeLessThan(1);
  });

  it('reads a description as a person only when its noun is a kind of person', () => {
    expect(isPersonNoun('senator')).toBe(true);
    expect(isPersonNoun('organizer')).toBe(true);
    expect(isPersonNoun('letter')).toBe(false);
    expect(isPersonNoun('poll')).toBe(false);
  });

  it('reads an age standing for a person ("said the 46-year-old") as a description of a person', () => {
    const ferry = article(
      'ferry',
      'Nora Vale has run the ferry for a decade.\n\nTickets sold out in June.\n\n"The crossing pays for itself," said the 46-year-old.\n',
    );
    const vale = { ...person('Nora Vale', ['Vale']), articles: ['ferry'] };
    const aged = indexOf([ferry], [quoteIn(ferry, 'The crossing pays for itself', 'the 46-year-old', 0)], [vale]);
    expect(quote(aged, 'crossing pays', 'Vale').results.map((r) => r.text)).toEqual(['The crossing pays for itself']);
  });
});
