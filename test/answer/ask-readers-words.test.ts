/**
 * Issue 13, recall (no article): words a reader adds that the article need not hold. A common word
 * the tagger takes into the name before it ("the ruiz camp", "bradley beat") is a word of the
 * question, not a name every article must use; "op ed", "piece" and "column" point at the piece
 * itself. A real name's word stays a name: an article that never uses it is not retrieved
 * (invented text).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/ask/analyse.js';
import { prepare } from '../../src/answer/ask.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'shooting.txt': ` date 2024-03-02

Gunman kills 12 at Harlow nightclub

A gunman killed 12 people at a Harlow nightclub early Sunday, police said.
`,
  'campaign.txt': ` date 2024-03-04

Ruiz raises $4 million

Ruiz's campaign said on Monday it had raised $4 million since January.
`,
  'oped.txt': ` date 2024-03-03

Opinion: Velland should keep its ferry

The ferry carried 310,000 riders last year, writes Dana Okoro, a former harbor commissioner.
`,
});

const answerTo = (q: string) => askedValue(index(), q);
const focusOf = (q: string) => analyse(index(), q).focus;
const articlesFor = (q: string) => {
  const p = prepare(index(), q);
  return 'retrieved' in p ? p.retrieved.articles.map((a) => a.id) : [];
};

describe('/ask: words a reader adds that the article need not hold', () => {
  it('reads a common word typed after a name as a word of the question ("the ruiz camp")', () => {
    expect(focusOf('how much has the ruiz camp raised').find((f) => f.term === 'camp')?.name).toBe(false);
    // The article writes "campaign": as a name, "camp" vetoed every article that never uses it.
    expect(articlesFor('how much has the ruiz camp raised')).toEqual(['campaign']);
  });

  it('reads "op ed" as one word for the piece, which no sentence need hold', () => {
    const opEd = focusOf('how many riders did the ferry carry per the velland op ed').find((f) => f.term === 'op-ed');
    expect(opEd?.weak).toBe(true);
    expect(answerTo('how many riders did the ferry carry per the velland op ed')).toBe(310000);
  });

  it("reads the reader's name for the piece as pointing to the article, not to a sentence", () => {
    const q = 'how many riders did the ferry carry per the velland ferry rescue story';
    const focus = focusOf(q);
    expect(focus.find((f) => f.term === 'rescue')).toMatchObject({ weak: true, piece: true });
    // "ferry" is a word of the question outside the piece's name too: still required of the sentence.
    expect(focus.find((f) => f.term === 'ferry')?.weak).toBe(false);
    expect(answerTo(q)).toBe(310000);
    // The name still chooses the article.
    expect(articlesFor(q)).toEqual(['oped']);
  });

  it('reads a topic after the piece noun that ends the question as part of its name ("the column on harbour fares")', () => {
    const focus = focusOf('how many riders did the ferry carry per the okoro column on harbour fares');
    expect(focus.find((f) => f.term === 'fare')).toMatchObject({ weak: true, piece: true });
  });

  it('keeps "piece" a word of an authorship question, whose verb is about the piece ("who wrote the velland piece")', () => {
    expect(focusOf('who wrote the velland piece').find((f) => f.term === 'piece')?.weak).toBe(false);
  });

  it('keeps a surname that is also a word with a sense as a name ("cook") a name', () => {
    expect(focusOf('what did tina cook say about the ferry').find((f) => f.term === 'cook')?.name).toBe(true);
  });
});
