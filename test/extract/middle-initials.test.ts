import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a name written with a middle initial', () => {
  it('is the same person when a later sentence opens with the surname alone', () => {
    const text =
      'The harbor board met on Monday. "We will dredge the channel in spring," said Jo R. Tallis, who chairs it.\n\nTallis added: "The fishing fleet cannot wait another year."';
    expect(who(text, 'The fishing fleet')).toMatchObject({ speaker: 'Jo R. Tallis' });
  });
});
