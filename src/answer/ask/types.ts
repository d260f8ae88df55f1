import type { FactRecord } from '../../model/records.js';
import type { Question } from '../question.js';
import type { Candidate } from '../rank.js';

/** analyse → the cleaned question text and what it asks. */
export interface Analysed {
  text: string;
  question: Question;
  /** "What did X say about Y" where X is quoted but never on Y: only X's own sentences answer. */
  saidBy: string | null;
}

/** One article the question's names and words point to, with how much of the question it covers. */
export interface ArticleHit {
  id: string;
  /** Weighted share (0..1) of the question's required words the article uses anywhere. */
  relevance: number;
}

/** retrieve → the articles chosen and their fact records (the only passages any later stage reads). */
export interface Retrieved {
  articles: ArticleHit[];
  records: FactRecord[];
  /** "what did Lee say": the records holding a quotation the index credits to Lee (voiced.ts), however the passage names Lee. */
  voiced: ReadonlySet<string>;
  /** The words of the sentence before a record's passage in the same paragraph (context.ts): the topic it may leave unsaid. */
  preceding: (record: FactRecord) => readonly string[] | undefined;
}

/** candidates → a value that could fill the question's slot, with the features the scorer reads. */
export interface Featured extends Candidate {
  features: Features;
}

/** score → the same candidate with the scorer's probability that it is the right answer. */
export interface Scored extends Featured {
  /** The ranker's score. */
  rank: number;
  /** How far the score is ahead of the best candidate with another value (capped). */
  lead: number;
  /** log2(1 + other values of its article scoring within a band below it). */
  crowd: number;
  /** 0..1: the calibrated estimate that this value answers the question. */
  p: number;
}

/**
 * What the scorer knows about one candidate; each feature is 0..1 (or -1..1), computed from the
 * question and the candidate's own article only, so other articles never change it.
 */
export interface Features {
  /** The hand-set score of the strict matcher (rank.ts), 0 when the sentence lacks a required word. */
  hand: number;
  /** 1 when the sentence carries every required word (or all but one its article uses elsewhere). */
  strict: number;
  /** Weighted share of the question's required words in the sentence (names count double). */
  soft: number;
  /** Share of the question's names in the sentence (1 when the question names no one). */
  names: number;
  /** Share of the question's required words bound to the value itself (its clause, its noun). */
  bound: number;
  /** "how many X": +1 the number counts X, -1 it counts something else, 0 not a count question. */
  counted: number;
  /** 1 when the value is of the first kind the question wants ("how much": money before a count). */
  typeFirst: number;
  /** The article's relevance relative to the best article's (1 for the best). */
  article: number;
  /** 1 when the value is one of the names the question is about ("who is X's wife" → not X). */
  askedAbout: number;
  /** A list value: +1 for a plural question, -1 for a singular one, 0 otherwise. */
  listFit: number;
  /** 1 when the question's type noun ("which network") is bound to the value. */
  typeNoun: number;
  /** 1 unless another value of its kind in the sentence stands nearer the question's names (or words). */
  near: number;
  /**
   * 1 when the sentence carries every one of the question's own required words (exactly or by a
   * derived form), 0 when it lacks one: on real news such a value was wrong more often than right
   * unless it stood well clear of every other value.
   */
  complete: number;
  /** 1 when the value is the complement of a copula whose subject is the question's ("The county's top prosecutor is Dana Whitfield": ask/copula.ts). */
  copula: number;
}

export const FEATURE_NAMES = [
  'hand',
  'strict',
  'soft',
  'names',
  'bound',
  'counted',
  'typeFirst',
  'article',
  'askedAbout',
  'listFit',
  'typeNoun',
  'near',
  'complete',
  'copula',
] as const satisfies ReadonlyArray<keyof Features>;

/**
 * What the calibration weighs of the candidate besides its score (score.ts evidence()): a sentence
 * lacking one of the question's words, that lack scaled by the value's lead, and the value's kind.
 */
export const EVIDENCE_NAMES = [
  'partial',
  'partialLead',
  'partialClose',
  'kind:date',
  'kind:duration',
  'kind:number',
  'kind:money',
  'kind:percent',
  'kind:person',
  'kind:organization',
  'kind:place',
  'kind:age',
] as const;

export type EvidenceName = (typeof EVIDENCE_NAMES)[number];
