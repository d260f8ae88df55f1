import type { FactRecord, TypedValue } from '../../model/records.js';
import { isGivenName } from '../../nlp/given-names.js';
import { wordMatch } from '../match.js';
import { lookup } from '../wordnet.js';
import type { Question } from '../question.js';

/**
 * "his two sons, Lachlan, 44, and James, 43" for "how old is lachlan murdoch": the extractor binds 43
 * to James Murdoch, the name it stands after: in such a list an age is the name's right before it.
 * An age whose holder shares only the family name with the person asked about, whom the question
 * calls by another first name, is someone else's.
 */
export function ageOfAnother(q: Question, record: FactRecord, v: TypedValue): boolean {
  if (v.type !== 'age' || !v.context?.length) return false;
  const holder = holderOf(record, v.context);
  if (!holder || holder.length < 2) return false;
  const surname = q.focus.findIndex((f) => !f.weak && wordMatch(f, holder.at(-1) ?? '') > 0);
  const given = surname > 0 ? q.focus[surname - 1] : undefined;
  if (!given || given.weak || holder.some((w) => wordMatch(given, w) > 0)) return false;
  // "how old is mogul murdoch": a word before the family name that is no first name describes the holder.
  return given.name || isGivenName(given.term) || lookup(given.term, 'n') === null;
}

/** The name words of the person the age's bound words name in full (the extractor adds the holder's name to them). */
function holderOf(record: FactRecord, context: readonly string[]): string[] | undefined {
  return record.values
    .filter((p) => p.type === 'person' && !p.items)
    .map((p) =>
      String(p.normalized ?? p.text)
        .toLowerCase()
        .split(/\s+/),
    )
    .find((words) => words.every((w) => context.includes(w)));
}
