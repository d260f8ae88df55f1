import nlp from 'compromise';

/** The kinds of place compromise's lexicon knows names as. */
export type PlaceKind = 'country' | 'region' | 'city';

const known = new Map<string, ReadonlySet<PlaceKind>>();

/** What compromise's lexicon knows a place name as: "Portugal" a country, "Nevada" a region (state), "Paris" a city; empty when it does not know the name. */
export function placeKinds(name: string): ReadonlySet<PlaceKind> {
  const key = name.trim().toLowerCase();
  const cached = known.get(key);
  if (cached) return cached;
  const doc = nlp(name);
  const kinds = new Set<PlaceKind>();
  if (doc.has('#Country')) kinds.add('country');
  if (doc.has('#Region')) kinds.add('region');
  if (doc.has('#City')) kinds.add('city');
  // Place names are few per corpus; the bound only keeps a hostile corpus from growing the cache.
  if (known.size < 10_000) known.set(key, kinds);
  return kinds;
}

/**
 * Whether a place can be of the kind asked for: only a name the lexicon knows as another kind is
 * ruled out ("what country" is not answered by Nevada, "which city" not by South Carolina). The
 * lexicon tags "New York City" and "Washington, D.C." as regions; a name that calls itself a city
 * or a district stays a city. A bare "New York" is ruled out for "which city": it names the state
 * as often, and silence costs less than a guess.
 */
export function placeCanBe(name: string, kind: PlaceKind): boolean {
  // "Aurora, Colorado": the place is the first part; what follows the comma says where it lies.
  const kinds = placeKinds(name.split(',')[0] ?? name);
  if (kinds.size === 0 || kinds.has(kind)) return true;
  return kind === 'city' && kinds.has('region') && CITY_DESIGNATION.test(name);
}

const CITY_DESIGNATION = /\b(?:City|D\.?\s?C\.?)$/u;
