import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('quoted words joined by "and" to more quoted words with a speaker written after them', () => {
  it('go to that speaker', () => {
    const text =
      'Ferries are “the ultimate public safety crisis” and “stunt the town’s growth,” Tom Vale, the former mayor of Linden, proclaimed to a cheering crowd on Tuesday.';
    expect(who(text, 'the ultimate')).toMatchObject({ speaker: 'Tom Vale', mention: 'Tom Vale' });
    expect(who(text, 'stunt the')).toMatchObject({ speaker: 'Tom Vale' });
  });
});
