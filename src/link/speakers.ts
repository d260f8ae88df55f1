import type { Entity, Extraction, FactRecord, QuoteRecord } from '../model/records.js';
import type { ArticleExtraction } from '../extract/index.js';
import { nameKey, withinEdits } from '../extract/namekeys.js';
import { sharedNames, type Names } from './name-memo.js';
import { SurnameIndex, census, nextState, plan as planFamilies, type FamilyState, type Plan, type Root } from './families.js';
import { pushTo } from '../model/multimap.js';

/** Something that lets other work run now and then: the Slicer of src/runtime/slices.ts. */
export interface Yielder {
  maybeYield(): Promise<void>;
}

/** Article-local entity id → the corpus-wide entity id it joined. */
export type EntityLinks = ReadonlyMap<string, string>;

/** A merge's output plus what lets the next merge reuse the records of articles it left alone. */
export interface MergedExtraction extends Extraction {
  links: EntityLinks;
  /** Its name families (see families.ts): the next merge redoes only those a change touches. */
  families: FamilyState;
}

/**
 * The previous merge, when there is one: its input parts and its output. Without its families
 * (an index restored from a snapshot) every family is merged again; records are still reused.
 */
export interface PreviousMerge {
  parts: readonly ArticleExtraction[];
  merged: Omit<MergedExtraction, 'families'> & { families?: FamilyState | null };
}

export type { FamilyState } from './families.js';

/**
 * One corpus-wide entity per real-world speaker. Article-local entities with the same full
 * name join; a bare surname joins the full name that dominates it across the corpus; a
 * misspelt surname (edit distance 1–2) joins the better-attested spelling. Plain maps, no NLP.
 *
 * Given the previous merge, only the name families the change touches are clustered again (see
 * families.ts), and an unchanged article whose entities all joined the same entities under the
 * same names keeps its previous records (the same objects): the output equals a merge from
 * scratch, but adding one article to a large corpus redoes and rewrites almost nothing.
 */
export function mergeEntities(parts: ArticleExtraction[], previous?: PreviousMerge): MergedExtraction {
  const run = mergeSteps(parts, previous);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/**
 * The same merge in slices: it runs on the main thread over the whole corpus during a reindex,
 * so it hands the thread back (`yielder.maybeYield`) between small steps and answers keep flowing.
 */
export async function mergeEntitiesSliced(parts: ArticleExtraction[], yielder: Yielder, previous?: PreviousMerge): Promise<MergedExtraction> {
  const run = mergeSteps(parts, previous);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
    await yielder.maybeYield();
  }
}

/** The merge as a generator: each `yield` is a point where a sliced caller may pause. */
export function* mergeSteps(parts: readonly ArticleExtraction[], previous?: PreviousMerge): Generator<void, MergedExtraction> {
  const names = sharedNames;
  const before = previous?.merged.families ?? null;
  const index = before?.index ?? new SurnameIndex(names);
  const plan = before && previous ? planFamilies(parts, previous.parts, before, names) : null;
  const universe = plan?.universe ?? (yield* census(parts, names, index));
  const redo = plan?.redo ?? new Set(universe.keys());
  const clusters = yield* cluster(parts, redo, names);
  const fresh: Root[] = [];
  for (const c of clusters.roots()) {
    c.entity = toEntity(c, names);
    fresh.push({ entity: c.entity, phase: c.phase, articleId: c.articleId, index: c.index, node: c.node });
    if (fresh.length % 64 === 0) yield;
  }
  const families = nextState(before, plan, universe, redo, fresh, index);
  yield;
  const globals = order(families, parts);
  const byId = new Map(globals.map((e) => [e.id, e]));
  const { links, moved } = relink(previous?.merged, plan, clusters);
  yield;
  const entityOf = (local: string): Entity | undefined => byId.get(links.get(local) as string);
  const reuse = previous ? reusable(previous, moved) : () => null;
  const quotes: QuoteRecord[] = [];
  const facts: FactRecord[] = [];
  for (let n = 0; n < parts.length; n++) {
    const p = parts[n];
    const kept = reuse(p);
    if (kept) {
      for (let i = kept.q; i < kept.q + p.quotes.length; i++) quotes.push(kept.merged.quotes[i]);
      for (let i = kept.f; i < kept.f + p.facts.length; i++) facts.push(kept.merged.facts[i]);
    } else {
      for (const q of p.quotes) quotes.push(rewriteQuote(q, entityOf));
      if (p.facts.length) {
        const byName = localNames(p.entities, entityOf);
        for (const f of p.facts) facts.push(rewriteFact(f, byName));
      }
    }
    // Kept parts are quick, but ten thousand of them still want a pause now and then.
    if (!kept || n % 64 === 63) yield;
  }
  return { quotes, facts, entities: globals, links, families };
}

