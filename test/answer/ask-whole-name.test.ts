/** Issue 13: a name answer is given whole, as its sentence writes it, when the name reader cut it short (invented texts). */
import { describe, expect, it } from 'vitest';
import { widened } from './whole-name-helpers.js';

describe('a name answer cut short is given whole', () => {
  it('adds the surname after a lone first name', () => {
    expect(widened('The result did not surprise the Republican pollster Imre Tasker: "Turnout decides it."', 'Imre', 'person')).toBe('Imre Tasker');
  });

  it('adds the first name and initials before a surname', () => {
    expect(widened('"We were not pleased," said Jory B. Halvard, head of policy at the chamber.', 'B. Halvard', 'person')).toBe('Jory B. Halvard');
  });

  it("keeps a person's particles and the surname after them", () => {
    expect(widened('Officials asked whether the minister, Greta van der Mollen, would agree.', 'Greta', 'person')).toBe('Greta van der Mollen');
  });

  it("joins an organisation's or a place's parts over of and for", () => {
    expect(widened('"It is a stretch," said Alma Ruiz of the University of Tarrow School of Law.', 'Tarrow School', 'organization')).toBe(
      'University of Tarrow School of Law',
    );
    expect(widened('One group, Ohio Parents for Public Schools, paid for the ads.', 'Ohio Parents', 'organization')).toBe('Ohio Parents for Public Schools');
    expect(widened('The vote moves next to the District of Marrow.', 'District', 'place')).toBe('District of Marrow');
  });

  it('never takes in a person named before "of", a title, a date or a possessor', () => {
    expect(widened('"It is odd," said Lena Morrow of Carden University\'s energy program.', 'University', 'organization')).toBe('Carden University');
    expect(widened('Senator Dana Pike of Vermont spoke on Tuesday.', 'Dana Pike', 'person')).toBe('Dana Pike');
    expect(widened('The mayor spoke at Pike Tower on Friday.', 'Pike', 'person')).toBe('Pike');
    expect(widened('Mayor Ortiz’s aide Rhea Lund was there.', 'Rhea Lund', 'person')).toBe('Rhea Lund');
    expect(widened('Governor Ortiz said so on Monday.', 'Ortiz', 'person')).toBe('Ortiz');
  });

  it('never takes in a word before a name that already holds its given name', () => {
    expect(widened('Voters like Harlan Lecturer Tomas Brell, a poll found.', 'Tomas Brell', 'person')).toBe('Tomas Brell');
    expect(widened('Tasker Slams Oriel Vance Over Budget Vote', 'Oriel Vance', 'person')).toBe('Oriel Vance');
    expect(widened('A rally for Vermonter Imre Tasker drew crowds.', 'Imre Tasker', 'person')).toBe('Imre Tasker');
    // a lone surname, a name opening on an initial or a particle still takes in its given name
    expect(widened('The race pits Corinne Le Vasseur against him.', 'Le Vasseur', 'person')).toBe('Corinne Le Vasseur');
  });

  it('never takes in the office after a title’s "of" or "for"', () => {
    expect(widened('The plant will close, union Director of Public Affairs Tomas Brell told reporters.', 'Tomas Brell', 'person')).toBe('Tomas Brell');
    expect(widened('The memo went to Deputy Chief of Staff Oriel Vance on Friday.', 'Oriel Vance', 'person')).toBe('Oriel Vance');
    expect(widened('Assistant Secretary for Rural Housing Imre Tasker spoke.', 'Imre Tasker', 'person')).toBe('Imre Tasker');
    expect(widened('The memo was signed by Chief of Staff Vance on Friday.', 'Vance', 'person')).toBe('Vance');
    // a lower-case word before "of" is no title: the name's first word is still taken in
    expect(widened('She is a close friend of Daron Shaw, who ran the race.', 'Shaw', 'person')).toBe('Daron Shaw');
  });

  it('never takes in a preposition the writer capitalised mid-sentence', () => {
    expect(widened('Ruiz is thanking supporters at a Super Tuesday rally In Mississippi.', 'Mississippi', 'place')).toBe('Mississippi');
    expect(widened('The senator spoke to voters At Tarrow Hall on Monday.', 'Tarrow Hall', 'place')).toBe('Tarrow Hall');
    expect(widened('Donors flew in From Corlis for the gala.', 'Corlis', 'place')).toBe('Corlis');
  });

  it('leaves a place and its state apart', () => {
    expect(widened('The mayor met the families in Corlis, Idaho, last winter.', 'Corlis', 'place')).toBe('Corlis');
  });
});
