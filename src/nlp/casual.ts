/**
 * Short forms a casual reader types for a whole word. They are spelled out before the question is
 * parsed, so the full word plays its part there: "what yr" asks for a year as "what year" does, and
 * "in cali" names the place the article writes out.
 */
export const CASUAL_WORDS: Readonly<Record<string, string>> = {
  yr: 'year',
  yrs: 'years',
  hr: 'hour',
  hrs: 'hours',
  mins: 'minutes',
  wk: 'week',
  wks: 'weeks',
  mo: 'month',
  mos: 'months',
  pct: 'percent',
  cali: 'California',
  bday: 'birthday',
};

/**
 * Words a question adds that state nothing the answer's sentence must repeat: hedges and time
 * adverbs ("what does she supposedly want", "what is he currently doing").
 */
export const CONTENT_FREE = new Set(['currently', 'supposedly', 'allegedly', 'apparently', 'basically', 'ever']);

/** "back then", "back in March": "back" only points to the time after it. */
export const TIME_POINTERS: Readonly<Record<string, ReadonlySet<string>>> = {
  back: new Set(['then', 'in', 'when', 'during', 'before']),
};

/** Spells out every casual short form in a question ("what yr" → "what year"). */
export function spellOut(text: string): string {
  return text.replace(/\b[a-z]+\b/gi, (w) => CASUAL_WORDS[w.toLowerCase()] ?? w);
}
