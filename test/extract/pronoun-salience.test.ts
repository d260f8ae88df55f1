import { describe, expect, it } from 'vitest';
import { quotesOf, who } from './quotes-helpers.js';

describe('a pronoun speaker follows the person a reader last met as a subject', () => {
  it('takes a name opening its sentence after a few describing words as the subject', () => {
    const text = [
      'Track legend Billie Jean Moss remembered the coach as warm and funny. She met him at the trials in 1971 and again in 1999.',
      '"He always told me, \'Billie Jean Moss, you will win,\'" she said.',
    ].join('\n\n');
    expect(who(text, 'He always told')).toMatchObject({ speaker: 'Billie Jean Moss', mention: 'she' });
  });
});

describe('who a described speaker is', () => {
  it('never gives an indefinite description the name of someone introduced with that role', () => {
    const text = [
      'The campaign has leaned on Senior Adviser Jake Morrow for weeks.',
      '"We have a lot of work to do," said a longtime adviser to the governor, who asked not to be named.',
    ].join(' ');
    expect(who(text, 'We have a lot')).toMatchObject({ speaker: 'a longtime adviser' });
  });

  it('gives a definite description the person introduced with that role', () => {
    const text = ['The campaign has leaned on Senior Adviser Jake Morrow for weeks.', '"We have a lot of work to do," the adviser said.'].join(' ');
    expect(who(text, 'We have a lot')).toMatchObject({ speaker: 'Jake Morrow' });
  });
});

describe('names in a headline', () => {
  it("ends a headline's name run where the name the body writes on its own ends", () => {
    const text = [
      'Dana Whitcombe Wins Ashford’s Mayoral Primary by a Mile.',
      'Dana Whitcombe defeated Paul Ames on Tuesday.',
      '“I want to thank the people who kept this town dry,” Whitcombe said.',
    ].join('\n\n');
    expect(quotesOf(text).entities.map((e) => e.name)).toEqual(['Dana Whitcombe', 'Paul Ames']);
  });
});
