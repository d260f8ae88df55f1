/**
 * Every number /ask decides with, in one place. SCORER is written by bench/train-ask-ranker.ts
 * (logistic regression over the features of types.ts, trained on the written question sets);
 * edit by retraining, not by hand.
 */
import type { EvidenceName, FEATURE_NAMES } from './types.js';

/** How articles are chosen before any passage is read (retrieve.ts). */
export const RETRIEVAL = {
  /** Articles checked for near spellings and derived words, after the exact-word pass. */
  roughArticles: 40,
  /** An article whose relevance is this far below the best one's is about something else. */
  articleMargin: 0.2,
  /** Below this share of the question's words no article is about the question. */
  minRelevance: 0.6,
  /**
   * A question word that at most this share of the corpus's articles use (one article at least) is
   * distinctive: with no article above minRelevance, the one it points to answers…
   */
  distinctiveShare: 0.005,
  /** …when it carries at least this share of the question's words. */
  pointedRelevance: 0.5,
  /** At most this many articles answer one question (agreeing or differing). */
  maxArticles: 6,
  /** A name in the question weighs this many ordinary words when choosing articles. */
  nameWeight: 2,
  /** A sentence whose subject is "he" or "the company" carries the name its paragraph just gave (antecedent.ts). */
  carryAntecedents: process.env.ASK_ANTECEDENTS !== 'off',
};

/** How the decision is taken (decide.ts). */
export const DECISION = {
  /** A value from another article this close (in probability) to the best one is a real alternative. */
  differMargin: 0.15,
  /** How many passages a "not found" offers as possibly relevant. */
  possiblyRelevant: 2,
  /** A passage must carry this share of the question's words to be offered as possibly relevant. */
  minRelevantShare: 0.5,
  /**
   * A value whose sentence lacks one of the question's words needs at least this probability… On
   * the spent real-news sets such values between 0.85 and 0.9 were wrong 8 times in 10…
   */
  missingWordP: 0.9,
  /**
   * …but a span of time, which a sentence states with other words than the question's ("barred for
   * at least 30 days" / "how long is the suspension"), was right 4 times in 5 there: it keeps 0.85.
   */
  missingWordSpanP: 0.85,
  /** …and a score this far ahead of every other value's (the ranker's units). */
  missingWordLead: 2,
  /**
   * A date needs at least this probability. The ranker's one threshold over-trusts dates, which a
   * sentence states for several events at once ("last July, ahead of the endorsement", "Feb. 20,
   * the next contest"): on the spent real-news sets dates between 0.725 and 0.8 were right 4 times
   * and wrong 12; no other kind of value showed such a band.
   */
  dateP: 0.8,
  /**
   * A name its article gives in at least this many sentences is the one the article is about: it
   * answers only when bound to the question (precision.ts salientBystander). On the spent real-news
   * sets, read by sentences, such names bound to neither the type noun nor every word of the
   * question were wrong 17 times and right 3 from nine sentences on (19 and 6 from eight, 20 and 7
   * from seven); the gate as written (the question's verb or object bound also answers) took away
   * 12 wrong answers and 2 right ones there.
   */
  salientMentions: 9,
  /**
   * A name its sentence writes as one capitalised word is asserted only when it leads every other
   * value by at least this (precision.ts closeLoneName). On 14 spent real-news sets read by
   * bench/ask-gate-dump.ts, such names within 0.5 of a rival were wrong 5 times and never right, names
   * of two words or more within 0.5 right 13 times and wrong once; on 37 of the 40 studied sets the
   * gate took away 8 wrong answers (one to a question with no answer) and 2 right ones.
   */
  loneNameLead: 0.5,
  /**
   * A value standing alone (alone.ts standsAlone) is asserted below the threshold and without every
   * question word in its sentence when the sentence carries this share of them (names count
   * double: at most one word in four missing) and the question's verbs, or the question's type
   * noun or counted noun is bound to the value ("which paper", "how many delegates": alone.ts)…
   */
  aloneShare: 0.75,
  /** …no candidate of another value scores within this much of it (the cap of its lead, score.ts MAX_LEAD)… */
  aloneLead: 3,
  /** …and its probability reaches this. */
  aloneP: 0.55,
  /**
   * A date or span of time the sentence's grammar binds to the question's event word (bound-time.ts)
   * is asserted below the threshold and without every question word in its sentence when the
   * sentence carries this share of them (names count double)…
   */
  boundTimeShare: 0.75,
  /**
   * …and its score leads every other value's by this much (the ranker's units). On the studied sets
   * (bench/date-dump.ts) such values held back were right 52 times and wrong 4 (dates 43 and 4, spans
   * 9 and 0; none to a question with no answer); from any lead they were right 62 times and wrong 12,
   * from a share of 0.7 right 63 and wrong 7. The probability does not sort them: from any probability
   * and from 0.2 the counts are the same.
   */
  boundTimeLead: 0.5,
  /**
   * A date written in the unit the question asks for and bound to the asked event (asked-unit.ts)
   * is asserted below the threshold when its score leads every other value's by more than this: two
   * values tied at the top are no lead, whichever the ranker happened to put first.
   */
  askedUnitLead: 0.01,
  /**
   * A name the question's description fits alone (decide.ts describedAsAsked: "which maryland
   * senator", and the articles describe one person so) is asserted from this probability. On the
   * studied sets such top names held back were right 73 times and wrong 4 from any probability, 68
   * and 2 from 0.2, 51 and 1 from 0.4 (read before the title run was tightened: ask/slot.ts writtenOnName).
   */
  describedP: 0.2,
  /**
   * The same for a sighting whose own sentence writes the whole description on the name ("White House
   * spokesman Josh Earnest said …", decide.ts describedAnswer). Measured together with the described
   * person answering over a likelier name and a title's initials: studied 2,094 → 2,118 right, 291 →
   * 291 wrong; acceptance unchanged.
   */
  describedHereP: 0.05,
  /**
   * A list a question asking for many gets at the top (listed.ts listsAsAsked) is asserted below the
   * threshold and without every question word in its sentence from this probability… On the studied
   * sets (bench/list-dump.ts) 69 such lists were held back, 46 of them right; at these three gates
   * 19 were asserted, 18 right (the lead alone sorts them: counted over every other value, the
   * list's own items among them, 0.5 gave 28 right and 6 wrong). Acceptance sets: 3 more right, none wrong.
   */
  listP: 0.3,
  /** …when its sentence carries this share of the question's words (names count double)… */
  listShare: 0.5,
  /** …and its score leads every other value's by this much (the ranker's units). */
  listLead: 1,
  /**
   * A coordination of names holding the likeliest value answers a "who" question that did not say
   * it wants one (listed.ts coordinatedDoers) from this probability of that value… On the studied
   * sets (1,231 "who" questions) 27 questions left unanswered had such a coordination on top, 7
   * of them the very list asked for; with the kind, naming and "who is the" checks, these two gates
   * and listShare kept 4, all right.
   */
  whoListP: 0.25,
  /** …when the coordination's score leads every value outside it by this much (the ranker's units). */
  whoListLead: 0.5,
  /**
   * A value stated as what the question's own subject is (copula.ts statedOfSubject: "The busiest
   * judge is …") is asserted below the threshold and without every question word in its sentence
   * when the sentence carries this share of them (names count double)…
   */
  copulaShare: 0.75,
  /** …and its score leads every other value's by this much (the ranker's units). */
  copulaLead: 1,
};

