import type { FactRecord, TypedValue } from '../../model/records.js';
import { AUTHORSHIP_NOUNS, AUTHORSHIP_VERBS, PHOTO_WORDS, PUBLISHED_PIECES } from '../lexicon.js';
import type { Question } from '../question.js';
import { nameWords } from './slot.js';
import type { Retrieved } from './types.js';

/**
 * Authorship questions ("who wrote the Kestrel article on the depot", "who reported the depot
 * story", "who took the photo"): the credit lines that sign a piece bind a person to the whole
 * article, not to the sentence they stand in, so they answer such a question though they carry none
 * of its topic words; any other person answers it only if the text credits them with the act.
 */

/** The act a credit binds a person to; "Additional reporting by" credits contributors, not the piece's authors. */
export type Credit = 'write' | 'report' | 'edit' | 'photo';

/** Up to six name words between the credit and the name: the second name of a list ("Reporting by Lena Voss and Tomas Adair"). */
const NAMES = String.raw`(?:[\p{L}.'’-]+,?\s+){0,6}$`;
const before = (cue: string): RegExp => new RegExp(`(?:${cue})\\s+${NAMES}`, 'iu');

/**
 * The credit lines that sign a piece, before a name: "Writing by …", "Reporting by …", "Editing by
 * …", "By Lena Voss" opening its line or its bracket, "Photo by …", "Photo: …".
 */
const SIGNATURE_BEFORE: ReadonlyArray<[Credit, RegExp]> = [
  ['write', before(String.raw`\bwriting\s+by|(?:^|\n|\()\s*by`)],
  ['report', before(String.raw`(?<!additional\s)\breporting\s+by`)],
  ['edit', before(String.raw`\bediting\s+by`)],
  ['photo', before(String.raw`\b(?:photos?|pictures?)\s+by|\b(?:photos?|pictures?|credit)\s*:`)],
];

/** The same acts told in the text's own sentences ("written by", "first reported by"): they may credit another piece. */
const PROSE_BEFORE: ReadonlyArray<[Credit, RegExp]> = [
  ['write', before(String.raw`\b(?:written|text)\s+by`)],
  ['report', before(String.raw`\breported\s+by`)],
  ['edit', before(String.raw`\bedited\s+by`)],
  ['photo', before(String.raw`\b(?:photograph|photographed)\s+by`)],
];

/** "Ivo Renn / Kestrel": a photo credit line after the name. */
const SIGNATURE_AFTER: ReadonlyArray<[Credit, RegExp]> = [['photo', /^\s*\/\s*\p{Lu}/u]];

/** Credits right after a name in a sentence ("Lena Voss wrote", "Lena Voss, our correspondent, reported"). */
const PROSE_AFTER: ReadonlyArray<[Credit, RegExp]> = [
  ['write', /^\s*(?:,[^,.;]{0,50},\s*)?(?:also\s+)?(?:wrote|writes|has written|had written|co-wrote)\b/u],
  ['report', /^\s*(?:,[^,.;]{0,50},\s*)?(?:also\s+)?(?:reported|reports|has reported|filed|contributed(?:\s+\p{L}+){0,2}\s+reporting)\b/u],
  ['photo', /^\s*,?\s*photographed\b/u],
];

/** "Follow Lena Voss on Twitter" closing a piece: the outlet's sign-off names its writer. */
const FOLLOW_BEFORE = /\bfollow\s+$/i;
const FOLLOW_AFTER = /^\s+on\s+twitter\b/i;

/**
 * The act the text credits the person value with, or null when its sentence binds them to none.
 * With `signature`, only a credit line signing the piece counts: "Lee wrote" in a sentence may
 * credit Lee with a letter or a book the piece quotes.
 */
