import { describe, expect, it } from 'vitest';
import { quotesOf, who } from './quotes-helpers.js';

describe('a surname that is also a role noun', () => {
  it('names the person when it follows a first name ("Anna King")', () => {
    const text = '"We turned forty people away last winter," said Anna King, who runs the shelter on Dock Street.';
    expect(who(text, 'We turned')).toMatchObject({ speaker: 'Anna King' });
    expect(quotesOf(text).entities.find((e) => e.name === 'Anna King')?.kind).toBe('person');
  });

  it('makes a person of "Lt. Gov. Nora Judge" that a later "she" can reach', () => {
    const text = ['Former Lt. Gov. Nora Judge opened the rally on Saturday.', '"Nobody in this county is going to be left behind," she said.'].join('\n\n');
    expect(quotesOf(text).entities.map((e) => e.name)).toContain('Nora Judge');
    expect(who(text, 'Nobody in')).toMatchObject({ speaker: 'Nora Judge' });
  });

  it('still reads a role after a company name as a description ("the Acme CEO")', () => {
    const text = 'The Acme CEO said the plant "will stay open through the summer."';
    expect(quotesOf(text).entities.map((e) => e.name)).not.toContain('Acme CEO');
  });
});
