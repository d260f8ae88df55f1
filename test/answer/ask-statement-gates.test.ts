/**
 * Issue 13, precision: a passage given as /ask's answer must answer the question as asked. Two
 * kinds of passage did not on real news: the article's headline, which squeezes the story into a
 * phrase and tells no one's words ("what did Ribeiro call Vale" answered by "Lund and Ribeiro team
 * up on Vale"), and any passage given for a "who" question with a verb, a light one included
 * ("who called Vale the greatest"), which asks for a name the passage does not single out. Both
 * say "not found" and offer the passage as possibly relevant instead.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'harbor.txt': ` date 2024-05-02

Lund and Ribeiro team up on Vale

Mayor Jo Lund campaigned with Councillor Ana Ribeiro in Hartwell on Friday, the first joint stop of their tour.

At the rally Lund called Vale “a danger to the harbor.”
`,
  'email.txt': ` date 2024-05-03

Harbor board emails released

“Tom Vale is the greatest!!!” read one email sent to the harbor board in March.

Tom Vale is the harbor board's longest-serving member, a former ferry captain.
`,
};

const index = useIndexOver(ARTICLES);

describe('passages that do not answer the question asked', () => {
  it('does not give the headline as what someone called someone', () => {
    const a = ask(index(), 'what did ribeiro call vale');
    expect(a.found).toBe(false);
    expect(a.found ? '' : a.message).toContain('Possibly relevant');
  });

  it('still gives the sentence that says it', () => {
    const a = ask(index(), 'what did lund call vale');
    expect(a.found ? a.results[0]?.text : '').toContain('a danger to the harbor');
  });

  it('does not answer a "who" question with a verb by a passage naming no one for it', () => {
    const a = ask(index(), 'who called vale the greatest');
    expect(a.found).toBe(false);
  });

  it('still tells who someone is', () => {
    const a = ask(index(), 'who is tom vale');
    expect(a.found ? a.results[0]?.text : '').toContain('ferry captain');
  });
});
