/** Issue 13, recall: /ask finds facts the coverage states in other words than the question's. */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { speaksIn } from '../../src/answer/ask/retrieve.js';
import { withDescription } from '../../src/answer/ask/slot.js';
import { factsOf } from '../../src/answer/match.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'levy.txt': ` date 2024-03-11

Brackwell council delays the harbor levy

Treasurer Dana Okafor spoke to the council on Monday about the budget. "We have balanced the books for the third year running," Okafor said.

The harbor levy would drive small shops out of the old town, Okafor told the council before the vote.

Council member Ines Varga argued that Okafor had ignored the ferry operators, who back the levy.

Volunteers knocked on two thousand doors for Varga last week, said Mark Delaney, the Varga campaign's communications director.
`,
};

const index = useIndexOver(ARTICLES);

describe('/ask: what a speaker said, from sentences that give them the words (issue 13)', () => {
  it('answers "what did X say about Y" from a sentence whose speech verb names X, though X is not its subject', () => {
    const a = ask(index(), 'what did okafor say about the harbor levy');
    expect(a.found).toBe(true);
    expect(a.results[0].passage.text).toContain('drive small shops out');
  });

  it('gives the words to the name beside the speech verb, before or after it', () => {
    expect(speaksIn('The levy would hurt shops, Okafor told the council.', 'Dana Okafor')).toBe(true);
    expect(speaksIn('"It is a mistake," said Treasurer Dana Okafor.', 'Dana Okafor')).toBe(true);
    expect(speaksIn('The levy is needed, according to Okafor.', 'Dana Okafor')).toBe(true);
  });

  it('does not give the words to a name another speaker talks about', () => {
    expect(speaksIn('Varga argued that Okafor had ignored the ferry operators.', 'Dana Okafor')).toBe(false);
    expect(speaksIn("Varga criticised Okafor's budget on Monday.", 'Dana Okafor')).toBe(false);
  });
});

describe('/ask: who holds a role, by an apposition that names another as owner (issue 13)', () => {
  it('binds "the Varga campaign\'s communications director" to the name before it, Varga only owning the campaign', () => {
    const record = factsOf(index(), 'levy').find((r) => r.statement.includes('communications director'));
    const name = record?.values.find((v) => v.normalized === 'Mark Delaney');
    expect(record && name ? withDescription(record, name).context : []).toEqual(expect.arrayContaining(['campaign', 'communications', 'director']));
  });

  it('answers who holds that role with the name', () => {
    const a = ask(index(), 'who is the varga campaigns communications director');
    expect(a.found ? a.results[0]?.values?.[0]?.normalized : null).toBe('Mark Delaney');
  });
});
