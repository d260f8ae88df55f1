/**
 * Precision: "who did Ashby back" asks for the object of the question's verb. A sentence naming
 * another person in another phrase ("over Dana Orrin") or another clause ("a group Nina Vell
 * addressed"), or the doer itself, does not make that person the one acted on: the name heading
 * the noun phrase right after the verb (after one preposition: "spoke to") is (invented text).
 */
import { describe, expect, it } from 'vitest';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'race.txt': ` date 2024-10-03

Ashby picks a side in the harbour board race

Councillor Tom Ashby quietly backed Mara Quill over Dana Orrin in the harbour board race.

On Friday Ashby spoke to the Saltmere Rotary Club, a group Nina Vell addressed a month earlier.

Mayor Ruth Okafor praised Dan Pryce over Lena Marsh for the harbour plan.
`,
};

const index = useIndexOver(ARTICLES);
const answer = (q: string) => askedValue(index(), q);

describe('the object of the asked verb', () => {
  it('is the name heading the phrase after the verb, not a name in a later phrase', () => {
    expect(answer('who did ashby back in the harbour board race')).toBe('Mara Quill');
  });

  it('is read where the question tagger took the verb for a noun, and is not the doer', () => {
    expect(answer('who did okafor praise for the harbour plan')).toBe('Dan Pryce');
  });

  it('is not a name in another clause when the phrase after the verb names someone else', () => {
    expect(answer('who did ashby speak to on friday')).not.toBe('Nina Vell');
  });
});
