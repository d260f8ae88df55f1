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

  it('never takes in a preposition the writer capitalised mid-sentence', () => {
    expect(widened('Ruiz is thanking supporters at a Super Tuesday rally In Mississippi.', 'Mississippi', 'place')).toBe('Mississippi');
    expect(widened('The senator spoke to voters At Tarrow Hall on Monday.', 'Tarrow Hall', 'place')).toBe('Tarrow Hall');
    expect(widened('Donors flew in From Corlis for the gala.', 'Corlis', 'place')).toBe('Corlis');
  });

  it('leaves a place and its state apart', () => {
    expect(widened('The mayor met the families in Corlis, Idaho, last winter.', 'Corlis', 'place')).toBe('Corlis');
  });
});
