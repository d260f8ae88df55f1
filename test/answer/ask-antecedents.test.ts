/**
 * Issue 13, recall: a sentence whose subject is a pronoun or a description ("He was born …", "The
 * company said it would cut …") carries the name its paragraph just gave, so a question naming
 * that person or company matches it; two fitting names, a quotation or a new paragraph carry none.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { withAntecedents } from '../../src/answer/ask/antecedent.js';
import type { Span } from '../../src/model/article.js';
import type { FactRecord, TypedValue, ValueType } from '../../src/model/records.js';
import { useIndexOver } from '../helpers/indexed.js';

/** A sentence and the names it gives, each with its type. */
type Sentence = [string, Array<[string, ValueType]>];

/** An article of paragraphs of sentences, and the names each sentence gives, as records in text order. */
function article(paragraphs: Sentence[][]): { records: FactRecord[]; spans: Span[] } {
  const records: FactRecord[] = [];
  const spans: Span[] = [];
  let at = 0;
  for (const sentences of paragraphs) {
    const start = at;
    for (const [text, names] of sentences) {
      const values = names.map(([name, type]): TypedValue => {
        const offset = at + text.indexOf(name);
        return { type, text: name, start: offset, end: offset + name.length, normalized: name };
      });
      const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
      records.push({
        id: `a#f${records.length}`,
        articleId: 'a',
        statement: text,
        passage: { text, start: at, end: at + text.length },
        values,
        entities: names.map(([n]) => n),
        subject: null,
        predicate: [],
        terms: words,
      });
      at += text.length + 1;
    }
    spans.push({ text: '', start, end: at });
    at += 1;
  }
  return { records, spans };
}

const carried = (a: { records: FactRecord[]; spans: Span[] }, k: number) => withAntecedents(a.records, a.spans)[k].entities;

/** What a sentence naming no one carries when it follows `before` in the same paragraph. */
const carriedAfter = (before: Sentence, sentence: string) => carried(article([[before, [sentence, []]]]), 1);

const MARTA: Sentence = ['Marta Velasquez grew up in Port Ellery.', [['Marta Velasquez', 'person']]];
const BRANTWELL: Sentence = ['Brantwell Foods reported a loss on Monday.', [['Brantwell Foods', 'organization']]];

describe('a pronoun or description subject carries the name the paragraph just gave', () => {
  it('carries the one person named before "he"', () => {
    expect(carriedAfter(MARTA, 'She was born there in 1961.')).toContain('Marta Velasquez');
  });

  it('carries the one organisation named before "the company"', () => {
    expect(carriedAfter(BRANTWELL, 'The company said it would close 4 bakeries.')).toContain('Brantwell Foods');
  });

  it('reads a role noun no list holds as a person by its WordNet kind', () => {
    const hartwig: Sentence = ['Dr. Lena Hartwig opened a clinic in Port Ellery.', [['Lena Hartwig', 'person']]];
    expect(carriedAfter(hartwig, 'The retired neurosurgeon was 71.')).toContain('Lena Hartwig');
  });

  it('reads the pronoun after a connective that opens the sentence ("But she …")', () => {
    expect(carriedAfter(MARTA, 'But she was buried in Eastfield in 2011.')).toContain('Marta Velasquez');
  });

  it('reads a description whose modifier is an adverb and adjective, or a capitalised adjective', () => {
    const hartwig: Sentence = ['Dr. Lena Hartwig opened a clinic in Port Ellery.', [['Lena Hartwig', 'person']]];
    expect(carriedAfter(hartwig, 'The famously blunt surgeon was 71.')).toContain('Lena Hartwig');
    expect(carriedAfter(hartwig, 'The Norwegian surgeon was 71.')).toContain('Lena Hartwig');
  });

  it('reads a capitalised modifier that is a name as naming its own referent ("The Okafor clinic")', () => {
    const hartwig: Sentence = ['Dr. Lena Hartwig opened a clinic in Port Ellery.', [['Lena Hartwig', 'person']]];
    expect(carriedAfter(hartwig, 'The Okafor surgeon was 71.')).toEqual([]);
  });

  it('reads a description of no person or organisation as referring to nothing', () => {
    expect(carriedAfter(MARTA, 'The shift began in 1990.')).toEqual([]);
  });

  it('carries the name along a run of pronouns', () => {
    const a = article([[MARTA, ['She left in 1979.', []], ['She returned in 1990.', []]]]);
    expect(carried(a, 2)).toContain('Marta Velasquez');
  });

  it('carries nothing when two people fit', () => {
    const meeting: Sentence = [
      'Marta Velasquez met Ines Okoro in 1985.',
      [
        ['Marta Velasquez', 'person'],
        ['Ines Okoro', 'person'],
      ],
    ];
    expect(carriedAfter(meeting, 'She was 24.')).toEqual([]);
  });

  it('carries nothing into a quotation by someone else', () => {
    const spoke: Sentence = ['Marta Velasquez spoke in 2019.', [['Marta Velasquez', 'person']]];
    expect(carriedAfter(spoke, '"He owes the town 3 million dollars," a neighbour said.')).toEqual([]);
  });

  it('carries nothing across a paragraph break', () => {
    const a = article([[MARTA], [['He was born in 1958.', []]]]);
    expect(carried(a, 1)).toEqual([]);
  });

  it('carries the person a new paragraph is about, not the one before it', () => {
    const a = article([
      [MARTA],
      [
        ['Ines Okoro moved to Port Ellery in 1985.', [['Ines Okoro', 'person']]],
        ['She opened a bakery in 1988.', []],
      ],
    ]);
    expect(carried(a, 2)).toEqual(['Ines Okoro']);
  });

  it('carries no person into "it", nor a company into "she"', () => {
    const a = article([
      [MARTA, ['It grew by 12 percent in 2020.', []]],
      [BRANTWELL, ['She said 40 jobs would go.', []]],
    ]);
    expect(carried(a, 1)).toEqual([]);
    expect(carried(a, 3)).toEqual([]);
  });

  it('leaves a sentence that names its own subject', () => {
    const a = article([[MARTA, ['In 1990, Ines Okoro said she would run.', [['Ines Okoro', 'person']]]]]);
    expect(carried(a, 1)).toEqual(['Ines Okoro']);
  });
});

const ARTICLES: Record<string, string> = {
  'bakeries.txt': ` date 2024-03-11

Brantwell Foods to close bakeries

Brantwell Corp. reported a second yearly loss on Monday. The company said it would close 14 bakeries by the autumn.

Harlan Moss, a baker in Eastfield, has worked at the Eastfield plant since 1998.
`,
};

const index = useIndexOver(ARTICLES);

describe('/ask: a fact stated of "the company" answers a question naming the company', () => {
  it('answers how many bakeries the named company will close', () => {
    const a = ask(index(), 'how many bakeries will brantwell close');
    expect(a.found ? a.results[0]?.values?.[0]?.normalized : null).toBe(14);
    expect(a.results[0]?.passage.text).toContain('The company said');
  });
});