/** The clusters of the entities whose family is in `redo`, in corpus order, as a merge from scratch makes them. */
function* cluster(parts: readonly ArticleExtraction[], redo: ReadonlySet<string>, names: Names): Generator<void, Clusters> {
  const clusters = new Clusters(names);
  // Bare surnames wait until every full name is in: which one they join depends on all of them.
  const short: Placed[] = [];
  for (let n = 0; n < parts.length; n++) {
    const p = parts[n];
    for (let i = 0; i < p.entities.length; i++) {
      const e = p.entities[i];
      if (!redo.has(names.node(e))) continue;
      const at = { articleId: p.articleId, index: i };
      if (e.kind === 'group' || names.tokens(e.name).length > 1) clusters.add(e, at, 0);
      else short.push({ e, at });
    }
    if (n % 64 === 63) yield;
  }
  yield* clusters.linkMisspellings();
  for (let i = 0; i < short.length; i++) {
    clusters.addShort(short[i].e, short[i].at);
    if (i % 1024 === 1023) yield;
  }
  return clusters;
}

/** A local entity and where it stands in the corpus. */
interface Placed {
  e: Entity;
  at: Place;
}

interface Place {
  articleId: string;
  index: number;
}

/** Every family's entities in the order a merge from scratch lists them: by how and where each was created. */
function order(state: FamilyState, parts: readonly ArticleExtraction[]): Entity[] {
  const position = new Map(parts.map((p, i) => [p.articleId, i]));
  const all: Root[] = [];
  for (const list of state.roots.values()) for (const r of list) all.push(r);
  const at = (r: Root): number => position.get(r.articleId) as number;
  all.sort((a, b) => a.phase - b.phase || at(a) - at(b) || a.index - b.index);
  return all.map((r) => r.entity);
}

/**
 * Local → corpus-wide ids: the previous links but the articles gone or changed, with the entities
 * just merged put in again. `moved`: the local ids whose entity is not the one they had, or has
 * another name now; a record mentioning none of them reads the same as last time.
 */
function relink(previous: PreviousMerge['merged'] | undefined, plan: Plan | null, clusters: Clusters): { links: Map<string, string>; moved: Set<string> } {
  const before = previous?.links ?? new Map<string, string>();
  const links = new Map(plan ? before : []);
  const moved = new Set<string>();
  for (const p of plan?.gone ?? []) {
    for (const e of p.entities) {
      links.delete(e.id);
      moved.add(e.id);
    }
  }
  const oldName = new Map((previous?.entities ?? []).map((e) => [e.id, e.name]));
  for (const [local, entity] of clusters.assignments()) {
    links.set(local, entity.id);
    const was = before.get(local);
    if (was !== entity.id || oldName.get(was) !== entity.name) moved.add(local);
  }
  // Merged from scratch: whatever was linked before and is no more has moved too.
  if (!plan) for (const local of before.keys()) if (!links.has(local)) moved.add(local);
  return { links, moved };
}

/** Where a part's records start in the previous merge's output. */
interface KeptRecords {
  merged: Extraction;
  q: number;
  f: number;
}

/**
 * The previous merge's records for a part, when rewriting it now would give the same: the part
 * is the very object merged last time, and every local entity it mentions joined the same
 * corpus-wide entity, whose name (what records carry) did not change.
 */
