import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speech verb after a modal, inside what someone reports', () => {
  it('gives the words to the one who reports the prospect ("said voters will say")', () => {
    const text = 'Harbor Notes.\n\nMayor Tara Vale said she expected that voters will say “no” to the levy.';
    expect(who(text, 'no')).toMatchObject({ speaker: 'Tara Vale', mention: 'Mayor Tara Vale', cue: 'said' });
  });

  it('does so after any verb of speaking ("predicted that the council would call")', () => {
    const text = 'Harbor Notes.\n\nIvo Marsh predicted that the council would call the plan “a bridge too far.”';
    expect(who(text, 'a bridge too far')).toMatchObject({ speaker: 'Ivo Marsh' });
  });

  it('leaves words already spoken with the one who spoke them ("said Okafor called her")', () => {
    const text = 'Harbor Notes.\n\nAda Ruiz said Pete Okafor called her “a liar” at the hearing.';
    expect(who(text, 'a liar')).toMatchObject({ speaker: 'Pete Okafor' });
  });

  it('keeps the modal verb’s subject with no one reporting it', () => {
    const text = 'Harbor Notes.\n\nThe council will call the plan “a bridge too far.”';
    expect(who(text, 'a bridge too far')).toMatchObject({ mention: 'The council' });
  });
});
