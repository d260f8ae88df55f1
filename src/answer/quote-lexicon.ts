/**
 * Word lists /quote reads (as data; the code that reads them says why).
 */

/**
 * Words that join two people rather than describe one: a credited name followed by one of these
 * before another name ("Ruiz and Wu", "Ruiz to Wu", "Supporters of Wu") is not the start of that
 * other person's description (see topics-named.ts describes). "of" is one though a title may hold
 * it ("Ruiz's chief of staff Dana Wu"): a name after it is more often whom the words are about.
 */
export const TITLE_LINKS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'nor',
  'to',
  'about',
  'of',
  'on',
  'with',
  'at',
  'by',
  'for',
  'from',
  'against',
  'than',
  'as',
  'in',
  'that',
  'who',
  'whom',
  'which',
  'while',
  'after',
  'before',
  'when',
  'if',
]);