function reusable(previous: PreviousMerge, moved: ReadonlySet<string>): (p: ArticleExtraction) => KeptRecords | null {
  const { parts, merged } = previous;
  const ranges = new Map<string, { part: ArticleExtraction; q: number; f: number }>();
  let q = 0;
  let f = 0;
  for (const part of parts) {
    ranges.set(part.articleId, { part, q, f });
    q += part.quotes.length;
    f += part.facts.length;
  }
  if (q !== merged.quotes.length || f !== merged.facts.length) return () => null;
  const still = (local: string | null): boolean => local === null || !moved.has(local);
  return (p) => {
    const r = ranges.get(p.articleId);
    if (!r || r.part !== p || !p.entities.every((e) => still(e.id)) || !p.quotes.every((x) => still(x.speakerId))) return null;
    return { merged, q: r.q, f: r.f };
  };
}

interface Cluster {
  /** What made it a cluster (kind and name key, or a group's local id): its entity's stable id. */
  key: string;
  kind: Entity['kind'];
  members: Entity[];
  /** Articles the cluster is seen in, kept up to date as members join. */
  articles: Set<string>;
  /** Set when this cluster was folded into another (a misspelling). */
  into: Cluster | null;
  /** First and last name keys of its first member (members only ever append). */
  first: string | undefined;
  surname: string;
  /** The corpus-wide entity it became, once the clusters are final. */
  entity?: Entity;
  /** How and where it was created, and its name family (see families.ts). */
  phase: 0 | 1;
  articleId: string;
  index: number;
  node: string;
}

class Clusters {
  private readonly all: Cluster[] = [];
  private readonly byKey = new Map<string, Cluster>();
  /** Per kind, surname → clusters of full names ending in it. */
  private readonly bySurname = byKind<Cluster[]>();
  private readonly local = new Map<string, Cluster>();

  constructor(private readonly names: Names) {}

  add(e: Entity, at: Place, phase: 0 | 1): void {
    const tokens = this.names.tokens(e.name);
    const key = e.kind === 'group' ? `group:${e.id}` : this.names.key(e.kind, e.name);
    let c = this.byKey.get(key);
    if (!c) {
      const node = this.names.node(e);
      c = { key, kind: e.kind, members: [], articles: new Set(), into: null, first: tokens[0], surname: tokens[tokens.length - 1] ?? '', phase, ...at, node };
      this.byKey.set(key, c);
      this.all.push(c);
      if (e.kind !== 'group') pushTo(this.bySurname[e.kind], c.surname, c);
    }
    join(c, e);
    this.local.set(e.id, c);
  }

  /** A bare surname joins the full name it most likely means; otherwise it stands alone. */
  addShort(e: Entity, at: Place): void {
    const [token = nameKey(e.name)] = this.names.tokens(e.name);
    const target = dominant(this.bySurname[e.kind].get(token) ?? []) ?? this.nearSurname(e, token);
    if (target) {
      join(target, e);
      this.local.set(e.id, target);
      return;
    }
    this.add(e, at, 1);
  }

  /**
   * A bare surname one or two letters off a full name is a misspelling only within its own
   * article: across articles it is far more often another person ("Halvorsen" vs "Halvorson").
   */
  private nearSurname(e: Entity, token: string): Cluster | null {
    const found = new Set<Cluster>();
    for (const k of this.names.deletions(token)) for (const c of this.surnameIndex()[e.kind].get(k) ?? []) found.add(resolve(c));
    const near = [...found].filter((c) => withinEdits(c.surname, token) && e.articles.some((a) => c.articles.has(a)));
    return dominant(near);
  }

  private deletionIndex: Record<Entity['kind'], Map<string, Cluster[]>> | null = null;

  /** Per kind, each surname's one- and two-letter deletions → clusters with that surname (misspellings meet here). */
  private surnameIndex(): Record<Entity['kind'], Map<string, Cluster[]>> {
    if (this.deletionIndex) return this.deletionIndex;
    const index = byKind<Cluster[]>();
    for (const c of this.all) if (c.kind !== 'group' && !c.into) for (const k of this.names.deletions(c.surname)) pushTo(index[c.kind], k, c);
    this.deletionIndex = index;
    return index;
  }

