import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import type { Article } from '../../src/model/article.js';
import type { QuoteRecord } from '../../src/model/records.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news. The mayor's remark is quoted whole, then a later paragraph echoes a few of
// its words in quotation marks again, beside the words a reader uses for the dispute.
const harbour = article(
  'harbour',
  [
    '"We will not hand the old quay to any buyer who cannot keep the boats working, and that is the end of it," said Mayor Ines Okafor.',
    'Opponents of the harbour sale mocked her "end of it" line at the council meeting, councillor Bram Tuller said.',
    '"The quay is worth more as flats," said developer Oona Vick.',
  ].join('\n\n'),
);
const okafor = person('Ines Okafor', ['Okafor']);
const tuller = person('Bram Tuller', ['Tuller']);
const vick = person('Oona Vick', ['Vick']);
const REMARK = 'We will not hand the old quay to any buyer who cannot keep the boats working, and that is the end of it';

/** The echo as the extractor records it: its own words at their later place, in their own paragraph. */
function echoIn(a: Article, quoted: string, speaker: string, n: number): QuoteRecord {
  const start = a.text.lastIndexOf(quoted);
  const passage = a.paragraphs.find((p) => p.start <= start && p.end >= start + quoted.length);
  if (!passage) throw new Error(`"${quoted}" not in a paragraph of ${a.id}`);
  return { ...quoteIn(a, quoted, speaker, n), start, end: start + quoted.length, passage };
}

function harbourIndex(echoSpeaker: string) {
  return indexOf(
    [harbour],
    [
      quoteIn(harbour, REMARK, 'Ines Okafor', 0),
      echoIn(harbour, 'end of it', echoSpeaker, 1),
      quoteIn(harbour, 'The quay is worth more as flats', 'Oona Vick', 2),
    ],
    [okafor, tuller, vick],
  );
}

describe('/quote shows the whole remark a story echoes in a few of its words', () => {
  it('lists the remark whole where the echo covers the topic best', () => {
    const texts = quote(harbourIndex('Ines Okafor'), 'opponents of the harbour sale').results.map((r) => r.text);
    expect(texts[0]).toBe(REMARK);
    expect(texts).not.toContain('end of it');
  });

  it('does so among the named speaker’s quotations too', () => {
    const texts = quote(harbourIndex('Ines Okafor'), 'opponents of the harbour sale', 'Okafor').results.map((r) => r.text);
    expect(texts).toEqual([REMARK]);
  });

  it('never shows someone else’s remark among the named speaker’s quotations', () => {
    const texts = quote(harbourIndex('Bram Tuller'), 'opponents of the harbour sale', 'Tuller').results.map((r) => r.text);
    expect(texts).toEqual(['end of it']);
  });
});
