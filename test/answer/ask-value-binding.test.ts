/**
 * Issue 13, precision: a figure is bound to its own clause. When the question's verb or name sits
 * in the clause of another figure of the same kind, this figure answers another question.
 */
import { describe, expect, it } from 'vitest';
import { boundToAnother, clauseAround } from '../../src/answer/ask/binding.js';
import { analyseQuestion } from '../../src/answer/question.js';
import type { FactRecord, TypedValue } from '../../src/model/records.js';
import { factOver, recordOver, valueIn } from '../helpers/records.js';

const record = factOver;

const value = (r: FactRecord, text: string): TypedValue => {
  const v = r.values.find((x) => x.text === text);
  if (!v) throw new Error(`no value ${text}`);
  return v;
};

describe('the clause around a figure', () => {
  it('ends at "and" opening a parallel conjunct', () => {
    const text = 'Last spring 40 bakeries closed and only 9 opened in Marlow County.';
    const at = text.indexOf('9');
    const span = clauseAround(text, at, at + 1);
    expect(text.slice(span.from, span.to)).toBe('and only 9 opened in Marlow County');
  });

  it("runs over the commas around a town's state or country, not over a list's", () => {
    const around = (text: string, figure: string) => {
      const at = text.indexOf(figure);
      const span = clauseAround(text, at, at + figure.length);
      return text.slice(span.from, span.to);
    };
    expect(around('The clinic in Macon, Ga., got $4,000 last year.', '$4,000')).toBe('The clinic in Macon, Ga., got $4,000 last year');
    expect(around('A bakery in Corlis, New Hampshire, sold 900 pies.', '900')).toBe('A bakery in Corlis, New Hampshire, sold 900 pies');
    expect(around('In Ohio, Texas, and Utah, 54 percent voted.', '54 percent')).toBe(' 54 percent voted');
  });

  it('leaves the whole of a partitive out of the verb clause of its part', () => {
    const text = 'The county inspects 300 of its 1,200 wells every year.';
    const at = text.indexOf('1,200');
    const span = clauseAround(text, at, at + 5);
    expect(text.slice(span.from, span.to)).toBe('of its 1,200 wells every year');
  });
});

describe("a figure whose clause lacks the question's verb or name", () => {
  it('is not what opened when the verb is in the other conjunct', () => {
    const r = record('Last spring 40 bakeries closed and only 9 opened in Marlow County.', 'number', ['40', '9']);
    const q = analyseQuestion('how many bakeries opened last spring');
    expect(boundToAnother(q, r, value(r, '40'))).toBe(true);
    expect(boundToAnother(q, r, value(r, '9'))).toBe(false);
  });

  it('is not the share of the candidate named in the other clause', () => {
    const r = record('Ostrowski is up from 31 percent in May and Delacroix is down from 52 percent.', 'percent', ['31 percent', '52 percent']);
    const q = analyseQuestion('what was Delacroix polling at');
    expect(boundToAnother(q, r, value(r, '31 percent'))).toBe(true);
    expect(boundToAnother(q, r, value(r, '52 percent'))).toBe(false);
  });

  it('is not what the verb acts on when it is the whole a part is taken from', () => {
    const r = record('The county inspects 300 of its 1,200 wells every year.', 'number', ['300', '1,200']);
    const q = analyseQuestion('how many wells does the county inspect');
    expect(boundToAnother(q, r, value(r, '1,200'))).toBe(true);
    expect(boundToAnother(q, r, value(r, '300'))).toBe(false);
  });

  it('keeps a figure in a gapped conjunct that names what the question names', () => {
    const r = record('Viewers spent 12 minutes a day on Streamly and just 2 minutes on Pixora.', 'duration', ['12 minutes', '2 minutes']);
    const q = analyseQuestion('how long do viewers spend on Pixora');
    expect(boundToAnother(q, r, value(r, '2 minutes'))).toBe(false);
  });

  it('is not the payment of the firm whose words sit in the other clause when verb and name sit in both', () => {
    const r = record('Harbor Point Marina was paid $12,400; Harbor Point Bakery LLC was paid $3,150, county records show.', 'money', ['$12,400', '$3,150']);
    const q = analyseQuestion('how much was harbor point bakery llc paid');
    expect(boundToAnother(q, r, value(r, '$12,400'))).toBe(true);
    expect(boundToAnother(q, r, value(r, '$3,150'))).toBe(false);
  });

  it("keeps the subject before a town's state in the figure's clause", () => {
    const r = record('The Harbor Point Marina in Corlis, Idaho, was paid $12,400; Tasker Bakery was paid $3,150.', 'money', ['$12,400', '$3,150']);
    const q = analyseQuestion('how much was the harbor point marina in corlis paid');
    expect(boundToAnother(q, r, value(r, '$12,400'))).toBe(false);
    expect(boundToAnother(q, r, value(r, '$3,150'))).toBe(true);
  });

  it('never judges a figure alone in its sentence', () => {
    const r = record('The shelter took in 85 dogs last winter.', 'number', ['85']);
    expect(boundToAnother(analyseQuestion('how many cats were adopted'), r, value(r, '85'))).toBe(false);
  });
});

describe("an irregular past in the figure's clause", () => {
  it("binds the question's verb as its present does", () => {
    const r = record('Asked about the levy, 64 percent of renters said yes, but 30 percent of owners say they oppose it.', 'percent', [
      '64 percent',
      '30 percent',
    ]);
    const q = analyseQuestion('what share of renters say yes to the levy');
    expect(boundToAnother(q, r, value(r, '64 percent'))).toBe(false);
  });
});

describe('a name typed in lower case', () => {
  const text = 'Ana Ruiz has 12 delegates, Tom Bellamy has 10, Lee Park has five and Sam Odell has three.';
  const r = recordOver(text, [
    valueIn(text, 'person', 'Ana Ruiz'),
    valueIn(text, 'number', '12'),
    valueIn(text, 'person', 'Tom Bellamy'),
    valueIn(text, 'number', '10'),
    valueIn(text, 'person', 'Lee Park'),
    valueIn(text, 'number', 'five'),
    valueIn(text, 'person', 'Sam Odell'),
    valueIn(text, 'number', 'three'),
  ]);

  it('binds the figure of the clause that names that person, even when the name is also a word ("park")', () => {
    const q = analyseQuestion('how many delegates has park got');
    expect(boundToAnother(q, r, value(r, '12'))).toBe(true);
    expect(boundToAnother(q, r, value(r, 'five'))).toBe(false);
  });
});
