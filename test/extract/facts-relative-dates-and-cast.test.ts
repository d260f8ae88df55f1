/** Issue 4: relative dates, the cast's names and ages in appositives (invented texts). */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import type { Entity, TypedValue } from '../../src/model/records.js';
import { parseSentences } from '../../src/nlp/parse.js';
import { extractFacts } from '../../src/extract/facts.js';

function values(text: string, date: string | null, entities: Entity[] = []): TypedValue[] {
  const article: Article = { id: 'a', file: 'a.txt', title: 't', date, outlet: null, url: null, text, paragraphs: [], hash: 'h' };
  return extractFacts(article, parseSentences(text), entities).flatMap((f) => f.values);
}
const dates = (vs: TypedValue[]) => vs.filter((v) => v.type === 'date').map((v) => [v.text, v.normalized]);

describe('facts (issue 4)', () => {
  it('resolves relative dates against the article date', () => {
    const vs = values(
      'Headline\n\nThe depot was sold last year. Two weeks ago, the owner said it was empty. Three days ago it flooded. A review is due next month.',
      '2021-08-18',
    );
    expect(dates(vs)).toEqual([
      ['last year', '2020'],
      ['Two weeks ago', '2021-08-04'],
      ['Three days ago', '2021-08-15'],
      ['next month', '2021-09'],
    ]);
  });

  it('leaves vague and undated relative dates alone', () => {
    expect(dates(values('Headline\n\nA few years ago the depot was sold.', '2021-08-18'))).toEqual([]);
    expect(dates(values('Headline\n\nThe depot was sold last year.', null))).toEqual([]);
  });

  it('reads a weekday in the past unless its own clause looks ahead', () => {
    const vs = values('Headline\n\nNurses voted on Monday to walk out for two days next month.', '2021-08-18');
    expect(dates(vs)[0]).toEqual(['Monday', '2021-08-16']);
    expect(dates(values('Headline\n\nThe hearing will be held on Monday.', '2021-08-18'))[0]).toEqual(['Monday', '2021-08-23']);
  });

  it("types the cast's full names as people and links their appositive age to the role noun", () => {
    const cast: Entity[] = [{ id: 'p1', name: 'Ilse Varnakova', kind: 'person', aliases: ['Varnakova'], articles: ['a'] }];
    const vs = values('Headline\n\nDepot manager Ilse Varnakova, 52, said the roof leaked.', '2021-08-18', cast);
    expect(vs.find((v) => v.type === 'person')).toMatchObject({ normalized: 'Ilse Varnakova' });
    const age = vs.find((v) => v.type === 'age');
    expect(age).toMatchObject({ normalized: 52 });
    expect(age?.context).toEqual(expect.arrayContaining(['depot', 'manager']));
  });

  it('ignores cast names written only in the headline', () => {
    const cast: Entity[] = [{ id: 'p1', name: 'Will Orvane', kind: 'person', aliases: [], articles: ['a'] }];
    const vs = values('Will Orvane reopen?\n\nThe depot on Orvane Road, 52, is closed.', '2021-08-18', cast);
    const without = values('Will Orvane reopen?\n\nThe depot on Orvane Road, 52, is closed.', '2021-08-18', []);
    expect(vs.filter((v) => v.type === 'person')).toEqual(without.filter((v) => v.type === 'person'));
  });
});
