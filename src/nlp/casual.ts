import nlp from 'compromise';

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
  avg: 'average',
  b4: 'before',
  abt: 'about',
  cuz: 'because',
  til: 'until',
  xmas: 'Christmas',
  // A month's short form, written out in full by news ("back in feb", "the aug jobs report").
  feb: 'February',
  apr: 'April',
  aug: 'August',
  sept: 'September',
  oct: 'October',
  nov: 'November',
  dec: 'December',
  // "whats his role gonna be": the verb it clips leads into the next one, as it does written out.
  gonna: 'going to',
  wanna: 'want to',
};

/**
 * Casual spellings in a /quote topic → the words they stand for, each a reading the topic search
 * tries beside the word typed (src/answer/topics-casual.ts). CASUAL_WORDS above are spelled out in
 * an /ask question before it is parsed, replacing the word, so they hold only short forms with one
 * meaning in any question ("vp" there cost a wrong answer). Data, not rules: a clipping is not
 * predictable from its word ("dems" is not a prefix of "democrats"). Only spellings that mean one
 * thing in political and local news; ambiguous clippings ("rep": representative or Republican?)
 * stay out.
 */
export const CASUAL_SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['dem', ['democrat', 'democratic']],
  ['dems', ['democrats', 'democratic']],
  ['repubs', ['republicans']],
  ['repub', ['republican']],
  ['ppl', ['people']],
  ['peeps', ['people']],
  ['govt', ['government']],
  ['gov', ['government', 'governor']],
  ['admin', ['administration']],
  ['prez', ['president']],
  ['pres', ['president']],
  ['potus', ['president']],
  ['veep', ['vice president']],
  ['vp', ['vice president']],
  ['scotus', ['supreme court']],
  ['econ', ['economy', 'economic']],
  ['dnc', ['democratic national committee']],
  ['rnc', ['republican national committee']],
  ['aca', ['affordable care act', 'obamacare']],
  ['msm', ['media']],
  ['asap', ['soon', 'immediately']],
  ['wwii', ['world war ii', 'second world war']],
  ['ww2', ['world war ii', 'second world war']],
  ['immig', ['immigration']],
  ['gonna', ['going']],
  ['wanna', ['want']],
  ['gotta', ['have to', 'must']],
  ['thru', ['through']],
  ['tho', ['though']],
  ['pls', ['please']],
  ['bday', ['birthday']],
  ['nite', ['night']],
  ['tonite', ['tonight']],
]);

/**
 * Words a question adds that state nothing the answer's sentence must repeat: hedges and time
 * adverbs ("what does she supposedly want", "what is he currently doing").
 */
export const CONTENT_FREE = new Set(['currently', 'supposedly', 'allegedly', 'apparently', 'basically', 'ever', 'just', 'again', 'rn']);

/** "back then", "back in March": "back" only points to the time after it. */
export const TIME_POINTERS: Readonly<Record<string, ReadonlySet<string>>> = {
  back: new Set(['then', 'in', 'when', 'during', 'before']),
};

/** Spells out every casual short form in a question ("what yr" → "what year", "b4" → "before"). */
export function spellOut(text: string): string {
  return text
    .replace(/\b[a-z][a-z\d]*\b/gi, (w) => (Object.hasOwn(CASUAL_WORDS, w.toLowerCase()) ? CASUAL_WORDS[w.toLowerCase()] : w))
    .replace(/(\p{L}+)(\s+)w(?:\/|\b(?!\.))(?=\s*\p{L})/gu, (all, before: string, gap: string) => (isFirstName(before) ? all : `${before}${gap}with `))
    .replace(/ {2,}/g, ' ');
}

/**
 * "meet w espinoza", "w/ the fbi": a lone "w" is "with", but not after a first name ("george w
 * said"), where it is the middle initial.
 */
function isFirstName(word: string): boolean {
  return nlp(word).has('#FirstName');
}
