/**
 * Issue 13, recall: "where does Lee teach" is answered by the institution the sentence places the
 * person at ("Lee, a professor of law at Alba College"), not by a place elsewhere in the sentence
 * (a book's title, the country of a former post, a field of expertise) (invented text).
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { workplaceIn, workplaceTerms } from '../../src/answer/ask/workplace.js';
import { analyseQuestion } from '../../src/answer/question.js';
import type { TypedValue } from '../../src/model/records.js';
import { useIndexOver } from '../helpers/indexed.js';
import { recordOver, valueIn } from '../helpers/records.js';

const SENTENCE = 'Orin Maddox, a senior fellow at the Hollin Institute and a former Velland ambassador to Carovia, said the talks would fail.';
const value = (type: 'person' | 'place' | 'organization', name: string, text = SENTENCE): TypedValue => valueIn(text, type, name);
const fellow = recordOver(SENTENCE, [
  value('person', 'Orin Maddox'),
  value('organization', 'Hollin Institute'),
  value('place', 'Velland'),
  value('place', 'Carovia'),
]);
const q = (text: string) => analyseQuestion(text);

describe('a workplace question', () => {
  it('is a "where" question with a verb of working or a role noun, not one asking for a kind of place', () => {
    expect(workplaceTerms(q('where does orin maddox work')).map((f) => f.term)).toEqual(['work']);
    expect(workplaceTerms(q('maddox is a senior fellow where')).map((f) => f.term)).toContain('fellow');
    expect(workplaceTerms(q('which state does maddox work in'))).toEqual([]);
    expect(workplaceTerms(q('where did maddox give the speech'))).toEqual([]);
  });

  it('finds the institution the sentence places the person at', () => {
    expect(workplaceIn(q('where does orin maddox work'), fellow)?.normalized).toBe('Hollin Institute');
    expect(workplaceIn(q('where did maddox give the speech'), fellow)).toBeNull();
  });

  it("takes the asked person's institution, not that of a namesake beside them", () => {
    const pair = 'Two economists, Orin Maddox at the Hollin Institute and Orin Petrak at Dunmore College, wrote the study.';
    const v = (type: 'person' | 'organization', name: string) => valueIn(pair, type, name);
    const both = recordOver(pair, [
      v('person', 'Orin Maddox'),
      v('organization', 'Hollin Institute'),
      v('person', 'Orin Petrak'),
      v('organization', 'Dunmore College'),
    ]);
    expect(workplaceIn(q('where does orin petrak work'), both)?.normalized).toBe('Dunmore College');
  });

  it("takes the school an institution's name owns, or nothing when the school is not read as a name", () => {
    const school = "Ilse Varga, a professor at the Hollin Institute's Dunmore School of Law, filed the brief.";
    const v = (type: 'person' | 'organization', name: string) => valueIn(school, type, name);
    const both = recordOver(school, [v('person', 'Ilse Varga'), v('organization', 'Hollin Institute'), v('organization', 'Dunmore School of Law')]);
    expect(workplaceIn(q('where does ilse varga teach'), both)?.normalized).toBe('Dunmore School of Law');
    const owner = recordOver(school, [v('person', 'Ilse Varga'), v('organization', 'Hollin Institute')]);
    expect(workplaceIn(q('where does ilse varga teach'), owner)).toBeNull();
  });
});

const index = useIndexOver({
  'talks.txt': ` date 2024-05-02

Talks stall again

"The talks will fail," said Orin Maddox, a senior fellow at the Hollin Institute and a former United States ambassador to Carovia.

Neda Vostrikova, a professor of constitutional law at Dunmore College and author of "America's Quiet Charter," disagreed with him.
`,
});

describe('/ask', () => {
  it('answers "where" with the institution, not the country of a former post', () => {
    const a = ask(index(), 'maddox is a senior fellow where');
    expect(a.found).toBe(true);
    expect(String(a.results[0]?.values?.[0]?.normalized)).toContain('Hollin Institute');
  });

  it('answers "where does X teach" from the role, not from the title of a book', () => {
    const a = ask(index(), 'where does neda vostrikova teach');
    expect(a.found).toBe(true);
    expect(String(a.results[0]?.values?.[0]?.normalized)).toContain('Dunmore College');
  });
});
