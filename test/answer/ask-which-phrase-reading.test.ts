/**
 * Issue 13, value questions read as statements (round 30): the kind a which-phrase asks for, read
 * from the phrase's structure wherever it stands. "which X's Y" asks for the owner X; a plural owner
 * typed without its apostrophe too, unless the noun after it names a kind ("which nurses union");
 * an adverb may grade the phrase's adjective; a closed compound WordNet lacks names the kind its
 * last part does; the head is the word before the question's verb even when the tagger misreads
 * the verb; a late "which" phrase ends at the question's end; and a late "which show" with no typed
 * value is still a thing asked, answered by the name the sentence binds to the noun. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { restatesQuestion } from '../../src/answer/ask/restates.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'harbor.txt': ` date 2024-05-02

Port Venn council weighs ferry fare plan

Councilwoman Dara Okafor is a regular guest on the radio show Harbor Hour, where she has argued against the fare increase for months.

Okafor said the fare plan would hurt commuters from the island villages most.

"The fares will rise again," said Tomas Lund of the Harbor Policy Center, a research group.
`,
});

const wants = (q: string) => analyseQuestion(q).wants;

describe('the kind a which-phrase asks for', () => {
  it('reads "which X\'s Y" as asking for the owner, whatever the owned noun', () => {
    expect(wants("which city's transit levy did the governor veto")).toEqual({ types: ['place'] });
    expect(wants("which paper's reporter broke the ferry story")).toEqual({ types: ['organization'] });
  });

  it('reads a plural owner typed without its apostrophe before nouns of no kind', () => {
    expect(wants('which states primaries is the new ad running in')).toEqual({ types: ['place'] });
  });

  it('reads a plural modifier before a kind noun as the modifier it is', () => {
    expect(wants('which nurses union endorsed the mayor')).toEqual({ types: ['organization'] });
  });

  it('reads past an adverb grading the adjective before the kind noun', () => {
    expect(wants('which usually red states could flip in november')).toEqual({ types: ['place'] });
  });

  it('reads a closed compound WordNet lacks by its last part', () => {
    expect(wants('which councilmember chairs the parks committee')).toEqual({ types: ['person'] });
  });

  it('takes the kind noun right before a verb the tagger read as a plural noun', () => {
    expect(wants('which network pays okafor now')).toEqual({ types: ['organization'] });
    expect(wants('which polling firm did the ferry survey')).toEqual({ types: ['organization'] });
  });

  it('ends a late which-phrase at the end of the question', () => {
    expect(wants('the old attack ad was aimed at which rival')).toEqual({ types: ['person'] });
  });

  it('reads a noun for a person the tagger knows, though WordNet files its first sense elsewhere', () => {
    expect(wants('which wxyz moderator asked okafor about the fares')).toEqual({ types: ['person'] });
  });

  it('reads a two-noun phrase after an owner typed without its apostrophe', () => {
    expect(wants('whats okafors vote share in the harbor primary')).toEqual({ types: ['percent'] });
  });

  it('reads a shorthand with no question word by its head noun', () => {
    expect(wants('median salary for port authority executives?')).toEqual({ types: ['money'] });
    expect(wants('lunds share of the island delegates?')).toEqual({ types: ['percent'] });
  });

  it('keeps "what kind of" a question for a description', () => {
    expect(wants('what kinda group is the harbor alliance')).toBe('statement');
  });

  it('keeps "what is X\'s title" a question about what is owned', () => {
    expect(wants("what was lund's old title")).toBe('statement');
  });
});

describe('a thing asked late, in the word order of a statement', () => {
  it('answers "X is a guest on which show" with the name bound to the noun', () => {
    expect(askedValue(index(), 'dara okafor is a regular guest on which radio show')).toBe('Harbor Hour');
  });
});

describe('a name the question itself gives', () => {
  it('is no name of the thing asked late, though "of" joins a place to it', () => {
    expect(askedValue(index(), 'tomas lund works at which center')).not.toBe('Tomas Lund of the Harbor Policy Center');
  });

  it('restates the question though a measure is run into it', () => {
    const q = analyseQuestion('which firm runs gull point for the city');
    const at = { start: 0, end: 19 };
    expect(restatesQuestion(q, { type: 'title', text: '275-acre Gull Point', normalized: '275-acre Gull Point', ...at })).toBe(true);
  });
});
