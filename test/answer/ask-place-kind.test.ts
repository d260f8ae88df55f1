/**
 * Issue 13, precision: "what country", "which state", "what city" ask for a kind of place. A place
 * the lexicon knows as another kind does not answer ("what country is she from" is not answered by
 * the state she campaigns in); a place it does not know is left to the other rules (invented text).
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { ofAskedPlaceKind } from '../../src/answer/ask/slot.js';
import { analyseQuestion } from '../../src/answer/question.js';
import type { TypedValue } from '../../src/model/records.js';
import { placeCanBe } from '../../src/nlp/places.js';
import { useIndexOver } from '../helpers/indexed.js';

const place = (name: string): TypedValue => ({ type: 'place', text: name, start: 0, end: name.length, normalized: name }) as TypedValue;

describe('the kind of place a question asks for', () => {
  it('rules out a state for "what country" and a country for "which city"', () => {
    expect(ofAskedPlaceKind(analyseQuestion('what country is marta from'), place('Nevada'))).toBe(false);
    expect(ofAskedPlaceKind(analyseQuestion('which city did the team move to'), place('Portugal'))).toBe(false);
  });

  it('keeps a place of the asked kind, and any place for a question that names no kind', () => {
    expect(ofAskedPlaceKind(analyseQuestion('what country is marta from'), place('Portugal'))).toBe(true);
    expect(ofAskedPlaceKind(analyseQuestion('what state is the next primary in'), place('Nevada'))).toBe(true);
    expect(ofAskedPlaceKind(analyseQuestion('where is marta from'), place('Nevada'))).toBe(true);
  });

  it('keeps a name the lexicon does not know, and a city the lexicon files as a region but that calls itself a city', () => {
    expect(placeCanBe('Dunmore Falls', 'country')).toBe(true);
    expect(placeCanBe('New York City', 'city')).toBe(true);
    expect(placeCanBe('Washington, D.C.', 'city')).toBe(true);
  });

  it('rules out a state for "which city"', () => {
    expect(placeCanBe('South Carolina', 'city')).toBe(false);
  });

  it('judges "City, State" by the city', () => {
    expect(placeCanBe('Cleveland, Ohio', 'city')).toBe(true);
    expect(placeCanBe('Cleveland, Ohio', 'country')).toBe(false);
  });
});

const index = useIndexOver({
  'visit.txt': ` date 2024-03-02

Ortega campaigns west

Marta Ortega told supporters on Saturday that they would see each other again in Nevada. Her husband, Paulo Ortega, grew up in Portugal.
`,
});

describe('/ask', () => {
  it('does not answer "what country" with the state she campaigns in', () => {
    const a = ask(index(), 'what country is marta ortega from');
    expect(a.found ? a.results[0]?.values?.[0]?.normalized : null).not.toBe('Nevada');
  });

  it('answers it with the country the text names', () => {
    const a = ask(index(), 'what country did paulo ortega grow up in');
    expect(a.found ? a.results[0]?.values?.[0]?.normalized : null).toBe('Portugal');
  });
});
