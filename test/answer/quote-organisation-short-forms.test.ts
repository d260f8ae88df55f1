import { describe, expect, it } from 'vitest';
import { quote, whosaid } from '../../src/answer/quotes.js';
import { useIndexOver } from '../helpers/indexed.js';

// Invented local news: a newspaper and a union each named in full once, then quoted by a short
// form of the name ("the Daily News", "the Association").
const index = useIndexOver({
  'ferry-fares.txt': [
    'Ferry Fares Rise Again.',
    'On Monday the Linden Daily News took aim at the ferry board over the new fares.',
    '“Riders deserve a vote on every fare,” the Daily News wrote in an editorial.',
  ].join('\n\n'),
  'pilots.txt': [
    'Pilots Back Vale.',
    'In a statement, the Association of Ferry Pilots called Tom Vale a “friend of the river” for its members.',
    '“Tom Vale has stood with us on every shift,” the Association wrote.',
  ].join('\n\n'),
});

describe('/quote and /whosaid: an organisation quoted by a short form of its name', () => {
  it('/quote with the organisation’s full name as the speaker finds what it said as "the Daily News"', () => {
    const found = quote(index(), 'a vote on every fare', 'Linden Daily News');
    expect(found.results[0]).toMatchObject({ text: 'Riders deserve a vote on every fare', speaker: 'Linden Daily News' });
    expect(found.results[0].passage.text).toContain('the Daily News wrote');
  });

  it('/whosaid names the organisation the article named, its "of" part included', () => {
    const found = whosaid(index(), 'stood with us on every shift');
    expect(found.results[0]).toMatchObject({ speaker: 'Association of Ferry Pilots' });
    expect(found.results[0].passage.text).toContain('the Association wrote');
  });
});
