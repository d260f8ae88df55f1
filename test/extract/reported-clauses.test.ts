import { describe, expect, it } from 'vitest';
import { quotesOf, who } from './quotes-helpers.js';

describe('the phrase after a speech verb that opens a reported clause is not the speaker', () => {
  it('gives a participle after an earlier quotation the subject that opens the sentence', () => {
    const text = 'Mayor Ines Castellano delivered a spirited defense of "river town pride," saying the city still had the "grit and heart of the old mills."';
    expect(who(text, 'grit and heart')).toMatchObject({ speaker: 'Ines Castellano' });
  });

  it('does not take the subject of the clause after the verb as the speaker', () => {
    const text =
      'But an engineer familiar with the inspection said the cracks found in the north pier suggested the contractor had used "the cheapest concrete on the market."';
    const q = who(text, 'the cheapest');
    expect(q.mention).not.toBe('the contractor');
    expect(q.speaker).toBe('an engineer familiar with the inspection');
  });

  it('keeps the quoted words of a reported clause even when no speaker is found for them', () => {
    const text = 'After years of delays, the board voted on Tuesday, saying the new levy would "finally fix the roof."';
    const q = quotesOf(text).quotes.find((x) => x.text.startsWith('finally fix'));
    expect(q).toBeDefined();
    expect(q?.speakerMention?.text).not.toBe('the new levy');
  });
});

describe('a conjunction opening a sentence stands before its subject', () => {
  it('reads "But a spokeswoman for the district said" as the spokeswoman speaking', () => {
    const text =
      'The district has not released the report.\n\nBut a spokeswoman for the district said the findings showed the buses were "overdue for replacement."';
    expect(who(text, 'overdue for')).toMatchObject({ speaker: 'a spokeswoman for the district' });
  });
});

describe('a participle opening its own sentence', () => {
  it('goes on with the speaker of the quotation just before it on the line', () => {
    const text =
      'Later in the hearing, Councilwoman Rosa Delgado said of the audit that the county\'s response "was not good." Adding, "Every time they hide the numbers, it gets worse."';
    expect(who(text, 'Every time')).toMatchObject({ speaker: 'Rosa Delgado', cue: 'Adding' });
  });
});