export interface Scorer {
  /** Ranker weights, in FEATURE_NAMES order: a candidate's score is their sum over its features. */
  weights: Record<(typeof FEATURE_NAMES)[number], number>;
  /**
   * Calibration: the probability that a candidate is the right answer is
   * σ(score · scale + margin · marginScale + bias), where margin is how far its score is ahead of
   * the best candidate with another value.
   */
  scale: number;
  marginScale: number;
  /** Weight of the crowd: log2(1 + other values scoring within a band below it). */
  crowdScale: number;
  /** Weights of the candidate's evidence (types.ts EVIDENCE_NAMES, score.ts evidence()); none in a scorer trained before it existed. */
  evidence?: Partial<Record<EvidenceName, number>>;
  bias: number;
  /** The probability an answer must reach: below it, "not found". */
  threshold: number;
  /** Where the weights came from. */
  trainedOn: string;
}

export const SCORER: Scorer = {
  weights: {
    hand: 1.916,
    strict: 0.433,
    soft: 1.617,
    names: 0.069,
    bound: 0.746,
    counted: 0.649,
    typeFirst: 0.255,
    article: 0.146,
    askedAbout: 0,
    listFit: 0.678,
    typeNoun: 1.024,
    near: 0.882,
    complete: 0,
    /**
     * Set by hand, not trained (the ranker's training sets predate it): a value stated as what the
     * question's own subject is (ask/copula.ts) scores as much more as a bound type noun does.
     */
    copula: 1.024,
  },
  scale: 0.997,
  marginScale: 0.873,
  crowdScale: 0.544,
  bias: -4.86,
  threshold: 0.725,
  trainedOn:
    'bench/train-ask-ranker.ts: 520 questions (test/fixtures/ask sets + eval study part); threshold for <= 11 % wrong among value answers on them (247 right, 13 wrong) and <= 25 % on the study questions held out by article (22.581 %)',
};
