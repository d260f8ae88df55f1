/**
 * Issue 13, recall: a span of time is bound to the event word "for" or "over" carries it to
 * ("Okafor captained the ferry for nearly nine years"), past a hedge on its figure, as "in" and
 * "on" carry a date; a date after "for" stays unbound ("the vote planned for March"). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { decidedWith } from '../helpers/decided.js';
import { useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'okafor-ferry.txt': ` date 2024-04-09

Okafor leaves the ferry

Grace Okafor, who captained the Lindqvist ferry for nearly nine years, retired on Monday after a farewell crossing.
`,
  'velde-levy.txt': ` date 2024-04-11

Velde levy vote

Councillor Piet Velde drafted the harbour levy, with the vote planned for March 2025.
`,
});

/** A probability below the threshold and below what a value standing alone needs (alone.ts). */
const LOW_P = 0.3;

const decidedAt = (question: string): string => decidedWith(index(), question, LOW_P);

describe('a span carried by "for"', () => {
  it('is asserted below the threshold when "for" carries it to the asked verb, past "nearly"', () => {
    expect(decidedAt('how long did okafor captain the lindqvist ferry')).toBe('9 years');
  });

  it('leaves a date after "for" unbound to the verb before it', () => {
    expect(decidedAt('when did velde draft the harbour levy')).toBe('none');
  });
});
