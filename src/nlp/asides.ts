/**
 * "Pinto (who chairs the panel), Soto and Vale", "Varga — a veteran of the fleet — and Brandt",
 * "Ruiz, 54, and Vale": what a writer sets aside after one item of a coordination belongs to that
 * item. A list reader that splits a coordination at its separators reads past such asides to the
 * separator that joins the next item, rather than restarting the list inside them (the words in
 * parentheses read as items, "2)" and "C" out of "A, B (No. 2) and C").
 */

/** A parenthesis with no other inside it: anything a writer adds ("(R-Ohio)", "(No. 2)", "(the oldest, built in 1911)"). */
const PARENTHESIS = /^\s*\([^()\n]{1,80}\)/;

/**
 * A pair of dashes around a remark ("— a thirty-year veteran —", "-- his deputy --"): the same dash
 * opens and closes it, and it holds no separator of its own, so a list the dashes enclose ("casinos
 * — A, B and C — closed") is no aside.
 */
const DASHED = /^\s*(—|–|\s-{1,2}\s)\s*(?:(?![,;—–]|\s-{1,2}\s|\b(?:and|or)\b)[^\n]){1,80}?\s*\1/u;

/**
 * After a name, an apposition between commas: an age (", 54,"), a description opened by an article
 * or a relative pronoun (", a retired judge,", ", who chairs the panel,", ", the group's treasurer,")
 * or a party and state (", Republican of Iowa,"). Only after a name: in a list of common nouns a
 * comma is the separator itself.
 */
const APPOSITION = /^,\s+(?:\d{1,3}|(?:a|an|the|who|whose|which)\s+\p{Ll}[^,;()—–\n]{0,60}?|\p{Lu}\p{Ll}+\s+of\s+\p{Lu}[\p{L}. ]{0,24}?)(?=,)/u;

/** What must follow an aside for it to be one inside a coordination: the separator before the next item. */
const NEXT_ITEM = /^\s*(?:[,;]|(?:and|or|as well as)\s)/i;

/** How many asides one item may carry ("Vale (D-Ohio), 61, and Ruiz"). */
const MAX_ASIDES = 3;

/**
 * Where an item ending at `end` ends once its asides are counted: past every parenthesis, pair of
 * dashes and (after a name) apposition that follows it, when a list separator follows them; else
 * `end` itself, the words after the item being no aside of a list's item but the sentence going on.
 */
export function asideEnd(text: string, end: number, name: boolean): number {
  let at = end;
  for (let k = 0; k < MAX_ASIDES; k++) {
    const rest = text.slice(at);
    const aside = PARENTHESIS.exec(rest)?.[0] ?? DASHED.exec(rest)?.[0] ?? (name ? APPOSITION.exec(rest)?.[0] : undefined);
    if (aside === undefined) break;
    at += aside.length;
  }
  return at > end && NEXT_ITEM.test(text.slice(at)) ? at : end;
}

/** An item of a coordination with where it ends once its asides are counted. */
export interface PastAsides<T> {
  item: T;
  end: number;
}

/**
 * The items in writing order, each ending past its asides, without the items written inside an
 * earlier item's aside ("No. 2" in "the Bay Lark (No. 2) and the Tern"). `name` says whether an
 * item is a name, which alone takes an apposition between commas.
 */
export function pastAsides<T>(
  text: string,
  items: readonly T[],
  span: (item: T) => { start: number; end: number },
  name: (item: T) => boolean,
): PastAsides<T>[] {
  const out: PastAsides<T>[] = [];
  for (const item of items) {
    const { start, end } = span(item);
    const last = out.at(-1);
    if (last !== undefined && start < last.end) continue;
    out.push({ item, end: asideEnd(text, end, name(item)) });
  }
  return out;
}
