/**
 * Issue 13, recall: "which swimmer", "which evangelist", "which party" ask for a name even when the
 * noun is in no hand list: WordNet files the noun's most frequent sense under people or under
 * organisations. The noun is held to the name as a listed role is (its title or apposition), and a
 * noun WordNet files elsewhere ("which show") still asks for an account (invented text).
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'meet.txt': ` date 2024-07-12

Harbor City swim meet ends in controversy

Police in Harbor City charged swimmer Mara Kettering on Thursday over a false report that she had been robbed after the meet.

Evangelist Tobias Wren told his congregation he would no longer attend the meet, which he called a disgrace.

The Harbor Unity Party said it would ask the council to review the meet's security.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe('a question noun that WordNet files under people or organisations', () => {
  it('asks for a person after "which" when the noun names a kind of person', () => {
    expect(analyseQuestion('which swimmer did police charge over the fake robbery').wants).toEqual({ types: ['person'] });
  });

  it('asks for an organisation when the noun names a kind of organisation', () => {
    expect(analyseQuestion('which party wants the security reviewed').wants).toEqual({ types: ['organization'] });
  });

  it('reads the head of "republican candidate", not the listed word that modifies it', () => {
    const focus = analyseQuestion('which republican candidate spoke at the meet').focus;
    expect(focus.find((f) => f.typeNoun)?.term).toBe('candidate');
  });

  it('leaves a noun WordNet files elsewhere asking for an account', () => {
    expect(analyseQuestion('what show did the evangelist skip').wants).toBe('statement');
  });

  it('answers with the name the noun is the title of', () => {
    expect(answerTo('which swimmer did harbor city police charge')).toBe('Mara Kettering');
  });

  it('answers "which evangelist" with the evangelist, not another person of the passage', () => {
    expect(answerTo('which evangelist called the swim meet a disgrace')).toBe('Tobias Wren');
  });
});
