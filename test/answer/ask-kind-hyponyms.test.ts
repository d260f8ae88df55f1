/**
 * Issue 13, recall: "which runner" asks for a person the article may call by a narrower noun ("the
 * marathoner Lena Ostrova"). A kind noun is held by a word beside the name that WordNet files
 * under it, a step or two up; a role ("the race director") still has to be the name's own title.
 * Invented text.
 */
import { describe, expect, it } from 'vitest';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'harbor-marathon.txt': ` date 2024-04-15

Harbor marathon draws record field

The Harbor City marathoner Lena Ostrova crossed the finish line first on Sunday, ahead of 4,000 others.

Race director Tom Becker said the course would stay the same next year.
`,
});

describe('a kind noun a question asks for', () => {
  it('is held by a narrower noun beside the name', () => {
    expect(askedValue(index(), 'which runner crossed the finish line first in the harbor marathon')).toBe('Lena Ostrova');
  });

  it('is not held by a noun unrelated to it', () => {
    expect(askedValue(index(), 'which swimmer crossed the finish line first in the harbor marathon')).toBeNull();
  });
});
