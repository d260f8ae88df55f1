import { describe, expect, it } from 'vitest';
import { quotesOf, who } from './quotes-helpers.js';

describe('a speech verb capitalised by mistake', () => {
  it('is still the verb after an appositive in running prose', () => {
    const text = '“Not us, but hard to argue with it!” Brody, the head of Forward Ohio, Tweeted on Friday with a picture.';
    expect(who(text, 'Not us')).toMatchObject({ speaker: 'Brody', mention: 'Brody', cue: 'Tweeted' });
  });

  it('is read as written in a title, where every long word is capitalised', () => {
    const text = 'Harbor Deal, Blasted by Critics, Heads to “Final Vote”\n\nThe council met on Monday.';
    expect(quotesOf(text).quotes.every((q) => q.cue?.text !== 'Blasted')).toBe(true);
  });
});
