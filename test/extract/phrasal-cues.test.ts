import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speech verb written with its particle', () => {
  it('"shot back" is the main clause\'s speech verb, not a verb of the clause before it', () => {
    const text = 'When Councillor Tom Vale mocked the budget at a forum, Ruiz shot back, “At least I wrote one.”';
    expect(who(text, 'At least')).toMatchObject({ speaker: 'Ruiz', mention: 'Ruiz', cue: 'shot' });
  });

  it('"cut in" after the words names their speaker', () => {
    const text = 'The mayor listened to the crowd for an hour. “We are done here,” an aide cut in.';
    expect(who(text, 'We are done')).toMatchObject({ mention: 'an aide', cue: 'cut' });
  });

  it('"shot" without its particle is no speech verb', () => {
    const text = 'When Councillor Tom Vale mocked the budget at a forum, Ruiz shot a glance at him and left, “At least I wrote one” written on her notes.';
    expect(who(text, 'At least').cue).not.toBe('shot');
  });
});
