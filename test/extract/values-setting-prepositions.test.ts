import { describe, expect, it } from 'vitest';
import { factValues } from './facts-helpers.js';

/** The words bound to the value named `name` in `text`. */
function contextOf(text: string, name: string): string[] {
  return factValues(text).find((v) => v.normalized === name)?.context ?? [];
}

describe('extractFacts: the preposition that sets a name as a place, across "the"', () => {
  it('binds "at" to an organisation written "at the …"', () => {
    expect(contextOf('Jo Lindqvist, a tax professor at the University of Velland, wrote the paper.', 'University of Velland')).toContain('at');
    expect(contextOf('The senator gave the speech at the Brill Institute on Monday.', 'Brill Institute')).toContain('at');
  });

  it('binds "in" to an organisation written "in the …"', () => {
    expect(contextOf('Ana Ruiz worked for years in the Department of Roads before the election.', 'Department of Roads')).toContain('in');
  });

  it('binds no setting to a name after "the" that no such preposition opens', () => {
    const context = contextOf('Critics of the Brill Institute wrote to the board.', 'Brill Institute');
    expect(context).not.toContain('at');
    expect(context).not.toContain('in');
  });
});
