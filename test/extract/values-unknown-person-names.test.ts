import { describe, expect, it } from 'vitest';
import { valuesOfKinds } from './facts-helpers.js';

const people = (text: string) => valuesOfKinds(text, ['person']);
const named = (text: string) => valuesOfKinds(text, ['person', 'place', 'organization']);

describe('extractFacts: a name the tagger does not know, read as a person by what surrounds it', () => {
  it('reads the words after a capitalised title as the name of the one holding it', () => {
    expect(people('Marlovian President Tavik Orleanu arrived on Monday.')).toEqual(['person:Tavik Orleanu']);
    expect(people('Governor Quarrington vetoed the bill.')).toEqual(['person:Quarrington']);
  });

  it('reads the name after "Secretary of State" or "Sen." as a person, not a place', () => {
    expect(named('Ohio Secretary of State Jon Vessert said the rolls were clean.')).not.toContain('place:Jon Vessert');
    expect(people('Ohio Secretary of State Jon Vessert said the rolls were clean.')).toEqual(['person:Jon Vessert']);
  });

  it('reads two untyped capitalised words described by an apposition as a person', () => {
    expect(people('The Senate finally voted on Waverton Crale, a district court nominee.')).toEqual(['person:Waverton Crale']);
    expect(people('Lakisha Dorrow, 24, will be charged on Monday.')).toEqual(['person:Lakisha Dorrow']);
    expect(people('The campaign invited Genna Brightwater, who once worked for the mayor.')).toEqual(['person:Genna Brightwater']);
    expect(people('His spokesman, Steffen Oldaker, declined to comment.')).toEqual(['person:Steffen Oldaker']);
  });

  it('reads two untyped capitalised words listed with a person as a person', () => {
    expect(people('The team is led by Matt Braynard and Witold Chrabrow.')).toEqual(['person:Matt Braynard, Witold Chrabrow']);
  });

  it('does not list a place with the person after it across a comma', () => {
    expect(people('After the Republican mayor of Verrow Haute, John Ballard, was elected, a party was held.')).toEqual(['person:John Ballard']);
  });

  it('leaves a name described as a thing, and a single word, alone', () => {
    expect(people('Tarrow Springs, a quiet town, voted early.')).toEqual([]);
    expect(people('Crale, a nominee, waited.')).toEqual([]);
  });
});

describe('romanised names with a hyphenated given name', () => {
  const people = (text: string) => valuesOfKinds(text, ['person', 'place', 'organization']);

  it('reads "Park Ji-won" whole as a person, though the tagger reads "Park" as a place', () => {
    expect(people('Opposition leader Park Ji-won met the wardens in Harbin on Tuesday.')).toContain('person:Park Ji-won');
  });

  it('reads "Ban Ki-moon" whole at the start of a sentence', () => {
    expect(people('Ban Ki-moon said the harbour talks would resume.')).toEqual(['person:Ban Ki-moon']);
  });

  it('leaves a hyphened date word alone', () => {
    expect(people('New Year-end sales began in Ohio.')).toEqual(['place:Ohio']);
  });
});
