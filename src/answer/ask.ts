import type { Answer } from '../model/answer.js';
import type { CoverageIndex } from '../index/build.js';
import type { TypedValue } from '../model/records.js';
import { cleanQuery } from './query.js';
import { SPEECH_VERBS } from './lexicon.js';
import { articleTerms } from './match.js';
import { analyse, isVague } from './ask/analyse.js';
import { retrieve } from './ask/retrieve.js';
import { candidates } from './ask/candidates.js';
import { score } from './ask/score.js';
import { decide } from './ask/decide.js';
import { cite, notFound, NOT_FOUND } from './ask/cite.js';
import { speechAnswer } from './ask/speech.js';
import { quotedSpeakerAnswer } from './ask/quoted-speaker.js';
import { boundNameAnswer, namedThingAnswer } from './ask/named-thing.js';
import { jobAnswer } from './ask/job.js';
import { membersAnswer, typedMembersAnswer } from './ask/members.js';
import { affiliationAnswer } from './ask/affiliation.js';
import type { Question } from './question.js';
import type { TermsOf } from './rank.js';
import type { Retrieved } from './ask/types.js';

/**
 * /ask: a factual question answered from fact records, with every source that agrees or differs.
 * The stages (src/answer/ask/) run once each, in order: analyse → retrieve → candidates → score →
 * decide → cite.
 */
export function ask(index: CoverageIndex, raw: string): Answer {
  const prepared = prepare(index, raw);
  if ('command' in prepared) return prepared;
  const { text, question, retrieved, termsOf } = prepared;
  // "which analyst said …": the speaker of the quotation the question paraphrases, when it is clearly the one meant and described so.
  const speaker = quotedSpeakerAnswer(index, text, question, retrieved);
  if (speaker) return speaker;
  // "what party is Lee", "what state is Ruiz a senator from": the party or state written on the name (a tag, an apposition, a title).
  const affiliation = affiliationAnswer(index, text, question, retrieved);
  if (affiliation) return affiliation;
  // "whats Lee's job": the job phrase the passage binds to the name, not the passage.
  const job = jobAnswer(index, text, question, retrieved);
  if (job) return job;
  // "which casinos closed": the list the sentence binds to the plural noun asked, when no kind of value answers it.
  const listed = membersAnswer(index, text, question, retrieved);
  if (listed) return listed;
  // "which show was Lund on": a name the sentence binds to the noun asked, when no kind of value answers it.
  const named = namedThingAnswer(index, text, question, retrieved);
  if (named) return named;
  const scored = score(candidates(question, retrieved, termsOf));
  const answer = cite(index, text, question, decide(question, scored, retrieved, termsOf), retrieved.voiced);
  // "which news agency reported it": no typed value trusted, but a sentence binds a name to the class asked.
  // "which states is the caucus made up of": no typed list trusted, but a sentence binds one to the plural noun asked.
  return answer.found ? answer : (boundNameAnswer(index, text, question, retrieved) ?? typedMembersAnswer(index, text, question, retrieved) ?? answer);
}

/** What the scorer sees for one question: the stages before it (the ranker's training reads this too). */
export interface Prepared {
  text: string;
  question: Question;
  retrieved: Retrieved;
  termsOf: TermsOf;
}

/** analyse and retrieve; an Answer when the question is answered (or refused) before any value is ranked. */
export function prepare(index: CoverageIndex, raw: string): Prepared | Answer {
  const q = cleanQuery(raw, 'a question');
  if (!q.ok) return { command: 'ask', query: raw, found: false, message: q.message, results: [] };
  const question = analyse(index, q.text);
  if (isVague(question)) return notFound(q.text, 'Please ask about something specific: a person, a place, an event.');
  let saidBy: string | null = null;
  if (question.speech) {
    const spoken = speechAnswer(index, q.text, question, notFound(q.text, NOT_FOUND));
    if (typeof spoken !== 'string' && spoken) return spoken;
    saidBy = spoken;
    // Their own sentences on the topic answer what they think; the sentence need not say "said".
    if (saidBy) question.focus = question.focus.map((f) => (SPEECH_VERBS.includes(f.term) ? { ...f, weak: true } : f));
  }
  const termsOf = (id: string) => articleTerms(index, id);
  return { text: q.text, question, retrieved: retrieve(index, question, saidBy), termsOf };
}

export type { TypedValue };