export function creditOf(record: FactRecord, v: TypedValue, signature = false): Credit | null {
  const text = record.passage.text;
  const from = v.start - record.passage.start;
  const to = v.end - record.passage.start;
  const ahead = text.slice(Math.max(0, from - 80), from);
  const behind = text.slice(to, to + 80);
  if (FOLLOW_BEFORE.test(ahead) && FOLLOW_AFTER.test(behind)) return 'write';
  const beforeCues = signature ? SIGNATURE_BEFORE : [...SIGNATURE_BEFORE, ...PROSE_BEFORE];
  const afterCues = signature ? SIGNATURE_AFTER : [...SIGNATURE_AFTER, ...PROSE_AFTER];
  return beforeCues.find(([, re]) => re.test(ahead))?.[0] ?? afterCues.find(([, re]) => re.test(behind))?.[0] ?? null;
}

/**
 * The credits that answer an authorship question, best first, or null when the question asks for
 * no credit. A writer is often credited only as the reporter of a wire story, and the reverse.
 */
export function creditsAsked(q: Question): Credit[] | null {
  if (q.wants === 'statement' || !q.wants.types.includes('person')) return null;
  const terms = q.focus.map((f) => f.term);
  const act = q.focus.some((f) => (f.verb && AUTHORSHIP_VERBS.includes(f.term)) || AUTHORSHIP_NOUNS.includes(f.term));
  if (!act || !terms.some((t) => PUBLISHED_PIECES.includes(t))) return null;
  if (terms.some((t) => PHOTO_WORDS.includes(t))) return ['photo'];
  if (terms.some((t) => t === 'edit' || t === 'editor')) return ['edit'];
  if (terms.some((t) => t === 'report' || t === 'reporter' || t === 'correspondent')) return ['report', 'write'];
  return ['write', 'report'];
}

/**
 * "who wrote the Kestrel article", "who took the photo": an authorship question about a published
 * piece is answered only by a person the text credits with the act asked. The person of a sentence
 * that lacks the act (the dateline sentence's "President Lee met …") did something else.
 */
export function creditUnbound(q: Question, record: FactRecord, v: TypedValue): boolean {
  const asked = creditsAsked(q);
  if (v.type !== 'person' || asked === null) return false;
  const credit = creditOf(record, v);
  return credit === null || !asked.includes(credit);
}

/**
 * The person a credit line of the question's article names ("Writing by Mira Quell"), for an
 * authorship question whose words pick one article ahead of the others. A question naming only the
 * act and the piece ("who wrote this piece") picks none among many articles: left unanswered. A
 * person the question names ("the fact check Nolte is attacking") is not the one it asks for.
 */
export function creditedAuthor(q: Question, retrieved: Retrieved): { record: FactRecord; value: TypedValue } | undefined {
  const asked = creditsAsked(q);
  const [first, second] = retrieved.articles;
  if (asked === null || !first || !namesATopic(q) || (second && second.relevance >= first.relevance)) return undefined;
  const credited = retrieved.records
    .filter((r) => r.articleId === first.id)
    .flatMap((record) =>
      record.values.filter((v) => v.type === 'person' && !namedInQuestion(q, v)).map((value) => ({ record, value, credit: creditOf(record, value, true) })),
    );
  for (const credit of asked) {
    const found = credited.find((c) => c.credit === credit);
    if (found) return { record: found.record, value: found.value };
  }
  return undefined;
}

/** "the fact check lee is attacking": a person one of whose name words the question uses (names come lower-cased in Discord). */
function namedInQuestion(q: Question, v: TypedValue): boolean {
  const names = new Set(q.focus.flatMap((f) => [f.term, ...f.alts]));
  return nameWords(v).some((w) => names.has(w));
}

/** A word of the question beside the authorship act and the piece ("reuters", "depot"). */
function namesATopic(q: Question): boolean {
  return q.focus.some((f) => !f.weak && !AUTHORSHIP_VERBS.includes(f.term) && !AUTHORSHIP_NOUNS.includes(f.term) && !PUBLISHED_PIECES.includes(f.term));
}
