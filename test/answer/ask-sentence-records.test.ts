/**
 * Round 38, recall: every sentence is a fact record, whether or not it carries a typed value
 * (src/extract/facts.ts). A "why" or "how" question is often answered by a sentence that holds no
 * name, date or figure, and /ask cites only fact records. Such a record answers only a question asking
 * for an account: a "who" question is not answered by a sentence that names no one. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { factRecords } from '../extract/facts-helpers.js';
import { askedPassage, useIndexOver } from '../helpers/indexed.js';

const SCHOOL = `The Harlow school board voted 5-2 on Tuesday to close Elm Street Elementary at the end of the term.

The old building closed because its boiler had failed beyond repair and the roof leaked into every classroom.

Parents packed the meeting to object, and several wept as the vote was read.

The fire in the annex started when a space heater tipped over in the back office.

The district's longest-serving custodian is not the man the parents named, despite what the flyers claimed.
`;

const index = useIndexOver({ 'school.txt': ` date 2024-03-02\n\nHarlow board closes Elm Street Elementary\n\n${SCHOOL}` });

const citedPassage = (q: string) => askedPassage(index(), q);

describe('a sentence with no typed value', () => {
  it('is a fact record, with no values', () => {
    const records = factRecords(SCHOOL, '2024-03-02');
    const reason = records.find((r) => r.statement.includes('boiler had failed'));
    expect(reason).toBeDefined();
    expect(reason?.values).toEqual([]);
    expect(records).toHaveLength(5);
  });

  it('answers a "why" question with the reason it gives', () => {
    expect(citedPassage('why did the old building close')).toContain('boiler had failed beyond repair');
  });

  it('answers a "how" question with the account it gives', () => {
    expect(citedPassage('how did the fire in the annex start')).toContain('space heater tipped over');
  });

  it('does not answer a "who" question, naming no one', () => {
    expect(citedPassage('who is the districts longest-serving custodian')).toBeNull();
  });
});
