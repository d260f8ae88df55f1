import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { withDoubledApostrophesAsMarks } from '../../src/corpus/quote-marks.js';
import type { Article } from '../../src/model/article.js';
import { splitParagraphs } from '../../src/corpus/load.js';

// One invented story written twice: with curly marks, and with the two apostrophes some archives
// use for a double quotation mark. The quotations and who said them must not depend on which.
const CURLY = [
  'Harbour council delays the ferry contract',
  '',
  'The council voted on Tuesday to put off the ferry contract for another month.',
  '',
  '\u201cWe owe the islanders a timetable they can trust,\u201d said Dana Whitfield, the council leader.',
  '',
  'The operator, Tidewater Lines, said it was disappointed. \u201cThe boats are ready and the crews are hired,\u201d its chief executive, Marco Ruiz, told reporters, adding that the delay would cost \u201cwell over what the council thinks.\u201d',
].join('\n');
const DOUBLED = CURLY.replace(/[\u201c\u201d]/g, "''");

function article(text: string): Article {
  return {
    id: 'ferry',
    file: 'ferry.txt',
    title: 'Harbour council delays the ferry contract',
    date: '2024-03-14',
    outlet: null,
    url: null,
    text,
    paragraphs: splitParagraphs(text),
    hash: text,
  };
}

const quoted = (text: string) => extractArticle(article(text)).quotes.map((q) => ({ text: q.text, speaker: q.speaker }));

describe("quotation marks written as two apostrophes ('')", () => {
  it('yields the same quotations and speakers as curly marks', () => {
    const curly = quoted(CURLY);
    expect(curly.length).toBeGreaterThanOrEqual(3);
    expect(quoted(DOUBLED)).toEqual(curly);
  });

  it("cites the file's own characters, apostrophes included", () => {
    const records = extractArticle(article(DOUBLED)).quotes;
    expect(records.length).toBeGreaterThan(0);
    for (const q of records) {
      expect(DOUBLED.slice(q.start, q.end)).toBe(q.text);
      expect(DOUBLED.slice(q.passage.start, q.passage.end)).toBe(q.passage.text);
    }
    expect(records.some((q) => q.passage.text.includes("''"))).toBe(true);
  });

  it('cites a passage with both apostrophes of a mark it starts or ends on', () => {
    const records = extractArticle(article(DOUBLED)).quotes;
    const opening = records.find((q) => q.text.startsWith('We owe'));
    expect(opening?.passage.text.startsWith("''We owe")).toBe(true);
    const closing = records.find((q) => q.text.startsWith('well over'));
    expect(closing?.passage.text.endsWith("thinks.''")).toBe(true);
  });

  it('keeps the text the same length and leaves single apostrophes alone', () => {
    const text = "''It's the islanders' ferry,'' she said. Rock 'n' roll.";
    const view = withDoubledApostrophesAsMarks(text);
    expect(view).toHaveLength(text.length);
    expect(view).toBe(" \u201cIt's the islanders' ferry,\u201d  she said. Rock 'n' roll.");
  });
});
