import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news. A reader types a long topic about the harbour dredging; three quotations
// from other stories each echo two of its words, and the one meant, in a story about the
// dredging, echoes only one.
const said: Array<[id: string, speaker: string, lead: string, words: string]> = [
  ['regatta', 'Ola Berg', 'Sailors gathered at the lake on Sunday.', 'The ferry crews won the regatta again'],
  ['fireworks', 'Ines Roth', 'The summer festival ended on Saturday.', 'The harbour fireworks were delayed by rain'],
  ['festival', 'Kai Lund', 'The town hall announced its programme.', 'Ferry tickets for the harbour concert sold out'],
  [
    'dredging',
    'Mo Patel',
    'The harbour dredging was delayed again this week, angering the ferry operators, their skippers and crews.',
    'Our skippers scrape the bottom at low tide and nobody at the council can tell us when that will end',
  ],
];
const stories = said.map(([id, speaker, lead, words]) => article(id, `${lead}\n\n"${words}," said ${speaker}.\n`));
const index = indexOf(
  stories,
  said.map(([, speaker, , words], i) => quoteIn(stories[i], words, speaker, 0)),
  said.map(([, speaker]) => person(speaker, [speaker.split(' ')[1]])),
);

describe('/quote over every speaker: the first page by rank', () => {
  it('lists on the first page a quotation covering little of a long topic when its story and meaning rank it above sure ones', () => {
    const texts = quote(index, 'harbour dredging delayed yet again, angering ferry crews and skippers')
      .results.slice(0, 3)
      .map((r) => r.text);
    expect(texts).toContain('Our skippers scrape the bottom at low tide and nobody at the council can tell us when that will end');
  });
});
