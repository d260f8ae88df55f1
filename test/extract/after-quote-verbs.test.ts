import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a verb that is not a speech verb after the words names their speaker only when its subject is someone', () => {
  it('does not credit "Others" with a thought imagined for someone else', () => {
    const text =
      'Lena Ortiz spent the week on the trail. After the rally, columnist Paul Verhoeven of the Ledger imagined Ortiz was thinking: “What have I started?” Others saw the same thing in her tired wave.';
    expect(who(text, 'What have I started')).not.toMatchObject({ mention: 'Others' });
  });

  it('still credits a named subject whose verb runs on after the words', () => {
    const text = 'Dana Greer took the stage late. “You have to get past it,” Greer went on, as if she had not heard the boos.';
    expect(who(text, 'You have to get past')).toMatchObject({ speaker: 'Dana Greer', mention: 'Greer' });
  });
});
