/** The development question set: seeds plus invented articles, its claimed figure in the README. */
import { describeQuestionSet } from './question-set.js';

describeQuestionSet({ label: 'ask accuracy', file: 'questions.json', articleDirs: ['articles'], questions: 87, claimed: 85 });
