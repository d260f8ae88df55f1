import type { Article } from '../../src/model/article.js';
import type { Entity, QuoteRecord } from '../../src/model/records.js';
import type { ArticleExtraction } from '../../src/extract/index.js';

/** Short articles written for these tests, with plain `"…," Name said.` quotations. */
export const ARTICLES: Record<string, string> = {
  'harbour-plan.txt': `Harbour repairs approved before winter
Date: 2024-03-01

The town council approved the harbour repair plan on Monday after a long debate.

"We will rebuild the harbour before winter," Mayor Ana Ruiz said.

The plan costs 4 million euros and takes eight months. "The fishing fleet cannot wait another season," Tomas Berg said.
`,
  'harbour-followup.txt': `Harbour work begins with new cranes
Date: 2024-04-12

Cranes arrived at the quay on Friday, a month after the council vote.

"We will rebuild the harbour before winter," Mayor Ana Ruiz said.

Local divers inspected the old pier. "The pier has been sinking for a decade," Tomas Berg said.
`,
  'ferry-return.txt': `Ferry service returns to the island
Date: 2024-05-20

The island ferry resumes its daily crossing after repairs to its engine.

"Tell @everyone and <@123456789012345678> that the ferry sails again on Friday," Captain Lina Osei said.

Tickets go on sale at the harbour office. "Prices stay the same as last summer," Lina Osei said.
`,
  'school-roof.txt': `School roof fixed after storm
Date: 2024-02-02

Builders replaced the roof of the primary school, damaged in the January storm.

"The children will be back in class on Monday," headteacher Marta Lind said.
`,
};

const CUE = /["“]([^"”\n]+?),["”] ((?:[A-Za-z]+ )?(?:[A-Z][\p{L}'-]+)(?: [A-Z][\p{L}'-]+){0,2}) (said|wrote|added)\./gu;
const TITLES = new Set(['Mayor', 'Captain', 'headteacher', 'Councillor']);

/**
 * A tiny extractor for the sentences above, so bot tests do not depend on the real
 * attribution engine (tested elsewhere): each `"…," Name said.` is a quote by Name.
 */
export async function simpleExtract(articles: Article[]): Promise<ArticleExtraction[]> {
  return articles.map(extractOne);
}

function extractOne(article: Article): ArticleExtraction {
  const quotes: QuoteRecord[] = [];
  const entities = new Map<string, Entity>();
  for (const m of article.text.matchAll(CUE)) {
    const words = m[2].split(' ').filter((w) => !TITLES.has(w) && /^\p{Lu}/u.test(w));
    const name = words.join(' ');
    const entityId = `${article.id}:e:${name.toLowerCase().replace(/\s+/g, '-')}`;
    if (!entities.has(entityId))
      entities.set(entityId, { id: entityId, name, kind: 'person', aliases: [name, words[words.length - 1]], articles: [article.id] });
    const start = m.index + 1;
    const cueStart = m.index + m[0].length - m[3].length - 1;
    quotes.push({
      id: `${article.id}:q${quotes.length}`,
      articleId: article.id,
      text: m[1],
      start,
      end: start + m[1].length,
      speaker: name,
      speakerId: entityId,
      speakerMention: null,
      cue: { text: m[3], start: cueStart, end: cueStart + m[3].length },
      kind: 'direct',
      passage: { text: m[0], start: m.index, end: m.index + m[0].length },
      confidence: 0.95,
    });
  }
  return { articleId: article.id, hash: article.hash, quotes, facts: [], entities: [...entities.values()] };
}
