/** The development question set: seeds plus invented articles, at least 60 questions, ≥ 95 %. */
import { describeQuestionSet } from './question-set.js';

describeQuestionSet({ label: 'ask accuracy', file: 'questions.json', articleDirs: ['articles'], minQuestions: 60, floor: 0.95 });
