import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import type { Entity } from '../../src/model/records.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news quoting an outlet, whose name the coverage writes without its article.
const ferry = article(
  'ferry',
  'The island ferry will run twice a day from June.\n\nThe Harbor Gazette reported that the council wants "the timetable settled before the summer crowds" arrive.\n',
);
const gazette: Entity = { id: 'harbor-gazette', name: 'Harbor Gazette', kind: 'organization', aliases: ['Harbor Gazette'], articles: ['ferry'] };
const index = indexOf(
  [ferry],
  [quoteIn(ferry, 'the timetable settled before the summer crowds', 'Harbor Gazette', 0)],
  [gazette, person('Ivo Brant', ['Brant'])],
);

describe('/quote by a speaker typed with a leading "the"', () => {
  it('finds the speaker the coverage names without it', () => {
    const a = quote(index, 'timetable settled before the summer crowds', 'The Harbor Gazette');
    expect(a.found).toBe(true);
    expect(a.results.map((r) => r.speaker)).toEqual(['Harbor Gazette']);
  });

  it('still finds no speaker for a name nobody quoted bears', () => {
    expect(quote(index, 'timetable', 'The Island Herald').found).toBe(false);
  });
});
