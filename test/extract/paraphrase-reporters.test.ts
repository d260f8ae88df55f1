import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('"he said" after a paraphrase that closes with its reporter', () => {
  it('goes on with the person the paraphrase reports, not the subject of the paraphrase', () => {
    const text = [
      'Vale Takes His Ferry Plan Upriver.',
      'Tom Vale spent the spring touring the river towns, meeting with every boat club that would have him.',
      'Joining him at some of those meetings was Robert Brandt, a harbor pilot from Linden. Brandt rode with Vale to a dozen towns.',
      'Vale won over the small crowds with long speeches and promises to fix the ferry schedule, Brandt said.',
      '“He was patient and quick on his feet,” he said. “After one evening with him, the boat clubs signed up.”',
    ].join('\n\n');
    expect(who(text, 'He was patient')).toMatchObject({ speaker: 'Robert Brandt', mention: 'he' });
    expect(who(text, 'After one evening')).toMatchObject({ speaker: 'Robert Brandt', mention: 'he' });
  });

  it('still goes to the subject when no speech verb closes the sentence before', () => {
    const text = [
      'Vale Takes His Ferry Plan Upriver.',
      'Robert Brandt, a harbor pilot from Linden, rode with Tom Vale to a dozen towns last spring.',
      'Vale won over the small crowds with long speeches and promises to fix the ferry schedule, as Brandt watched.',
      '“I will keep the boats running on time,” he said.',
    ].join('\n\n');
    expect(who(text, 'I will keep')).toMatchObject({ speaker: 'Tom Vale', mention: 'he' });
  });
});
