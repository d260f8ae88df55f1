/**
 * Issue 13, "never extracted" (twenty-first session): a thing asked for by its kind ("what law",
 * "what holiday", "what prize", "what ship") where the sentence writes a name that says its own kind
 * with the noun unsaid: by its head word ("the Open Harbors Records Act" for a law, "the Halvorsen
 * Prize for Coastal Reporting" for a prize, cut after its head) or as a whole WordNet files under the
 * noun ("Bastille Day" a holiday, "USS Cole" a ship). And the question readings that kept such
 * questions from the named-thing answer: "prize" read as a misspelt "price" (money) and "peace" as
 * "place", "what ship got …" (the tagger reads "ship" as a verb). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedNoun } from '../../src/answer/ask/named-thing.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'harbor.txt': ` date 2024-05-02

Port Venn watchdog wins fight over ferry records

The watchdog group Clearwater Alliance sued the port authority under the Open Harbors Records Act to obtain the ferry contracts.

About 3,000 people were celebrating Bastille Day on the quay at Port Venn when the storm surge arrived.

The series was written by Orla Brennigan, winner of the Halvorsen Prize for Coastal Reporting, who spent a year on the docks.

In 2003, smugglers rammed the USS Cole near the outer breakwater, the port's records show.

Mayor Ines Ruiz wants to expand Governor Tamsin Vale's Ferry Fairness Act to the island routes.

Councillor Tomas Lund has pledged to overturn the Supreme Court's Marlow Ferries decision on fare caps.

In 2019 Senator Ada Marsh voted for the Quay Wages Act and, the next spring, for the Dock Safety Act.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe('a name that says its own kind, the asked noun unsaid', () => {
  it('answers "what law" with the name its head word "Act" marks as one', () => {
    expect(answerTo('what law did clearwater alliance sue under')).toBe('Open Harbors Records Act');
  });

  it('answers "what holiday" with a name WordNet files under holiday', () => {
    expect(answerTo('what holiday were people celebrating on the quay when the storm surge arrived')).toBe('Bastille Day');
  });

  it('cuts the name after its head word: the prize, not the whole citation', () => {
    expect(answerTo('what prize did orla brennigan win')).toBe('Halvorsen Prize');
  });

  it('answers "what ship got …" with a ship WordNet knows by name', () => {
    expect(answerTo('what ship got rammed in 2003')).toBe('USS Cole');
  });

  it('gives no answer when the best sentence names two of the kind', () => {
    expect(answerTo('which law did ada marsh vote for')).toBeNull();
  });

  it('leaves out the owner written before the name', () => {
    expect(answerTo('which law does ruiz want to expand to the island routes')).toBe('Ferry Fairness Act');
    expect(answerTo('which supreme court decision has lund pledged to overturn')).toBe('Marlow Ferries');
  });
});

describe('reading a question for a thing by its kind', () => {
  it('reads "prize" and "peace" as the words they are, not as misspelt "price" and "place"', () => {
    expect(analyseQuestion('what prize did brennigan win').wants).toBe('statement');
    expect(analyseQuestion('what peace prize has brennigan won').wants).toBe('statement');
    expect(askedNoun('what peace prize has brennigan won')).toBe('prize');
    // A type noun typed one letter off is still read as one.
    expect(analyseQuestion('which govenor signed the act').wants).toEqual({ types: ['person'] });
  });

  it('reads "what ship got …" as asking the name of a thing', () => {
    expect(analyseQuestion('what ship got rammed in 2003').asksThing).toBe(true);
    expect(askedNoun('what ship got rammed in 2003')).toBe('ship');
  });
});
