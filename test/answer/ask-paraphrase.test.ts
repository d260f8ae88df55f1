/** Issue 13: /ask finds stated facts asked in the reader's own words (initials, derivations, "want to …", jobs, appositions). */
import { describe, expect, it } from 'vitest';
import { ask, prepare } from '../../src/answer/ask.js';
import { candidates } from '../../src/answer/ask/candidates.js';
import { analyse } from '../../src/answer/ask/analyse.js';
import { factsOf } from '../../src/answer/match.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'primary.txt': ` date 2024-02-14

Varga wins the Granite Valley primary

Council member Ines Varga won the Granite Valley primary on Tuesday with 44 percent of the vote, ahead of former judge Paul Okafor.

The Lanford County Democratic Committee had backed Okafor in January.

Varga said she hopes to relocate 300 families from the flood plain by 2026.

The county board ratified the flood plan in March, after a ratification vote delayed twice by storms.

Sandbags went up fast: 64 of the 212 volunteers were students, said Marta Quell, the county's first flood coordinator.

Captain Omar Reyes retired from the coast guard in 1996.

In 1998, after two years at sea, he married Dora Finch, a nurse from the valley.

Varga's campaign has reserved about $2.5 million in airtime this month.

A group of business owners spent $400,000 on mailers attacking Okafor.

Okafor thanked his wife and his children at a rally in the valley on Tuesday night.
`,
};

const index = useIndexOver(ARTICLES);

const value = (q: string) => {
  const a = ask(index(), q);
  return a.found ? a.results[0]?.values?.[0]?.normalized : null;
};
const recordOf = (words: string) => factsOf(index(), 'primary').find((r) => r.statement.includes(words));

describe('/ask reads the question in the reader’s words (issue 13)', () => {
  it('gives a record the initials of the names it carries ("lcdc" for Lanford County Democratic Committee)', () => {
    expect(recordOf('Lanford County')?.terms).toContain('lcdc');
  });

  it('reads two-letter initials as a place only ("gv"), never as a person ("io" for Ines Okafor) or an organisation', () => {
    expect(recordOf('Granite Valley primary')?.terms).toContain('gv');
    expect(recordOf('Lanford County')?.terms).not.toContain('lc');
  });

  it('answers a question that writes a place by its initials', () => {
    expect(value('what percent did varga get in the gv primary')).toBe(44);
  });

  it('treats "want to", "expected to", "hopes to" as leading into the verb asked about', () => {
    const focus = analyseQuestion('how many families does varga want to relocate').focus;
    expect(focus.find((f) => f.term === 'want')?.weak).toBe(true);
    expect(focus.find((f) => f.term === 'relocate')?.weak).toBe(false);
  });

  it('matches a word to its derivations from WordNet ("ratify" → "ratification")', () => {
    const ratify = analyseQuestion('when was the ratify vote').focus.find((f) => f.term === 'ratify');
    expect(ratify?.alts).toContain('ratification');
  });

  it('gives a short verb its inflected forms ("ask" → "asking")', () => {
    const askTerm = analyseQuestion('who did the mayor ask for help').focus.find((f) => f.term === 'ask');
    expect(askTerm?.alts).toEqual(expect.arrayContaining(['asking', 'asked']));
  });

  it('gives a synonym its inflected forms too ("booked" asked, "reserved" written)', () => {
    expect(value('how much airtime has varga booked this month')).toBe('USD 2500000');
  });

  it('keeps an English word the coverage does not use rather than respelling it to one it does ("book" is not "look")', () => {
    const terms = analyse(index(), 'who wrote the book about the flood').focus.map((f) => f.term);
    expect(terms).toContain('book');
  });

  it('names the person an apposition describes ("said Marta Quell, the county\'s first flood coordinator")', () => {
    expect(value('who is the first flood coordinator')).toBe('Marta Quell');
  });

  it('counts with the noun a partitive shares ("64 of the 212 volunteers" counts volunteers too)', () => {
    const p = prepare(index(), 'how many volunteers were students');
    if ('command' in p) throw new Error('the question was refused');
    const counts = candidates(p.question, p.retrieved, p.termsOf).map((c) => c.value.normalized);
    expect(counts).toContain(64);
  });

  it('answers "whats X\'s job" with the passage that introduces X by what they are', () => {
    const a = ask(index(), "whats marta quell's job");
    expect(a.found).toBe(true);
    expect(a.results[0]?.passage.text).toContain('flood coordinator');
  });

  it('says not found for the job of someone introduced without one', () => {
    expect(ask(index(), "what's dora finch's job").found).toBe(true);
    expect(ask(index(), 'what is ines okafors job').found).toBe(false);
  });

  it('carries the last person into a sentence whose subject is "he" after an opening phrase', () => {
    expect(recordOf('he married')?.subject).toMatch(/Reyes$/);
  });

  it('reads "money" in "how much … money" as the kind asked, not a word the sentence must carry', () => {
    expect(analyseQuestion('how much business money went to the mailers').focus.find((f) => f.term === 'money')?.weak).toBe(true);
    expect(value('how much business money went to mailers attacking okafor')).toBe('USD 400000');
  });

  it('does not offer a passage as the answer to "who is X\'s wife" when it names no one', () => {
    expect(ask(index(), "who is okafor's wife").found).toBe(false);
  });
});
