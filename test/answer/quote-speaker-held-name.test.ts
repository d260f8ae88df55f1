import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news. The story names a speaker by less than the user types: a surname alone, an
// honorific and the surname, a name cut at its hyphen, a source without the user's determiner.
// /quote with the speaker option finds that speaker's quotations by the name the user typed.

const harbor = article(
  'harbor',
  'The harbor board met on Tuesday.\n\n"The pier will not reopen before spring," Mr. Okafor said.\n\n"We asked for a vote and got a lecture," said Lena.\n',
);
const summit = article(
  'summit',
  'Delegates left the summit early.\n\n"Every port must share the cost of the dredging," said Ban Ki.\n\n"The talks went nowhere," one Maine Republican said.\n',
);
const kin = article('kin', '"My son never wanted the job," Jo Kennedy said.\n');
const index = indexOf(
  [harbor, summit, kin],
  [
    quoteIn(harbor, 'The pier will not reopen before spring', 'Mr. Okafor', 0),
    quoteIn(harbor, 'We asked for a vote and got a lecture', 'Lena', 1),
    quoteIn(summit, 'Every port must share the cost of the dredging', 'Ban Ki', 0),
    quoteIn(summit, 'The talks went nowhere', 'Maine Republican', 1),
    quoteIn(kin, 'My son never wanted the job', 'Jo Kennedy', 0),
  ],
  [person('Mr. Okafor', ['Okafor']), person('Lena'), person('Ban Ki'), person('Maine Republican'), person('Jo Kennedy')],
);

const texts = (topic: string, speaker: string): string[] => {
  const a = quote(index, topic, speaker);
  return a.found ? a.results.map((r) => r.text) : [];
};

describe('/quote with a speaker named in full whom the story names by part of the name', () => {
  it('finds "Mr. Okafor" for the full name "Daniel Okafor"', () => {
    expect(texts('when the pier reopens', 'Daniel Okafor')).toEqual(['The pier will not reopen before spring']);
  });

  it('finds "Ban Ki" for "Ban Ki-moon"', () => {
    expect(texts('dredging costs', 'Ban Ki-moon')).toEqual(['Every port must share the cost of the dredging']);
  });

  it('finds "Maine Republican" for "another Maine Republican"', () => {
    expect(texts('the talks', 'another Maine Republican')).toEqual(['The talks went nowhere']);
  });

  it('not someone the story names by a first name the typed name begins with ("Lena" is not "Lena Hollis")', () => {
    expect(texts('a vote and a lecture', 'Lena Hollis')).not.toContain('We asked for a vote and got a lecture');
  });

  it('not the person a possessive names beside someone else ("Jo Kennedy’s father")', () => {
    expect(texts('his son and the job', 'Jo Kennedy’s father')).not.toContain('My son never wanted the job');
  });
});
