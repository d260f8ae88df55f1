import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a few quoted words between a participle and a named speaker', () => {
  it('go to the named speaker whose own verb follows them', () => {
    const text =
      'Delegates cheered in the hall on Thursday.\n\nSome neighbors have laughed at the plan, calling it "a castle in the air," Maren Solberg said at the bus stop.';
    expect(who(text, 'a castle in the air')).toMatchObject({ speaker: 'Maren Solberg', cue: 'said' });
  });

  it('stay with the participle\u2019s subject when what follows is only another participle', () => {
    const text = 'Ines Alder keeps stressing the "missing pages" Tom Reddick was explaining to the board.';
    expect(who(text, 'missing pages').speaker).not.toBe('Tom Reddick');
  });
});
