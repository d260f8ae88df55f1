import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a paragraph that is only a quotation, after one about a person', () => {
  it('goes to the subject across an adverb before its verb', () => {
    const text = ['Omar Haddad also spoke about the levy.', '“Nobody in this town wants to pay more for less.”'].join('\n\n');
    expect(who(text, 'Nobody in')).toMatchObject({ speaker: 'Omar Haddad', mention: 'Omar Haddad' });
  });

  it('reads the subject before sentences the writer set in parentheses', () => {
    const text = [
      '“We are not done,” Ada Ruiz said.',
      'Ruiz also spoke about Harbor Trust v. Linden, the case now before the state court. (The law requires two hearings before any sale of public land.)',
      '“The harbor belongs to everyone in this town, and the court should say so.”',
    ].join('\n');
    expect(who(text, 'The harbor')).toMatchObject({ speaker: 'Ada Ruiz', mention: 'Ruiz' });
  });

  it('reads past a paragraph that is all in parentheses', () => {
    const text = ['Omar Haddad spoke about the levy.', '(The levy was first passed in 1998.)', '“Nobody in this town wants to pay more for less.”'].join(
      '\n\n',
    );
    expect(who(text, 'Nobody in')).toMatchObject({ speaker: 'Omar Haddad' });
  });
});
