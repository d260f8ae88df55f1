import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import type { TypedValue } from '../../src/model/records.js';
import { parseSentences } from '../../src/nlp/parse.js';
import { extractFacts } from '../../src/extract/facts.js';

function article(text: string): Article {
  return { id: 'a', file: 'a.txt', title: 't', date: null, outlet: null, url: null, text, paragraphs: [], hash: 'h' };
}

/** The names a text yields, as "type:text". */
function named(text: string): string[] {
  return extractFacts(article(text), parseSentences(text), [])
    .flatMap((f) => f.values)
    .filter((v: TypedValue) => v.type === 'place' || v.type === 'organization' || v.type === 'person')
    .map((v) => `${v.type}:${v.text}`);
}

describe('a place name followed by a group of people', () => {
  it('names an organisation, not a place', () => {
    const names = named('The spring convention was organised by Vermont Democrats for School Choice in Burlington.');
    // "for School Choice" is the group's own name going on after its head ("Americans for …"), so it is read whole.
    expect(names).toContain('organization:Vermont Democrats for School Choice');
    expect(names).not.toContain('place:Vermont Democrats');
    expect(names).toContain('place:Burlington');
  });

  it('turns a party group led by a state into an organisation', () => {
    expect(named('Nebraska Republicans gathered in Omaha on Saturday to pick a chairman.')).toContain('organization:Nebraska Republicans');
  });

  it('leaves a place whose own name ends in a plural a place', () => {
    expect(named('The ferry runs from Miami to the Cayman Islands twice a week.')).toContain('place:Cayman Islands');
  });

  it('leaves a place before a lower-case group word a place', () => {
    expect(named('Democrats in Nebraska held their convention in Omaha.')).toContain('place:Nebraska');
  });
});
