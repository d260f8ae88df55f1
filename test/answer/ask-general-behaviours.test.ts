/**
 * Probes written after the blind3 fixes, one per general behaviour (numbers in the question,
 * unlemmatised verbs, "who is <name>", owners of relatives, chat typos and swapped letters, "what does X think about Y"). Not a blind measure.
 */
import { describeQuestionSet } from './question-set.js';

describeQuestionSet({
  label: 'ask probes3 accuracy',
  file: 'probes3.json',
  articleDirs: ['articles', 'articles-blind', 'articles-blind2'],
  questions: 24,
  claimed: 22,
});
