import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import type { TypedValue } from '../../src/model/records.js';
import { parseSentences } from '../../src/nlp/parse.js';
import { extractFacts } from '../../src/extract/facts.js';
import { nonEmpty } from '../helpers/expect.js';

function article(text: string, date: string | null = null): Article {
  return { id: 'a', file: 'a.txt', title: 't', date, outlet: null, url: null, text, paragraphs: [], hash: 'h' };
}

function values(text: string, date: string | null = null): TypedValue[] {
  return extractFacts(article(text, date), parseSentences(text), []).flatMap((f) => f.values);
}

const find = (vs: TypedValue[], type: TypedValue['type']) => vs.filter((v) => v.type === type);

describe('extractFacts', () => {
  it('keeps offsets into the article text', () => {
    const text = 'Intro line\n\nThe council approved a $4 million plan on Tuesday.';
    for (const v of nonEmpty(values(text, '2022-05-13'))) expect(text.slice(v.start, v.end)).toBe(v.text);
  });

  it('reads counts with the noun they count', () => {
    const [n] = find(values('Officials said three engineers were hired in the spring.'), 'number');
    expect(n).toMatchObject({ text: 'three', normalized: 3 });
    expect(n.context).toContain('engineer');
  });

  it('reads money, percentages and durations', () => {
    const vs = values('The firm spent $2.5 million and raised prices by 4 percent for at least 90 days.');
    expect(find(vs, 'money')[0].normalized).toBe('USD 2500000');
    expect(find(vs, 'percent')[0].normalized).toBe(4);
    expect(find(vs, 'duration')[0]).toMatchObject({ text: 'at least 90 days', normalized: '90 days' });
  });

  it('reads ages written three ways', () => {
    const vs = values('The 45-year-old pilot landed. Ana Ruiz, 38, said so. Her brother is 12 years old.');
    expect(find(vs, 'age').map((v) => v.normalized)).toEqual([45, 38, 12]);
  });

  it('keeps a list of places whole', () => {
    const [list] = find(values('Flights from France, Spain and Portugal were cancelled.'), 'place');
    expect(list.items?.map((i) => i.normalized)).toEqual(['France', 'Spain', 'Portugal']);
  });

  it('resolves dates against the article date, never today', () => {
    const vs = values('The vote took place on Jan. 28. The mayor resigned on Friday.', '2017-01-30');
    expect(find(vs, 'date').map((v) => v.normalized)).toEqual(['2017-01-28', '2017-01-27']);
  });

  it('keeps a weekday as a weekday when the article is undated', () => {
    const vs = values('The mayor resigned on Friday. The vote was on March 3.');
    expect(find(vs, 'date').map((v) => v.normalized)).toEqual(['Friday', '--03-03']);
  });

  it('reads "that same day" as the date told before it', () => {
    const vs = values('The plan was published on March 3. Protests began that same day.', '2020-03-05');
    expect(find(vs, 'date').map((v) => v.normalized)).toEqual(['2020-03-03', '2020-03-03']);
  });

  it('resolves a bare surname to the full name the article gave', () => {
    const text = 'Mayor Elena Ortiz opened the bridge. Ortiz said it cost $3 million.';
    const facts = extractFacts(article(text), parseSentences(text), []);
    expect(facts.at(-1)?.entities).toContain('Elena Ortiz');
  });

  it('binds a doer to its verb', () => {
    const [p] = find(values('Senator Jane Doe on Monday signed the bill.'), 'person');
    expect(p.normalized).toBe('Jane Doe');
    expect(p.context).toContain('sign');
  });

  it('carries the subject into a sentence that opens with "he" or "she"', () => {
    const text = 'Ana Ruiz runs the clinic. She donated $5,000 to the school.';
    const facts = extractFacts(article(text), parseSentences(text), []);
    expect(facts.at(-1)).toMatchObject({ subject: 'Ana Ruiz' });
    expect(facts.at(-1)?.terms).toContain('ruiz');
  });
});
