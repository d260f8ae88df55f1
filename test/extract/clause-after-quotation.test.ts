import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a few quoted words after an earlier quotation of the same sentence', () => {
  it('go to a named subject that opens a clause of its own between them', () => {
    const text = 'While Vale calls the report a “terrific piece and well worth the trip,” Ruiz pounced on the “pivot” line.';
    expect(who(text, 'pivot')).toMatchObject({ speaker: 'Ruiz', mention: 'Ruiz' });
  });

  it('read a verb the tagger takes for a plural noun after the name ("Ruiz fixates on")', () => {
    const text = 'While Vale calls the report a “terrific piece and well worth the trip,” Ruiz fixates on the “pivot” line.';
    expect(who(text, 'pivot')).toMatchObject({ speaker: 'Ruiz', mention: 'Ruiz' });
  });

  it('stay with the first speaker when no subject of its own comes between', () => {
    const text = 'Lund called the plan “a disaster” and the budget “a farce.”';
    expect(who(text, 'a farce')).toMatchObject({ speaker: 'Lund', mention: 'Lund' });
  });
});
