import { describe, expect, it } from 'vitest';
import { valuesOfKinds } from './facts-helpers.js';

const names = (text: string) => valuesOfKinds(text, ['place', 'organization', 'person']);

describe('extractFacts: towns written with their state, news style', () => {
  it('reads a town and its abbreviated state as one place, the period kept', () => {
    expect(names('The mayor of Brackwell, N.H., spoke on Tuesday.')).toEqual(['place:Brackwell, N.H.']);
  });

  it('reads a town the tagger takes for a first name as the town before its state', () => {
    expect(names('The plant in Jackson, Miss., closed last spring.')).toEqual(['place:Jackson, Miss.']);
  });

  it('keeps a full name before a state abbreviation a person', () => {
    expect(names('The rally drew Dana Whitfield, Pa. Gov. Ed Marsh and others.')).toContain('person:Dana Whitfield');
  });

  it('does not read "Miss" before a name as a state', () => {
    expect(names('Miss Harlow, the teacher, said the class was full.')).not.toContainEqual(expect.stringMatching(/^place:/));
  });

  it("reads a dateline's town in capitals and its state as the place, not an organisation", () => {
    expect(names('OXNEY, Ohio — The council met on Monday.')).toContain('place:OXNEY, Ohio');
    expect(names('OXNEY, Ohio, March 14, 2024 — The council met.')).toContain('place:OXNEY, Ohio');
    expect(names('LAS PALMAS, New Mexico (AP) — Voters lined up early.')).toContain('place:LAS PALMAS, New Mexico');
  });

  it('reads a line that is only a town in capitals and its state without failing', () => {
    expect(() => names('OXNEY, Ohio')).not.toThrow();
  });
});

describe('extractFacts: a preposition the writer capitalised', () => {
  it('is no part of the place after it', () => {
    expect(names('The governor spoke At Ohio State on Friday, aides said.')).toEqual(['place:Ohio State']);
  });
});
