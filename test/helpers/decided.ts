import { prepare } from '../../src/answer/ask.js';
import { candidates } from '../../src/answer/ask/candidates.js';
import { decide } from '../../src/answer/ask/decide.js';
import { score } from '../../src/answer/ask/score.js';
import type { Scored } from '../../src/answer/ask/types.js';
import type { CoverageIndex } from '../../src/index/build.js';

/**
 * What /ask decides for a question with its top candidate's probability (and, when given, its lead)
 * set: the gates of decide.ts tested apart from what the ranker happens to score on a short text.
 * The asserted value, or the decision's kind ("none", "statement") when no value is asserted.
 */
export function decidedWith(index: CoverageIndex, question: string, p: number, lead?: number): string {
  const prepared = prepare(index, question);
  if (!('question' in prepared)) throw new Error(`no question read from ${question}`);
  const scored: Scored[] = score(candidates(prepared.question, prepared.retrieved, prepared.termsOf)).map((c, i) =>
    i === 0 ? { ...c, p, lead: lead ?? c.lead } : c,
  );
  const d = decide(prepared.question, scored, prepared.retrieved, prepared.termsOf);
  return d.kind === 'value' ? String(d.top.value.normalized) : d.kind;
}
