import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speech verb after a preposition is said by whoever opens the clause', () => {
  it('credits "upon saying" to the subject, not to the object before the preposition', () => {
    const text = 'The rally turned sour. Ortiz, herself a Greer supporter, drew a wave of jeers upon saying, “Greer heard the people.”';
    expect(who(text, 'Greer heard')).toMatchObject({ speaker: 'Ortiz', mention: 'Ortiz', cue: 'saying' });
  });

  it('credits "mocked … for calling" to the one who mocks', () => {
    const text = 'The debate ran long. The former treasurer mocked Greer for calling himself the “king of loans,” noting his record.';
    expect(who(text, 'king of loans')).toMatchObject({ mention: 'The former treasurer', cue: 'calling' });
  });

  it('still credits "by saying" to the subject', () => {
    const text = 'The council heard from twelve residents. Mayor Ruth Alder ended her list by saying “Never again.”';
    expect(who(text, 'Never again')).toMatchObject({ speaker: 'Ruth Alder', cue: 'saying' });
  });
});

describe('a speech verb in -ing after "is" that the tagger reads as a first name', () => {
  it('is the verb of the subject before it', () => {
    const text = 'The vote was close.\n\nFormer harbor chief Tom Dorsey, for his part, is labeling Lund’s actions “a blatant, reckless abuse of power.”';
    expect(who(text, 'a blatant')).toMatchObject({ speaker: 'Tom Dorsey', cue: 'labeling' });
  });
});
