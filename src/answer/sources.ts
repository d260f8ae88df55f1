import type { Answer, AnswerResult } from '../model/answer.js';
import type { CoverageIndex } from '../index/build.js';
import { sourceRef } from './cite.js';

/** /sources: every indexed article with what was found in it. */
export function sources(index: CoverageIndex): Answer {
  const { quotes, facts } = countsOf(index);
  const results: AnswerResult[] = index.data.articles.map((a) => {
    const lead = a.paragraphs[0] ?? { text: '', start: 0, end: 0 };
    return {
      kind: 'article',
      text: a.title,
      speaker: null,
      source: { ...sourceRef(a, a.id), url: a.url },
      passage: lead,
      score: 1,
      alsoIn: [],
      counts: { quotes: quotes.get(a.id) ?? 0, facts: facts.get(a.id) ?? 0 },
    };
  });
  return sourcesAnswer(results);
}

/** The /sources answer over its article rows, however they were read (the index or a database). */
export function sourcesAnswer(results: AnswerResult[]): Answer {
  const n = results.length;
  return {
    command: 'sources',
    query: '',
    found: n > 0,
    answer: `${n} article${n === 1 ? '' : 's'} indexed`,
    message: n === 0 ? 'No articles are indexed yet. A moderator can add files to the corpus folder and run /reindex.' : undefined,
    results,
  };
}

const counted = new WeakMap<CoverageIndex, { quotes: Map<string, number>; facts: Map<string, number> }>();

/** Records per article, counted once per (immutable) index rather than on every /sources page. */
function countsOf(index: CoverageIndex): { quotes: Map<string, number>; facts: Map<string, number> } {
  let counts = counted.get(index);
  if (!counts) {
    counts = {
      quotes: countBy(index.extraction.quotes.map((q) => q.articleId)),
      facts: new Map(index.data.parts.map((p) => [p.articleId, index.facts.countFor(p.articleId)])),
    };
    counted.set(index, counts);
  }
  return counts;
}

function countBy(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}
