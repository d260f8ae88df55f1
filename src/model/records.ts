import type { Span } from './article.js';

export type QuoteKind = 'direct' | 'partial';

/** A quotation found in an article, with who said it and the passage that shows it. */
export interface QuoteRecord {
  id: string;
  articleId: string;
  /** The quoted words without quote marks: `article.text.slice(start, end) === text`. */
  text: string;
  start: number;
  end: number;
  /** Canonical speaker name (an Entity's name), or null when the text does not say. */
  speaker: string | null;
  /** Entity id of the speaker, or null. */
  speakerId: string | null;
  /** The mention the attribution rests on ("he" in `"…," he said`), or null. */
  speakerMention: Span | null;
  /** The cue word(s): "said", "wrote", "according to", or null for an unattributed quote. */
  cue: Span | null;
  kind: QuoteKind;
  /** The sentence(s) carrying the quote and its attribution, verbatim. */
  passage: Span;
  /** 0..1: how sure the attribution is. */
  confidence: number;
}

/**
 * 'title': the name of a thing no other kind covers (a show, a book, a law, a hotel), found only at
 * question time where a sentence binds it to the noun asked (answer/ask/named-thing.ts); never extracted.
 * 'role': what a person is ("political scientist", "Fed governor"), read only at question time from
 * the words a sentence binds to a name (answer/ask/job.ts); never extracted.
 */
export type ValueType = 'person' | 'place' | 'organization' | 'date' | 'number' | 'money' | 'duration' | 'percent' | 'age' | 'title' | 'role';

/** A typed value found in a statement. A list ("Iran, Iraq and Syria") is one value with items. */
export interface TypedValue {
  type: ValueType;
  text: string;
  start: number;
  end: number;
  /**
   * Normalized form where one exists: numbers and ages as numbers, money as `{amount, currency}`
   * rendered to a string like "USD 100000000", durations as "P30D"-style ISO strings or
   * "30 days", dates as "YYYY-MM-DD" (or "YYYY-MM", a weekday name when undated), places and
   * people as their canonical names.
   */
  normalized?: string | number;
  /** For a list value: each item, in order. */
  items?: TypedValue[];
  /**
   * Lemmas of the words bound to this value in its sentence: the thing counted ("nurse" for
   * "two nurses"), a person's title ("ceo"), the verbs a person or organisation is the doer of
   * ("sign" in "Ruiz signed …"). Lets a question match the value, not just its sentence.
   */
  context?: string[];
}

/** A statement from an article that carries at least one typed value. */
export interface FactRecord {
  id: string;
  articleId: string;
  /** The sentence, verbatim. */
  statement: string;
  passage: Span;
  values: TypedValue[];
  /** Canonical names of people/organisations/places mentioned. */
  entities: string[];
  /** Who or what the sentence is about, when it can be told. */
  subject: string | null;
  /** Lemmatised verbs of the sentence ("sign", "detain"). */
  predicate: string[];
  /** Lower-cased lemmas of the content words, for matching questions. */
  terms: string[];
}

export type EntityKind = 'person' | 'organization' | 'group';

/** One real-world speaker across the whole corpus. */
export interface Entity {
  id: string;
  /** Canonical name: the fullest form seen ("Ana Ruiz"). */
  name: string;
  kind: EntityKind;
  /** Every surface form that refers to it: surname, first name, titles, misspellings. */
  aliases: string[];
  /** Article ids it appears in. */
  articles: string[];
}

/** Everything extracted from a corpus. */
export interface Extraction {
  quotes: QuoteRecord[];
  facts: FactRecord[];
  entities: Entity[];
}
