/**
 * Issue 13's local-news questions: invented articles (a flood rescue, a county economy) indexed with
 * the seeds, asked for the slot the question names — the number that counts people rescued, not the
 * two extra boats; the person who is the fire chief, not a name from another article; the wall's
 * length, not its age — and paraphrased, derived and abbreviated forms.
 */
import { describeQuestionSet } from './question-set.js';

describeQuestionSet({ label: 'ask local accuracy', file: 'local.json', articleDirs: ['articles-local'], questions: 30, claimed: 26 });
