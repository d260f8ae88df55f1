import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/facts.js';
import type { Article } from '../../src/model/article.js';
import { parseSentences } from '../../src/nlp/parse.js';

function article(text: string): Article {
  return { id: 'a', file: 'a.txt', title: 't', date: null, outlet: null, url: null, text, paragraphs: [], hash: 'h' };
}

/** Every person value a text names, as [written, normalized, list size]. */
function people(text: string): Array<[string, string | number | undefined, number]> {
  return extractFacts(article(text), parseSentences(text), [])
    .flatMap((f) => f.values)
    .filter((v) => v.type === 'person')
    .map((v) => [v.text, v.normalized, v.items?.length ?? 1]);
}

describe('extractFacts: the shape of a person name', () => {
  it('reads a possessive after a comma as an apposition, not a second list item', () => {
    expect(people("Jo Smith, Sanders' campaign manager, denied the report.")).toEqual([
      ['Jo Smith', 'Jo Smith', 1],
      ['Sanders', 'Sanders', 1],
    ]);
  });

  it('still reads names joined by commas and "and" as one list', () => {
    expect(people('The award went to Jo Smith, Ana Ruiz and Maria Lopez last spring.')).toEqual([
      ['Jo Smith, Ana Ruiz and Maria Lopez', 'Jo Smith, Ana Ruiz, Maria Lopez', 3],
    ]);
  });

  it('keeps a hyphenated given name whole', () => {
    expect(people('Dan-el Okafor Reyes signed the lease in March.')).toEqual([['Dan-el Okafor Reyes', 'Dan-el Okafor Reyes', 1]]);
  });

  it('does not read a lowercase word after a hyphen as part of a name', () => {
    expect(people('The Obama-era rules were dropped on Friday.')).toEqual([['Obama', 'Obama', 1]]);
  });

  it('reads capitalised words after a role noun as the name of the person holding it', () => {
    expect(people('Muslim aide Huma Abedin joined the trip.')).toEqual([['Huma Abedin', 'Huma Abedin', 1]]);
  });

  it('does not read a group after a role noun as a person', () => {
    expect(people('The aide Democrats hired was fired on Friday.')).toEqual([]);
  });

  it('reads initials with their periods as part of the name', () => {
    expect(people('The motion was seconded by J. R. Tolliver after a long debate.')).toEqual([['J. R. Tolliver', 'J. R. Tolliver', 1]]);
  });

  it('does not glue a weekday after a name', () => {
    expect(people('The fund was started by Jo Smith Tuesday with a gift.')).toEqual([['Jo Smith', 'Jo Smith', 1]]);
  });
});
