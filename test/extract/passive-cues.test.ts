import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speech verb in the passive', () => {
  it('is spoken by the one after "by", not by its subject', () => {
    const text =
      'Levy night on Channel 4.\n\nLund was asked by host Dana Whitfield, who backs the levy, "Now, you called the plan dead in March. Has that changed?"';
    expect(who(text, 'Now, you called')).toMatchObject({ speaker: 'Dana Whitfield', mention: 'host Dana Whitfield' });
  });

  it('leaves the active verb to its subject', () => {
    const text = 'Levy night on Channel 4.\n\nLund asked host Dana Whitfield, "Why do you keep calling the plan dead?"';
    expect(who(text, 'Why do you keep')).toMatchObject({ speaker: 'Lund' });
  });

  it('leaves a passive with no "by" right after it to the subject who answers', () => {
    const text = 'Levy night on Channel 4.\n\nLund was asked about the levy by reporters and said, "It will pass in the spring."';
    expect(who(text, 'It will pass')).toMatchObject({ speaker: 'Lund' });
  });
});
