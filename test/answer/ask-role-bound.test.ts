/**
 * Issue 13: the role bound to the named person, read whole in more of the ways a passage states it
 * (a title joined by "and" before the name, a hyphenated modifier, "stay on as", "Lee's new role
 * as", a field after "professor in"), the field a teacher teaches for "what does Lee teach", and
 * the readings that belong to someone else (a title run into the next name of a list, a comparison
 * "like a family member"). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'quarry.txt': ` date 2025-05-14

Pellow quarry to reopen under new owners

Former ferry captain and Army veteran Osric Delane, 71, said the quarry had been quiet for a decade.

Two buyers, shipping-line owner Susan Kell and the Vale Mining Trust, paid 3 million pounds for the site.

Corvin Hale, who was a senior adviser to Ms. Dunmore at the state planning office, approved the sale in March.

"We will see how the trucks manage the hill," Hale said.

Helen Brandt may stay on as quarry treasurer, but the accounts have moved to the trust.

Peter Vossberg's new role as acting warden of the Pellow Yard begins in June.

Ada Quill, who teaches coastal ecology at Selden College, said the cliffs hold rare lichens.

Ferdinand Oakley, a professor in maritime history at Selden College, called the quarry a landmark.

Among the visitors were port surveyor Nils Orde, chief pilot of the north channel Pia Lund, and two clerks.

Like a family member, Greta Moss said she worries about the quarry workers.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe('the role bound to the named person, read whole', () => {
  it('reads the title joined by "and" before the name, and gives the left one for an old job', () => {
    expect(answerTo('what was osric delanes job before, besides the army')).toBe('ferry captain');
  });

  it('keeps a hyphenated modifier of the title', () => {
    expect(answerTo('what does susan kell do for a living')).toBe('shipping-line owner');
  });

  it('reads "state" after a preposition as a noun, not a verb of speech that narrows the passages to his words', () => {
    expect(analyseQuestion('what was corvin hales role at state').speech).toBe(false);
    expect(answerTo('what was corvin hales role at state')).toBe('senior adviser');
  });

  it('reads the role after "stay on as" and after the name\'s own "new role as"', () => {
    expect(answerTo('whats helen brandts title')).toBe('quarry treasurer');
    expect(answerTo("what's peter vossberg's role")).toBe('acting warden');
  });

  it('keeps a field after "professor in", and gives the field for "what does X teach"', () => {
    expect(answerTo('whats ferdinand oakleys job')).toBe('professor in maritime history');
    expect(answerTo('what does oakley teach')).toBe('maritime history');
    expect(answerTo('what does ada quill teach')).toBe('coastal ecology');
  });

  it('gives no title that belongs to the next name of a list, nor a comparison', () => {
    expect(answerTo('whats nils ordes job')).toBe('port surveyor');
    expect(answerTo('what does greta moss do for a living')).not.toBe('family member');
  });

  it('reads a first name and surname WordNet files as one noun as the person asked about', () => {
    const q = analyseQuestion('whats rupert murdochs role at the paper');
    expect(q.wants).toBe('statement');
    expect(q.asksRole).toBe(true);
  });
});
