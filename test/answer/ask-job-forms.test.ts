/**
 * Issue 13: more of the ways news text says what a person is, and more of the ways readers ask it
 * (src/answer/ask/job.ts, src/answer/question.ts): "what does X do (for work)", an apposition set
 * off by dashes, "who works in retail as …", "who is now …" after an old job, an employer's name
 * before the title run, a hyphenated name, "Secretary of State" before the name, and a party that
 * is no job. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'quarry.txt': ` date 2024-05-02

Tarnfield argues over the old quarry

Karen Whitfield — a bookkeeper from Lower Tarn — said the quarry trucks woke her every morning.

Susan Holt, 41, of Tarnfield, said she had counted the trucks for a month.

Ms. Holt, who works in logistics as a dispatch supervisor, said the trucks kept to the schedule.

"The town needs the jobs," said Emil Castell, a former aide to the mayor who is now a senior fellow at the Tarn Policy Forum.

To Brackley State University geology professor Ilse Moravec, the quarry walls looked unstable.

"We will inspect it again," said Jean-Luc Perrault, the county inspector of mines, on Friday.

The plan was backed by Secretary of State Halvard Quist on Tuesday.

Mr. Bellweather, a Republican who owns a farm nearby, said the quarry should close; Mr. Bellweather, who is a veterinarian, has treated horses hurt by the trucks.

Hugo Bellweather first spoke against the quarry in 2019.

Greta Lindqvist is co-founder and managing director of The Tarn Valley Trust, which owns the land.

"Nobody asked us," said Oskar Brandt, a former aide to Mr. Quist and senior vice president for planning at Harrow Stone, the quarry's owner.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe('questions that ask what a person does', () => {
  it('reads "what does X do for work" and "what does X do" as job questions', () => {
    expect(analyseQuestion('what does susan holt do for work').asksJob).toBe(true);
    expect(analyseQuestion('what does karen whitfield do').asksJob).toBe(true);
    expect(answerTo('what does karen whitfield do for work')).toBe('bookkeeper');
  });

  it('leaves a past action or a plan as it is', () => {
    expect(analyseQuestion('what did karen whitfield do').asksJob).toBe(false);
    expect(analyseQuestion('what does hugo bellweather want to do').asksJob).toBe(false);
    expect(analyseQuestion('what does the quarry order do').asksJob).toBe(false);
  });

  it('takes the person from the clause that names them, not from the words after a comma', () => {
    expect(answerTo('what does karen whitfield do, the woman who complained about the trucks')).toBe('bookkeeper');
  });
});

describe('what news text binds to a name', () => {
  it('reads an apposition set off by dashes', () => {
    expect(answerTo('whats karen whitfields job')).toBe('bookkeeper');
  });

  it('reads the role after "works in <field> as"', () => {
    expect(answerTo('whats susan holts job')).toBe('dispatch supervisor');
  });

  it('prefers the present job a "who is now" clause states over the old one', () => {
    expect(answerTo('whats emil castells job')).toBe('senior fellow');
  });

  it('leaves the employer named before the title run out of the job', () => {
    expect(answerTo('whats ilse moravecs job')).toBe('geology professor');
  });

  it('finds a hyphenated name typed as two words', () => {
    expect(answerTo('whats jean-luc perrault job')).toBe('county inspector of mines');
    expect(answerTo('whats jean luc perraults job')).toBe('county inspector of mines');
  });

  it('keeps the place after a title\'s "of" in the title run', () => {
    expect(answerTo('whats halvard quists job')).toBe('Secretary of State');
  });

  it('gives the job the question places by the words after it ("of The … Trust")', () => {
    expect(answerTo("whats greta lindqvist's title at the tarn valley trust")).toBe('managing director');
  });

  it('reads a second job after "and" past the first one\'s tail', () => {
    expect(answerTo('whats oskar brandts title at harrow stone')).toBe('senior vice president for planning');
  });

  it('takes a party for no job', () => {
    expect(answerTo('what does hugo bellweather do for a living')).toBe('veterinarian');
  });
});