  /** Full names equal but for a surname within 1–2 edits fold into the better-attested spelling. */
  *linkMisspellings(): Generator<void, void> {
    const index = this.surnameIndex();
    yield;
    let n = 0;
    for (const c of this.all) {
      if (++n % 256 === 0) yield;
      if (c.kind === 'group' || c.into) continue;
      const surname = c.surname;
      if (!/^\p{L}+$/u.test(surname)) continue;
      for (const k of this.names.deletions(surname)) {
        for (const other of index[c.kind].get(k) ?? []) {
          const o = resolve(other);
          if (o === c || o.into || o.first !== c.first || !withinEdits(o.surname, surname)) continue;
          const [big, small] = weight(o) >= weight(c) ? [o, c] : [c, o];
          small.into = big;
          for (const m of small.members) join(big, m);
        }
      }
    }
  }

  /** Clusters that stand as entities, in the order they were first seen. */
  roots(): Cluster[] {
    return this.all.filter((c) => !c.into);
  }

  /** Each local entity clustered here with the corpus-wide entity it joined (once every root has its entity). */
  *assignments(): Generator<[string, Entity]> {
    for (const [local, c] of this.local) yield [local, resolve(c).entity as Entity];
  }
}

function join(c: Cluster, e: Entity): void {
  c.members.push(e);
  for (const a of e.articles) c.articles.add(a);
}

function byKind<V>(): Record<Entity['kind'], Map<string, V>> {
  return { person: new Map(), organization: new Map(), group: new Map() };
}

function resolve(c: Cluster): Cluster {
  let r = c;
  while (r.into) r = r.into;
  return r;
}

/** How many articles a cluster is seen in. */
function weight(c: Cluster): number {
  return c.articles.size;
}

/** The one candidate that clearly dominates (three times the runner-up), or null. */
function dominant(candidates: Cluster[]): Cluster | null {
  if (candidates.length === 1) return resolve(candidates[0]);
  const unique = [...new Set(candidates.map(resolve))].sort((a, b) => weight(b) - weight(a));
  if (!unique.length) return null;
  if (unique.length === 1 || weight(unique[0]) >= 3 * weight(unique[1])) return unique[0];
  return null;
}

/**
 * The entity's id is its cluster's key, not its position: it stays the same when other articles
 * come and go, so a reindex can tell which records need rewriting (see `reusable`).
 */
function toEntity(c: Cluster, names: Names): Entity {
  const counts = new Map<string, number>();
  for (const m of c.members) {
    if (c.kind === 'group' || names.tokens(m.name).length > 1 || c.members.length === 1) {
      const t = names.tidy(m.name);
      counts.set(t, (counts.get(t) ?? 0) + m.articles.length);
    }
  }
  let name: string | undefined;
  let best = -1;
  // The most-seen written form; on a tie the longer one, then the first seen (as the stable sort it replaces ranked them).
  for (const [n, count] of counts) {
    if (name === undefined || count > best || (count === best && n.length > name.length)) {
      name = n;
      best = count;
    }
  }
  name ??= names.tidy(c.members[0].name);
  const aliases = new Map<string, string>();
  for (const m of c.members) {
    const t = names.tidy(m.name);
    if (t !== name) aliases.set(t.toLowerCase(), t);
    for (const a of m.aliases) {
      const ta = names.tidy(a);
      if (ta !== name) aliases.set(ta.toLowerCase(), ta);
    }
  }
  aliases.delete(name.toLowerCase());
  const articles = [...c.articles];
  return { id: c.key, name, kind: c.kind, aliases: [...aliases.values()], articles };
}

function rewriteQuote(q: QuoteRecord, entityOf: (local: string) => Entity | undefined): QuoteRecord {
  const g = q.speakerId ? entityOf(q.speakerId) : undefined;
  return g ? { ...q, speaker: g.name, speakerId: g.id } : q;
}

/** Every written form of an article's entities (lower-cased) → the global name it now has. */
function localNames(local: Entity[], entityOf: (local: string) => Entity | undefined): Map<string, string> {
  const byName = new Map<string, string>();
  for (const e of local) {
    const g = entityOf(e.id);
    if (!g) continue;
    byName.set(e.name.toLowerCase(), g.name);
    for (const n of e.aliases) byName.set(n.toLowerCase(), g.name);
  }
  return byName;
}

function rewriteFact(f: FactRecord, byName: Map<string, string>): FactRecord {
  if (!f.entities.length) return f;
  return { ...f, entities: [...new Set(f.entities.map((n) => byName.get(n.toLowerCase()) ?? n))] };
}
