import type { CoverageIndex } from '../../index/build.js';
import { correctSpelling } from '../match.js';
import { analyseQuestion, type Question } from '../question.js';
import { inWordNet } from '../wordnet.js';
import { withLooseNeighbours } from './loose.js';
import { isShortForm, withShortForms } from '../short-forms.js';
import { withReadersWords } from './name-words.js';
import { withGivenNameForms } from './given-names.js';

/** Stage 1: what the question wants (type, predicate, focus words, names), typos respelt to the coverage's words. */
export function analyse(index: CoverageIndex, text: string): Question {
  const question = analyseQuestion(text);
  question.focus = withReadersWords(withShortForms(question.focus), text);
  // An English word the coverage does not use is a word of the question, not a typo ("book" is not "look");
  // nor is a reader's short form ("dept" is not "sept").
  const known = question.focus.map((f) => isEnglishWord(f.term) || isShortForm(f.term));
  const respelt = correctSpelling(
    index,
    question.focus.filter((_, k) => !known[k]),
  );
  let next = 0;
  question.focus = withGivenNameForms(
    index,
    withLooseNeighbours(
      index,
      question.focus.map((f, k) => (known[k] ? f : respelt[next++])),
    ),
  );
  return question;
}

/** A question with no word specific enough to tie it to a passage ("what happened?"). */
export function isVague(q: Question): boolean {
  return !q.focus.some((f) => !f.weak);
}

function isEnglishWord(term: string): boolean {
  return /^[a-z]{3,}$/.test(term) && inWordNet(term);
}
