/** Issue 13: a firm named by two names joined by "&" is answered whole (invented texts). */
import { describe, expect, it } from 'vitest';
import { widened } from './whole-name-helpers.js';

describe('a firm named with an ampersand is one name', () => {
  it('adds the name after the ampersand', () => {
    expect(widened('Ines Darrow, a partner at Tolliver & Marsh, said the firm would appeal.', 'Tolliver', 'organization')).toBe('Tolliver & Marsh');
  });

  it('adds the name before the ampersand and every capitalised word after it', () => {
    expect(widened('The fund hired Pryce & Van Holt Advisers last spring.', 'Van Holt Advisers', 'organization')).toBe('Pryce & Van Holt Advisers');
  });

  it('stops at the first lower-case word', () => {
    expect(widened('Analysts at Acme & Sons expect prices to rise.', 'Acme', 'organization')).toBe('Acme & Sons');
  });

  it('leaves a person named beside another with an ampersand alone', () => {
    expect(widened('The show was hosted by Tom Lee & Ana Ruiz in 2015.', 'Tom Lee', 'person')).toBe('Tom Lee');
  });
});
