/**
 * Issue 13, precision: "Ruiz worked for which candidate" asks for a name by a type noun late in the
 * question, as "which candidate did Ruiz work for" does at its front. A passage that names no one is
 * no answer to it; a type noun with no late "which" or "what" before it asks for no name.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'organisers.txt': ` date 2024-05-14

Harlan County Democrats pick a new chair

Marta Ruiz, who worked as a field organiser for a Senate candidate in 2018, said the county party had changed a great deal since then.
`,
  'first-lady.txt': ` date 2024-03-02

A first lady with a desk of her own

Dana Okafor was the first first lady of Brookmere to keep an office in city hall, where she ran the town's literacy drive.
`,
};

const index = useIndexOver(ARTICLES);

describe('a late type noun asking for a name', () => {
  it('is not answered by a passage that names no candidate', () => {
    expect(ask(index(), 'marta ruiz worked as a field organiser for which candidate in 2018').found).toBe(false);
  });

  it('leaves the passage to a question whose type noun no late which or what asks', () => {
    const a = ask(index(), 'what was dana okafor the first first lady to have an office in');
    expect(a.found).toBe(true);
    expect(a.results[0]?.passage.text).toContain('keep an office in city hall');
  });
});
