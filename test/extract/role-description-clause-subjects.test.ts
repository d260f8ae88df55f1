import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a description of one person by a role, as the subject of a verb before quoted words', () => {
  it('is their source, as a name would be', () => {
    const text =
      'Harbor plan.\n\nJo Lund is running again. The Democratic mayoral candidate sent a letter to donors on Monday inviting them to a dinner, to \u201cfund the pier before the vote!\u201d';
    expect(who(text, 'fund the pier')).toMatchObject({ mention: 'The Democratic mayoral candidate' });
  });
});
