/**
 * General English vocabulary for reading quantities: currency marks, units of time, and the
 * hedges that qualify a number. Plain data so it can grow without touching the readers.
 */

export const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };

export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  gbp: 'GBP',
  yen: 'JPY',
  rupee: 'INR',
  rupees: 'INR',
};

/** Hundredths of a currency, written after a number: "50 cents" is USD 0.5. */
export const CENT_WORDS: Record<string, string> = {
  cent: 'USD',
  cents: 'USD',
  penny: 'GBP',
  pence: 'GBP',
};

/**
 * Adjectives after "how" that ask for an amount, with the kinds of value that measure it: "how
 * little were they paid" (money), "how fast are sales growing" (a rate), "how far behind is she".
 */
export const MEASURE_ADJECTIVES: Record<string, readonly ('money' | 'percent' | 'number')[]> = {
  little: ['money', 'percent', 'number'],
  low: ['money', 'percent', 'number'],
  cheap: ['money'],
  expensive: ['money'],
  costly: ['money'],
  fast: ['percent', 'number'],
  quickly: ['percent', 'number'],
  far: ['percent', 'number'],
  deep: ['number', 'percent'],
  steep: ['percent', 'number'],
  tall: ['number'],
  wide: ['number', 'percent'],
  heavy: ['number'],
};

/** Units of time a count can measure, singular → the plural used in normalized durations. */
export const TIME_UNITS: Record<string, string> = {
  second: 'seconds',
  minute: 'minutes',
  hour: 'hours',
  day: 'days',
  week: 'weeks',
  fortnight: 'fortnights',
  month: 'months',
  year: 'years',
  decade: 'decades',
  century: 'centuries',
};

/**
 * Units a reader counts in years when the text names one of them: "for a decade" is "10 years" and
 * "a century" "100 years", while "six decades" is said as written.
 */
export const YEARS_IN_ONE: Record<string, number> = {
  decade: 10,
  century: 100,
};

/** Longest first: "percentage points" is read whole, not as "percent" and a stray word. */
export const PERCENT_WORDS = ['percentage points', 'percentage point', 'percent', 'per cent', '%'];

/** Units that after "a" are ordinals far more often than spans: "a second term", not one second. */
export const ARTICLE_ORDINAL_UNITS = ['second'];

/** Words after "N years" that make it a point in time or an age rather than a span. */
export const NOT_A_SPAN_AFTER = ['ago', 'old', 'earlier', 'later', 'before', 'after'];

/** Words after "N years" that tie the span to an event: "ten months ago", "eight weeks before the vote". */
export const SPAN_ANCHORS = ['ago', 'before', 'after', 'later', 'earlier'];

/** Hedges kept with a number so "at least seven" is not answered as exactly seven. */
export const QUALIFIERS = [
  'at least',
  'at most',
  'more than',
  'less than',
  'fewer than',
  'up to',
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'some',
  'over',
  'under',
  'approximately',
  'as many as',
];

/** Nouns after an ordinal that make it an age: "her 65th birthday" says she turned 65. */
export const AGE_ORDINAL_NOUNS = ['birthday'];

/** Verbs that introduce an age: "aged 45". */
export const AGE_CUES = ['aged', 'age'];

/** Fractions that scale a bare multiple before it: "half a million" is 500,000, "a quarter million" 250,000. */
export const MULTIPLE_FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25 };

/** Multiples a figure may carry glued to it, whatever it counts: "$64.8million", "3billion". */
export const GLUED_MULTIPLES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * The short forms of those multiples that business pages write after an amount of money ("$2.5bn",
 * "£3m", "$1.2B", "$40k"). Only after a currency symbol: "10k" may be a race and "3m" metres.
 */
export const MONEY_SHORT_MULTIPLES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12 };

/** The short forms written apart from the amount ("$2.5 bn"): single letters are left out, as "$5 m" is rare and "m" often something else. */
export const SPACED_MONEY_MULTIPLES = ['mn', 'mln', 'bn', 'bln', 'tn', 'trn'];
