import type { CoverageIndex } from '../../index/build.js';
import type { FocusTerm } from '../question.js';

/** Letters a reader's form of a given name shares with the written one at least ("tim" and "timothy", "terrance" and "terence"). */
const SHARED_START = 3;

const givenBySurname = new WeakMap<CoverageIndex, ReadonlyMap<string, ReadonlySet<string>>>();

/**
 * "tim obrien" for "Timothy L. O'Brien", "ben rhodes" for "Benjamin J. Rhodes", "terrance
 * crutcher" for "Terence Crutcher": a reader gives a person the short or familiar form of the
 * given name, or spells it as it sounds, while the story writes it out. Every name of the question
 * must be in the article, so the article about that person was never chosen. The question's given
 * name, before a surname of the coverage's people, also reads as the given names the coverage writes
 * with that surname which start as it does; only where the coverage never writes the reader's form
 * with it ("bill clinton" does not become "Hillary Clinton", "chris smith" stays Chris Smith when
 * the coverage has one).
 */
export function withGivenNameForms(index: CoverageIndex, focus: FocusTerm[]): FocusTerm[] {
  const bySurname = givenNames(index);
  return focus.map((f, k) => {
    const surname = focus[k + 1];
    if (!f.name || !surname?.name) return f;
    const written = bySurname.get(plain(surname.term));
    const asked = plain(f.term);
    if (!written || written.has(asked)) return f;
    const forms = [...written].filter((given) => sameGivenName(asked, given) && !f.alts.includes(given));
    return forms.length === 0 ? f : { ...f, alts: [...f.alts, ...forms] };
  });
}

/** Two forms of one given name: a long common start ("ron", "ronald"; "bernie", "bernard"). */
function sameGivenName(asked: string, given: string): boolean {
  let i = 0;
  while (i < asked.length && i < given.length && asked[i] === given[i]) i++;
  return i >= SHARED_START && asked !== given;
}

/** The given names the coverage writes before each later word of its people's names, built once per index. */
function givenNames(index: CoverageIndex): ReadonlyMap<string, ReadonlySet<string>> {
  let map = givenBySurname.get(index);
  if (map) return map;
  const built = new Map<string, Set<string>>();
  for (const record of index.facts.all()) {
    for (const v of record.values) {
      if (v.type !== 'person') continue;
      for (const person of v.items ?? [v]) addPerson(built, String(person.normalized ?? person.text));
    }
  }
  map = built;
  givenBySurname.set(index, map);
  return map;
}

function addPerson(map: Map<string, Set<string>>, name: string): void {
  const words = name
    .split(/\s+/)
    .map(plain)
    .filter((w) => w.length > 0);
  if (words.length < 2) return;
  const [given, ...rest] = words;
  if (given.length < SHARED_START) return;
  for (const surname of rest) {
    if (surname.length < 2) continue;
    let set = map.get(surname);
    if (!set) map.set(surname, (set = new Set()));
    set.add(given);
  }
}

/** Lower case, curly apostrophes straight, no stops or commas: "O’Brien," → "o'brien". */
function plain(word: string): string {
  return word
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^\p{L}\p{N}'-]/gu, '');
}
