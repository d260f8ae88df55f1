import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a participle of speech after a preposition ("began by saying")', () => {
  it('is spoken by the pronoun before the verb when an opening clause has no comma', () => {
    const text = [
      'Lund Spared Prison.',
      'Judge Ada Ruiz listened to both sides and left the courtroom for an hour.',
      'When she came back she began by saying, “Prison would serve no purpose here.” Lund wept.',
    ].join('\n\n');
    expect(who(text, 'Prison would')).toMatchObject({ speaker: 'Ada Ruiz', mention: 'she' });
  });

  it('still reads the clause subject when the opening clause has its comma', () => {
    const text = ['Lund Spared Prison.', 'When the hearing resumed, Judge Ada Ruiz began by saying, “Prison would serve no purpose here.”'].join('\n\n');
    expect(who(text, 'Prison would')).toMatchObject({ speaker: 'Ada Ruiz' });
  });
});
