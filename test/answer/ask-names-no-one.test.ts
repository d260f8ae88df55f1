/**
 * Issue 13, precision: words the extractor read as a name that name no one — a description written
 * without a capital that cannot stand for one person, a transcript's speaker label, an adverb or a
 * conjunction opening a sentence (invented text).
 */
import { describe, expect, it } from 'vitest';
import { namesNoOne } from '../../src/answer/ask/precision.js';
import { recordOver, valueIn } from '../helpers/records.js';

const noOne = (sentence: string, name: string, type: 'person' | 'place' = 'person') => namesNoOne(recordOver(sentence, []), valueIn(sentence, type, name));

describe('a person value that names no one', () => {
  it('is a plural written without a capital, or a word naming no person', () => {
    expect(noOne('With most precincts counted, Vale, Ortiz and Brandt, the candidates most often called outsiders, took 58 percent.', 'candidates')).toBe(true);
    expect(noOne('Party registration at the state level finds 20 states solidly Republican.', 'state')).toBe(true);
  });

  it('is not a description that stands for one person', () => {
    expect(noOne('On Friday the president signed the order in the Oval Office.', 'president')).toBe(false);
  });

  it("is a transcript's label for the next speaker", () => {
    expect(noOne('MODERATOR: Senator, your answer? OKAFOR: I never voted for the levy.', 'OKAFOR')).toBe(true);
  });

  it('is an adverb opening the sentence after a dateline', () => {
    expect(noOne('KESTON - Nearly a week after the shooting of a teenager by police here, the city remains tense.', 'Nearly')).toBe(true);
  });

  it('is a conjunction opening the sentence, read as a place', () => {
    expect(noOne('But the Danish model he married in 1977 had never been to Ohio.', 'But', 'place')).toBe(true);
  });

  it('is not a surname written alone, nor a full name', () => {
    expect(noOne('The levy passed on Tuesday, Okafor said.', 'Okafor')).toBe(false);
    expect(noOne('The levy passed on Tuesday, Mayor Dana Lee said.', 'Dana Lee')).toBe(false);
  });
});
