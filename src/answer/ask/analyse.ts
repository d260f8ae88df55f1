import type { CoverageIndex } from '../../index/build.js';
import { correctSpelling } from '../match.js';
import { analyseQuestion, type Question } from '../question.js';

/** Stage 1: what the question wants (type, predicate, focus words, names), typos respelt to the coverage's words. */
export function analyse(index: CoverageIndex, text: string): Question {
  const question = analyseQuestion(text);
  question.focus = correctSpelling(index, question.focus);
  return question;
}

/** A question with no word specific enough to tie it to a passage ("what happened?"). */
export function isVague(q: Question): boolean {
  return !q.focus.some((f) => !f.weak);
}
