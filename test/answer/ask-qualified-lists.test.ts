/**
 * Issue 13, recall: a list of people whose names each carry what qualifies them — a state or
 * party in parentheses ("Sen. A (R-Kan.), B (D-Ore.) and C"), a title naming a state or an
 * employer before the name ("Kansas Gov. A, Oregon Sen. B", "KXRT's A"), "of" a state and a
 * short apposition after it ("Gov. A of Nebraska, a former wheat farmer, and Gov. B") — is one
 * list: the places and offices the tagger read inside those words are no items of it. And a
 * question asks for many when its kind noun is a plural the tagger read as a verb ("which
 * judges") or when "who" takes a plural copula ("who are the authors"). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { useIndexOver } from '../helpers/indexed.js';
import { askedItems } from '../helpers/asked.js';

const index = useIndexOver({
  'grain-subsidy.txt': ` date 2024-09-18

Senate narrowly passes grain subsidy

Three senators broke with their parties: Dana Whitlock (Kan.), Marcus Ferrell (Ore.) and Lena Ostby (Mont.) voted against the grain subsidy on Tuesday.

At a rally in Salina, Kansas Gov. Ellen Marr, Oregon Gov. Paul Dukes and former Montana Gov. Rita Salas praised the subsidy.

Gov. Tom Ridley of Nebraska, a former wheat farmer, and Gov. Carla Munoz of Iowa, who once ran a seed company, said the subsidy would mostly help small growers.

Mayor Lou Petrak hired two economists, Ida Brandt and Felix Omondi, to design the subsidy after a decade of falling grain prices.

`,
});

describe('a list whose names carry their qualifiers', () => {
  it('joins names each followed by a state or party in parentheses', () => {
    expect(askedItems(index(), 'which senators voted against the grain subsidy')).toEqual(['Dana Whitlock', 'Marcus Ferrell', 'Lena Ostby']);
  });

  it('joins names each led by a title that names a state', () => {
    expect(askedItems(index(), 'which governors praised the subsidy at the rally in salina')).toEqual(['Ellen Marr', 'Paul Dukes', 'Rita Salas']);
  });

  it('joins names followed by "of" a state and an apposition', () => {
    expect(askedItems(index(), 'which governors said the subsidy would mostly help small growers')).toEqual(['Tom Ridley', 'Carla Munoz']);
  });
});

describe('a question that asks for many', () => {
  it('reads "who are" as asking for more than one person', () => {
    expect(askedItems(index(), 'who were the economists hired to design the subsidy')).toEqual(['Ida Brandt', 'Felix Omondi']);
  });

  it('reads a plural kind noun the tagger took for a verb as a plural', () => {
    expect(analyseQuestion('which judges dissented from the earlier ruling').plural).toBe(true);
    expect(analyseQuestion('which agencies does the report rely on').plural).toBe(true);
  });

  it('reads an "-s" kind noun before another noun as an owner, not a plural', () => {
    expect(analyseQuestion('which states primary did the senator win').plural).toBe(false);
  });
});
